import { RuleTester } from 'eslint';

// The rule is an ES module; jest loads it through the swc transform.
const rule = require('./require-permission.mjs').default;
const tsParser = require('@typescript-eslint/parser');

const tester = new RuleTester({ languageOptions: { parser: tsParser, parserOptions: { ecmaVersion: 2022, sourceType: 'module' } } });

// RuleTester declares its own describe/it blocks, one per case, each asserting the rule's verdict.
describe('require-permission lint rule', () => {
  tester.run('require-permission', rule, {
    valid: [
      { code: `class R { @Allow(Role.HR) @Mutation(() => X) createX() {} }` },
      { code: `class R { @Authenticated() @Query(() => X) me() {} }` },
      { code: `@Public() class C { @Get() health() {} }` },
      { code: `class R { @ResolveField(() => X) unit() {} helper() {} }` },
    ],
    invalid: [
      { code: `class R { @Query(() => X) secrets() {} }`, errors: [{ messageId: 'missing' }] },
      { code: `class C { @Post() upload() {} }`, errors: [{ messageId: 'missing' }] },
    ],
  });
});
