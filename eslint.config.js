import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import path from 'node:path';

// Paths resolve from this file's folder, not the shell's, so a copy of the repo lints the same way.
const root = import.meta.dirname;

const nodeBuiltins = ['fs', 'path', 'os', 'http', 'https', 'crypto', 'child_process', 'url', 'stream', 'zlib', 'net'];
/** Bare module names only (and their subpaths): relative paths are the layer zones' business. */
const packages = (names) => `^(node:.*|(${names.join('|')})(/.*)?)$`;

/** Layers by resolved path, so `../main/index` from electron/core is caught whatever the import text says. */
const layerZones = [
  { target: './shared', from: ['./electron', './renderer', './sample-tenant'], message: 'shared/ imports nothing from electron/, renderer/ or sample-tenant/.' },
  { target: './sample-tenant', from: ['./electron', './renderer'], message: 'The sample tenant is pure data built on shared/ only.' },
  { target: './renderer', from: './electron', message: 'The renderer talks to the core only through renderer/src/lib/api.ts.' },
  {
    target: './electron/core',
    from: ['./electron/main', './electron/preload', './electron/host', './electron/cli', './renderer'],
    message: 'The core does not depend on its front doors (main, preload, host, CLI) or the renderer.',
  },
  { target: './electron/preload', from: './electron/core', message: 'The preload exposes the contract only; it never loads the core.' },
  {
    target: ['./electron/host', './electron/cli'],
    from: ['./electron/main', './electron/preload', './renderer'],
    message: 'The host and the CLI run without Electron: they never load its glue or the renderer.',
  },
];

const noElectronInCore = [
  { selector: "ImportExpression[source.value='electron']", message: 'The core never loads electron, not even lazily; inject platform services instead.' },
  { selector: "CallExpression[callee.name='require'][arguments.0.value='electron']", message: 'The core never requires electron; inject platform services instead.' },
];
const sqlOnlyInDb = {
  selector: "CallExpression[callee.property.name='prepare']",
  message: 'SQL lives only in electron/core/db (repositories).',
};

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
    files: ['shared/**/*.ts', 'sample-tenant/**/*.ts', 'renderer/**/*.{ts,tsx}', 'electron/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: path.join(root, 'tsconfig.json') })] },
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: root, zones: layerZones }] },
  },
  {
    files: ['shared/**/*.ts', 'sample-tenant/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { regex: packages([...nodeBuiltins, 'electron', 'react', 'react-dom', 'better-sqlite3']), message: 'shared/ and sample-tenant/ are pure TypeScript: no Node, Electron, DOM or database imports.' },
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
          { regex: packages([...nodeBuiltins, 'electron', 'better-sqlite3']), message: 'The renderer is a sandboxed client: no Node or Electron imports.' },
        ],
      }],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/host/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The core, host and CLI never import electron; inject platform services instead.' }],
      }],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...noElectronInCore, sqlOnlyInDb] },
  },
  {
    files: ['electron/core/db/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...noElectronInCore] },
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
