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

/** Where SQL may be written: repositories, read models, and the database platform itself. */
const SQL_FILES = [
  'packages/server/src/**/repository.ts',
  'packages/server/src/**/repository/*.ts',
  'packages/server/src/**/queries.ts',
  'packages/server/src/**/queries/*.ts',
  'packages/server/src/platform/db/**',
  'packages/server/src/testing/**',
];
/** A string that starts like an SQL statement (upper-case keywords, as this codebase writes SQL). */
const SQL_START = String.raw`/^\s*(SELECT|INSERT INTO|UPDATE|DELETE FROM|WITH|LOCK TABLE)\s/`;
const SQL_MESSAGE =
  "SQL belongs in the feature's repository.ts / queries.ts (or platform/db): see docs/architecture.md.";

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
    files: ['scripts/**', 'bench/**', 'packages/server/src/cli.ts', 'packages/server/src/cli/**'],
    rules: { 'no-console': 'off' },
  },

  // ------------------------------------------------------------- the house
  // SQL lives in a feature's repository and queries (and platform/db): routes,
  // commands and presenters say what happens, not how rows are fetched.
  {
    files: ['packages/server/src/**/*.ts'],
    ignores: [...TEST_FILES, ...SQL_FILES],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `Literal[value=${SQL_START}]`,
          message: SQL_MESSAGE,
        },
        {
          selector: `TemplateElement[value.raw=${SQL_START}]`,
          message: SQL_MESSAGE,
        },
      ],
    },
  },
  // Features and the demo reach the database through repositories and queries;
  // the composition roots (cli.ts, platform/http/app.ts) open it.
  {
    files: ['packages/server/src/features/**/*.ts', 'packages/server/src/demo/**/*.ts'],
    ignores: [...TEST_FILES, ...SQL_FILES],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/platform/db/*', '!**/platform/db/database.ts', 'pg', '@electric-sql/*'],
              message: 'Only repositories, queries and platform/db talk to the database driver.',
            },
            {
              group: ['**/platform/db/database.ts'],
              allowTypeImports: true,
              message: 'Commands take a Tx from the transaction; only its type is imported here.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/server/src/features/*/routes.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='ctx'][property.name='db']",
          message: 'A route calls a command or a query; it does not use the database itself.',
        },
        {
          selector: `Literal[value=${SQL_START}]`,
          message: SQL_MESSAGE,
        },
        {
          selector: `TemplateElement[value.raw=${SQL_START}]`,
          message: SQL_MESSAGE,
        },
      ],
    },
  },
  // Long functions hide several jobs: a warning, so the reader notices.
  {
    files: [
      'packages/core/src/**/*.ts',
      'packages/server/src/**/*.ts',
      'packages/demo/src/**/*.ts',
    ],
    ignores: [...TEST_FILES, 'packages/server/src/testing/**'],
    rules: {
      'max-lines-per-function': ['warn', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  // The contract is shared with the browser: zod and core only.
  {
    files: ['packages/contract/src/**/*.ts'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                ...CORE_FORBIDDEN_MODULES,
                '@cunzhi/server/*',
                '@cunzhi/web/*',
                '@cunzhi/demo/*',
              ],
              message: 'packages/contract runs in the browser too: zod and @cunzhi/core only.',
            },
          ],
        },
      ],
    },
  },

  // The first chunk and the villager's phone pages stay small on a village phone:
  // antd and its icon library load with the cadre console only (app/ConsoleRoot.tsx).
  {
    files: [
      'packages/web/src/main.tsx',
      'packages/web/src/app/**',
      'packages/web/src/light/**',
      'packages/web/src/i18n/**',
      'packages/web/src/api/**',
      'packages/web/src/features/auth/**',
      'packages/web/src/features/meetings/MePage.tsx',
      'packages/web/src/features/evaluations/SheetPage.tsx',
      'packages/web/src/features/supervision/SupervisionInboxPage.tsx',
      'packages/web/src/features/matters/NoticePage.tsx',
      'packages/web/src/features/villages/villager/**',
      'packages/web/src/features/villages/VillageShell.tsx',
    ],
    ignores: ['packages/web/src/app/ConsoleRoot.tsx', 'packages/web/src/app/theme.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['antd', 'antd/*', '@ant-design/icons', '@ant-design/icons/*'],
              message:
                'Light pages draw with packages/web/src/light: antd belongs to the cadre console (app/ConsoleRoot.tsx).',
            },
          ],
        },
      ],
    },
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
