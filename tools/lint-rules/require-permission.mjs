// ESLint rule: every GraphQL operation (@Query, @Mutation, @Subscription) and every HTTP route
// (@Get, @Post, …) declares who may call it with @Public(), @Allow(...) or @Authenticated(), on
// the method or its class. The global AccessGuard refuses undeclared operations at run time; this
// rule stops them before they ship (ENGINEERING.md: deny by default).
const OPERATIONS = new Set(['Query', 'Mutation', 'Subscription', 'Get', 'Post', 'Put', 'Patch', 'Delete', 'All']);
const PERMISSIONS = new Set(['Public', 'Allow', 'Authenticated']);

const decoratorName = (decorator) => {
  const expression = decorator.expression;
  if (expression.type === 'CallExpression' && expression.callee.type === 'Identifier') return expression.callee.name;
  if (expression.type === 'Identifier') return expression.name;
  return undefined;
};

export default {
  meta: {
    type: 'problem',
    docs: { description: 'GraphQL operations and HTTP routes must declare their permission' },
    messages: {
      missing: '{{kind}} "{{name}}" declares no permission: add @Allow(Role...), @Authenticated() or @Public().',
    },
    schema: [],
  },
  create(context) {
    return {
      MethodDefinition(node) {
        const decorators = node.decorators ?? [];
        const operation = decorators.map(decoratorName).find((n) => n && OPERATIONS.has(n));
        if (!operation) return;
        const classDecorators = node.parent?.parent?.decorators ?? [];
        const declared = [...decorators, ...classDecorators].some((d) => PERMISSIONS.has(decoratorName(d) ?? ''));
        if (!declared) {
          context.report({ node: node.key, messageId: 'missing', data: { kind: `@${operation}`, name: node.key.name ?? '?' } });
        }
      },
    };
  },
};
