import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Statements of SQL in a string: what only src/store/ may hold. */
const SQL =
  '/(^\\s*SELECT\\s|\\bSELECT\\b.*\\bFROM\\b|\\bINSERT (OR \\w+ )?INTO\\b|\\bUPDATE \\w+ SET\\b|\\bDELETE FROM\\b|\\b(CREATE|DROP|ALTER) (TABLE|INDEX|TRIGGER|VIRTUAL TABLE)\\b|\\bPRAGMA\\s)/';
const NO_SQLITE = { name: 'better-sqlite3', message: 'The database is reached through src/store/ only.' };
const NO_POSTGRES = ['libpq', 'pg-boss'].map((name) => ({
  name,
  message: 'The database is reached through src/store/ only.',
}));

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
    // SQL lives in src/store/ (the adapters of the storage port: SQLite, Postgres) and nowhere else.
    files: ['src/**/*.ts'],
    ignores: ['src/store/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['Literal', 'TemplateElement'].map((node) => ({
          selector: `${node}[${node === 'Literal' ? 'value' : 'value.raw'}=${SQL}]`,
          message: 'SQL belongs in src/store/ (the storage adapter); use the port of src/corpus/port.ts.',
        })),
        {
          selector: 'CallExpression[callee.property.name=/^(prepare|pragma)$/]',
          message: 'SQL belongs in src/store/ (the storage adapter); use the port of src/corpus/port.ts.',
        },
      ],
      'no-restricted-imports': ['error', { paths: [NO_SQLITE, ...NO_POSTGRES] }],
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
          paths: [NO_SQLITE, ...NO_POSTGRES],
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
    files: ['bench/**/*.ts', 'src/cli/**/*.ts', 'examples/**/*.mjs'],
    rules: { 'no-console': 'off' },
  },
);
