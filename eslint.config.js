import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'http', 'https', 'crypto', 'child_process', 'url', 'stream', 'zlib', 'net'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.pwb/**', '.prof/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: [...nodeBuiltins, 'electron', 'react', 'react-dom', 'better-sqlite3'], message: 'shared/ is pure TypeScript: no Node, Electron, DOM or database imports.' },
          { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports nothing from electron/ or renderer/.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        patterns: [
          { group: [...nodeBuiltins, 'electron', 'better-sqlite3'], message: 'The renderer is a sandboxed client: no Node or Electron imports.' },
          { group: ['**/electron/**'], message: 'The renderer talks to the core only through renderer/src/lib/api.ts.' },
        ],
      }],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/host/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron'], message: 'The core, host and CLI never import electron; inject platform services instead.' },
          { group: ['**/renderer/**', '**/electron/main/**', '**/electron/preload/**'], message: 'The core does not depend on the Electron glue or the renderer.' },
        ],
      }],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    ignores: ['electron/core/db/**'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "CallExpression[callee.property.name='prepare']",
        message: 'SQL lives only in electron/core/db (repositories).',
      }],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "MemberExpression[object.name=/^(it|test|describe)$/][property.name='only']",
        message: 'No .only in committed tests.',
      }],
    },
  },
);
