import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import clockOnlyNow from './tools/lint-rules/clock-only-now.mjs';
import requirePermission from './tools/lint-rules/require-permission.mjs';

// Our own rules (tools/lint-rules), one plugin object shared by the blocks that switch them on.
const ketqua = { rules: { 'require-permission': requirePermission, 'clock-only-now': clockOnlyNow } };

// Module boundaries: the folder tree is the architecture (see docs/ARCHITECTURE.md).
// scope: api and dashboard never import each other; shared code (libs/domain) imports nothing of ours.
// type: a feature never imports another feature; core/ui/data-access never import features.
export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/node_modules', '**/.data', '**/tmp', '**/coverage', '**/*.gen.ts', '**/gql/**', '**/vite.config.*.timestamp*'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:dashboard', onlyDependOnLibsWithTags: ['scope:dashboard', 'scope:shared'] },
            // Browser journeys drive the dashboard against the real API booted by libs/api/testing.
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:api', 'scope:dashboard', 'scope:shared'] },
            { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared', 'scope:tools'] },
            { sourceTag: 'type:tools', onlyDependOnLibsWithTags: ['type:shell', 'type:core', 'type:feature', 'type:domain', 'type:testing'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:core', 'type:domain'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:domain'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:domain'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:core', 'type:data-access', 'type:ui', 'type:domain'] },
            // shell: composes the features into the whole API (libs/api/shell), so tests boot what production boots.
            { sourceTag: 'type:shell', onlyDependOnLibsWithTags: ['type:feature', 'type:core', 'type:domain'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:shell', 'type:core', 'type:domain', 'type:feature'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:shell', 'type:feature', 'type:core', 'type:data-access', 'type:ui', 'type:domain'] },
            // e2e: also the dashboard's typed operations (data-access), so API checks send what the dashboard sends.
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:testing', 'type:shell', 'type:core', 'type:domain', 'type:feature', 'type:data-access'] },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Type-aware rules for TypeScript: a promise nobody awaits loses its error (an unhandled
    // rejection ends the process) and its ordering; a promise where a void callback is expected
    // (an event handler, a forEach) does the same. Deliberate fire-and-forget is written `void p`
    // with a comment saying why. One program for the whole tree (tsconfig.lint.json) gives them their
    // types: a program per project (the project service) type-checked the shared libraries once per
    // project and took twice as long.
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    languageOptions: { parserOptions: { project: ['./tsconfig.lint.json'], tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // React and antd ignore what an event handler returns, and the dashboard's async handlers
    // (onFinish, onConfirm, ...) cannot reject: urql resolves with { error } and useMutationAction
    // reports it. The rule still checks everything else in the dashboard (no-floating-promises too).
    files: ['**/*.tsx'],
    rules: { '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }] },
  },
  {
    // Deny by default: every API operation declares its permission (tools/lint-rules).
    files: ['libs/api/**/*.ts', 'apps/api/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    plugins: { ketqua },
    rules: { 'ketqua/require-permission': 'error' },
  },
  {
    // One source of "now": the Clock (tools/lint-rules/clock-only-now.mjs). Specs build fixtures freely.
    files: ['libs/api/**/*.ts', 'apps/api/**/*.ts'],
    ignores: ['**/*.spec.ts', 'libs/api/core/src/time/clock.ts', 'libs/api/testing/**'],
    plugins: { ketqua },
    rules: { 'ketqua/clock-only-now': 'error' },
  },
  {
    // The two classic hook rules only: a hook called conditionally or a stale dependency is a real
    // bug; the plugin's React Compiler rules are left out (we do not use the compiler).
    files: ['apps/dashboard/**/*.tsx', 'apps/dashboard/**/*.ts', 'libs/dashboard/**/*.tsx', 'libs/dashboard/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['**/*.spec.ts', '**/*.spec.tsx'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Build and test configs live beside projects and may reach the workspace root.
    files: ['**/jest.config.js', '**/vite.config.ts', '**/webpack.config.js', '**/playwright.config.ts', '**/codegen.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
];
