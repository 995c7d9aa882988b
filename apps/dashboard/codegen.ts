import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the dashboard, generated from the committed schema (never from a running
// API), so the UI is checked against exactly what apps/api/schema.gql promises. Run `npm run codegen`.
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: [
    'libs/dashboard/*/src/**/*.ts',
    'libs/dashboard/*/src/**/*.tsx',
    '!libs/dashboard/data-access/src/gql/**',
    '!libs/dashboard/**/*.spec.ts',
    '!libs/dashboard/**/*.spec.tsx',
  ],
  ignoreNoDocuments: false,
  generates: {
    'libs/dashboard/data-access/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTime: 'string', LocalDate: 'string', NotificationData: 'Record<string, string | number | boolean | null>' },
        avoidOptionals: false,
        skipTypename: false,
      },
    },
  },
  hooks: {},
};

export default config;
