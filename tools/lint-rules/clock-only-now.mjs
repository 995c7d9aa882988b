// ESLint rule: "now" comes only from the Clock (libs/api/core/src/time/clock.ts), so tests can move
// time and every deadline, lock and audit event agrees on it. `new Date()` and `Date.now()` without
// arguments are refused; `new Date(x)` (parsing, copying) is fine. Elapsed-time measurements use
// `performance.now()`, which is monotonic and not a date.
export default {
  meta: {
    type: 'problem',
    docs: { description: 'The Clock is the only source of "now" in the API' },
    messages: {
      newDate: '`new Date()` reads the wall clock: ask the Clock (clock.now()) so tests can move time.',
      dateNow: '`Date.now()` reads the wall clock: ask the Clock (clock.now()), or use performance.now() for an elapsed time.',
    },
    schema: [],
  },
  create(context) {
    const isDate = (node) => node.type === 'Identifier' && node.name === 'Date';
    return {
      NewExpression(node) {
        if (isDate(node.callee) && node.arguments.length === 0) context.report({ node, messageId: 'newDate' });
      },
      CallExpression(node) {
        const callee = node.callee;
        if (
          callee.type === 'MemberExpression' &&
          isDate(callee.object) &&
          !callee.computed &&
          callee.property.type === 'Identifier' &&
          callee.property.name === 'now' &&
          node.arguments.length === 0
        ) {
          context.report({ node, messageId: 'dateNow' });
        }
      },
    };
  },
};
