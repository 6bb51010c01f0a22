// ESLint flat config: the recommended JavaScript rules and typescript-eslint's
// type-aware ones over everything TypeScript; plain .js/.mjs files (the replica
// server, this file) without type information. Formatting is Prettier's job.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'demo-screenshots/**',
      'bench-results/**',
      'fuzz-results/**',
      'public/**',
      // Pages of the replica and the corpus: stand-ins for other people's sites, kept in their style.
      'tests/site/public/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    rules: {
      // A variable that callbacks read before its one assignment stays `let`.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // The ideographic space (U+3000) is data on Chinese pages: quoted in comments and texts about them.
      'no-irregular-whitespace': ['error', { skipComments: true, skipStrings: true, skipTemplates: true }],
    },
  },
  {
    // Test doubles implement async interfaces without awaiting, and expect(x.method) names a spy, not a call.
    files: ['tests/**'],
    rules: { '@typescript-eslint/require-await': 'off', '@typescript-eslint/unbound-method': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
  },
);
