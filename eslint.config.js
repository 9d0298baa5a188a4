import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'coverage/', '.bench/', 'dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Stages are pure: no file system, no store, no server.
    files: ['src/stages/**/*.ts', 'src/pipeline/**/*.ts', 'src/corpus/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:fs', 'fs', 'node:fs/*', '**/store/**', '**/server/**', '**/cli/**'],
              message: 'Stages are pure: I/O lives in read/, store/, cli/ and server/.',
            },
          ],
        },
      ],
    },
  },
  {
    // The UI shows untrusted article text: it builds DOM nodes, never HTML from strings.
    files: ['src/web/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'srcdoc', 'createContextualFragment'].map((property) => ({
          property,
          message: 'Build DOM nodes with h() / textContent (src/web/dom.ts): article text is untrusted.',
        })),
        { object: 'document', property: 'write', message: 'Build DOM nodes with h() (src/web/dom.ts).' },
        { object: 'document', property: 'writeln', message: 'Build DOM nodes with h() (src/web/dom.ts).' },
      ],
      'no-restricted-globals': ['error', { name: 'eval', message: 'No code from strings.' }],
      'no-implied-eval': 'error',
    },
  },
  {
    files: ['bench/**/*.ts', 'src/cli/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
