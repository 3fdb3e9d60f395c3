import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * `npm run codegen`: typed operations for clients and tests, from the committed SDL
 * (`npm run schema:print` refreshes it). The generated files are committed; a test fails when stale.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['test/operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'test/generated/': {
      preset: 'client',
      // Plain result types: tests read fields directly, without unmasking fragments.
      presetConfig: { fragmentMasking: false },
      config: {
        // Strings with their result and variable types attached: `print()` is not needed to send them.
        documentMode: 'string',
        // ESM under NodeNext: explicit extensions, `import type` for verbatimModuleSyntax.
        emitLegacyCommonJSImports: false,
        importExtension: '.ts',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', ID: 'string' },
        strictScalars: true,
      },
    },
  },
};

export default config;
