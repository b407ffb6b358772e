// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const JS_FILES = ['**/*.js', '**/*.mjs', '**/*.cjs'];
const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx', 'e2e/**/*.ts'];

/** Globals of plain-JS Node scripts (TypeScript files get theirs from the type checker). */
const NODE_GLOBALS = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'URLSearchParams',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'queueMicrotask',
    'structuredClone',
    'fetch',
    'TextEncoder',
    'TextDecoder',
    'AbortController',
    'performance',
  ].map((name) => [name, /** @type {const} */ ('readonly')]),
);

/**
 * packages/core is the shared domain model: it runs unchanged in the browser and
 * on the server, and must be deterministic. No I/O, no frameworks, no clock and
 * no randomness: time and ids come in as arguments.
 */
const CORE_FORBIDDEN_MODULES = [
  'node:*',
  ...['fs', 'http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'os', 'path', 'url'],
  ...['crypto', 'child_process', 'worker_threads', 'cluster', 'process', 'stream', 'util'],
  ...['fs/*', 'stream/*', 'util/*', 'path/*', 'dns/*'],
  'pg',
  'pg-*',
  '@electric-sql/*',
  'react',
  'react/*',
  'react-*',
  '@types/react*',
  'fastify',
  'fastify/*',
  'fastify-*',
  '@fastify/*',
];

export default defineConfig([
  globalIgnores([
    '**/node_modules/',
    '**/dist/',
    '.tmp/',
    '**/data/',
    'test-artifacts/',
    'bench/results/',
    'coverage/',
  ]),

  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  // ------------------------------------------------------------ all files
  {
    files: [...TS_FILES, ...JS_FILES],
    extends: [js.configs.recommended],
    rules: {
      'no-console': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': 'error',
    },
  },

  // ------------------------------------------------------- TypeScript (typed)
  {
    files: TS_FILES,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        // Each file is checked with its nearest tsconfig.json: the root one for
        // core/server/e2e/bench/scripts, packages/web/tsconfig.json for the web app.
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true, allowNullish: false, allowAny: false },
      ],
      // JSX event handlers and fastify hooks may be async; the result is awaited or ignored by design.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false, arguments: false } },
      ],
      // Interface implementations are often `async` without awaiting anything.
      '@typescript-eslint/require-await': 'off',
    },
  },

  // ------------------------------------------------------ plain JS (untyped)
  {
    files: JS_FILES,
    languageOptions: {
      sourceType: 'module',
      globals: NODE_GLOBALS,
    },
    rules: {
      'no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  // ---------------------------------------------------------------- tests
  {
    files: TEST_FILES,
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Tests build URLs and names from indexed arrays and untyped JSON bodies.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true, allowNullish: true, allowAny: true },
      ],
    },
  },

  // ------------------------------------------- where printing is the point
  {
    files: ['scripts/**', 'bench/**', 'packages/server/src/cli.ts'],
    rules: { 'no-console': 'off' },
  },

  // ------------------------------------------------------------ core purity
  {
    files: ['packages/core/**/*.{ts,tsx,js,mjs}'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: CORE_FORBIDDEN_MODULES,
              message:
                'packages/core is pure domain logic shared with the browser: no Node built-ins, database drivers, React or Fastify.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message:
            'packages/core must be deterministic: take the current time as an argument instead of new Date().',
        },
        {
          selector: "CallExpression[callee.name='Date']",
          message: 'packages/core must be deterministic: Date() reads the clock.',
        },
        {
          selector: 'ImportExpression',
          message: 'packages/core takes no dynamic imports.',
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Date',
          property: 'now',
          message: 'packages/core must be deterministic: take the current time as an argument.',
        },
        {
          object: 'Math',
          property: 'random',
          message: 'packages/core must be deterministic: take random values or ids as arguments.',
        },
        {
          object: 'crypto',
          property: 'randomUUID',
          message: 'packages/core must be deterministic: take ids as arguments.',
        },
        {
          object: 'crypto',
          property: 'getRandomValues',
          message: 'packages/core must be deterministic: take random values as arguments.',
        },
        {
          object: 'performance',
          property: 'now',
          message: 'packages/core must be deterministic: take the current time as an argument.',
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'packages/core runs in the browser too: no process.' },
      ],
    },
  },
]);
