import { RuleTester } from 'eslint';

// The rule is an ES module; jest loads it through the swc transform.
const rule = require('./clock-only-now.mjs').default;
const tsParser = require('@typescript-eslint/parser');

const tester = new RuleTester({ languageOptions: { parser: tsParser, parserOptions: { ecmaVersion: 2022, sourceType: 'module' } } });

describe('clock-only-now lint rule', () => {
  tester.run('clock-only-now', rule, {
    valid: [
      { code: `const d = new Date(row.expires_at);` },
      { code: `const d = new Date(this.clock.now().getTime() + 1000);` },
      { code: `const t = performance.now();` },
      { code: `const n = this.clock.now();` },
      { code: `const p = Date.parse('2026-03-02');` },
    ],
    invalid: [
      { code: `const d = new Date();`, errors: [{ messageId: 'newDate' }] },
      { code: `const t = Date.now() + 60_000;`, errors: [{ messageId: 'dateNow' }] },
      { code: `if (expiresAt <= new Date()) throw x;`, errors: [{ messageId: 'newDate' }] },
    ],
  });
});
