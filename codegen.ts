import type { CodegenConfig } from '@graphql-codegen/cli';

/** The same typed-operation style for every client: tests and the demo page. */
const clientOutput = {
  preset: 'client',
  // Plain result types: callers read fields directly, without unmasking fragments.
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
} as const;

/**
 * `npm run codegen`: typed operations for clients and tests, from the committed SDL
 * (`npm run schema:print` refreshes it). The generated files are committed; a test fails when stale.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  ignoreNoDocuments: false,
  generates: {
    'test/generated/': { ...clientOutput, documents: ['test/operations/*.graphql'] },
    // The client library's operations (src/client/; the CLI and the demo page use it).
    'src/client/generated/': { ...clientOutput, documents: ['src/client/operations/*.graphql'] },
    // The demo page's operations (src/web/page/main.ts bundles them; `npm run build:web`).
    'src/web/page/generated/': { ...clientOutput, documents: ['src/web/page/operations/*.graphql'] },
  },
};

export default config;
