// Lint rules for the whole repository: typescript-eslint's type-aware recommended set, the folders' import boundaries, short functions; formatting left to prettier.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/**
 * Relative imports are matched by how many folders they climb: a file at depth d (graph/x.ts is 1,
 * graph/query/x.ts is 2) leaves its top folder with exactly d parent steps, so `^(\.\./){d}<folder>/` names
 * the top folder it lands in, whatever the file's own depth. One config per depth keeps that exact.
 */
const DEPTHS = [1, 2, 3, 4];

/** Files of `folder` at `depth`: graph/*.ts at 1, graph/*\/*.ts at 2... */
function filesAt(folder, depth) {
  return [`${folder}/${'*/'.repeat(depth - 1)}*.ts`];
}

/** The regex of a relative import that climbs out of a file at `depth` into one of `targets` (or anywhere: null). */
function climbInto(depth, targets) {
  const up = `^(\\.\\./){${depth}}`;
  return targets === null ? `${up}(?!\\.\\./)` : `${up}(${targets.join('|')})(/|$)`;
}

/**
 * One no-restricted-imports config per depth: `forbidden` are the top folders a file of `folder` may not
 * import (null: none outside its own but `allowed`); `packages` are npm or node: modules it may not import.
 */
function boundary(
  folder,
  { forbidden, allowed = [], packages = [], message, packageMessage = message },
) {
  return DEPTHS.map((depth) => {
    const climb = climbInto(depth, forbidden);
    const regex =
      forbidden === null && allowed.length > 0 ? `${climb}(?!(${allowed.join('|')})(/|$))` : climb;
    return {
      files: filesAt(folder, depth),
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              { regex, message },
              ...(packages.length > 0
                ? [{ regex: `^(${packages.join('|')})(/|$)`, message: packageMessage }]
                : []),
            ],
          },
        ],
      },
    };
  });
}

/** Packages that do I/O, serve HTTP or draw: never in the core. */
const IO_PACKAGES = [
  'node:.*',
  'fs',
  'path',
  'express',
  'compression',
  'cors',
  'helmet',
  'express-rate-limit',
  'pino',
  'pino-http',
  'p-queue',
  'sigma',
  '@sigma/.*',
  '@resvg/.*',
  'vite',
];

/** The core's files that read files: the only ones with Node types (a `/// <reference types="node" />`). */
const ENTRY_POINTS = [
  'graph/corpus/load.ts',
  'graph/corpus/load-helpers.ts',
  'graph/corpus/load-helper-process.ts',
  'graph/corpus/essay-file.ts',
  'graph/common-words.ts',
];
const NODE_GLOBALS = [
  'process',
  'Buffer',
  'require',
  'module',
  '__dirname',
  '__filename',
  'global',
  'setImmediate',
];

/**
 * The programs other than the CLIs that end their own process: the server's and the benchmark server's start-up
 * failures and drains, and the benchmark's driver. Listed one by one so no other module joins them unseen.
 */
const PROCESS_ENDS = [
  'server/main.ts',
  'server/signals.ts',
  'bench/run.ts',
  'bench/http-server.ts',
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'tests/.artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // Plain JavaScript (this file) has no types to check against.
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Ending the process is a command line's decision, with its exit code; nothing a command calls may take it.
    files: ['**/*.ts'],
    ignores: ['cli/**', 'tests/**', ...PROCESS_ENDS],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'exit',
          message: 'Only cli/ ends the process: throw, or set process.exitCode.',
        },
      ],
    },
  },
  {
    files: ['{graph,export,store,server,cli,bench,contract,client}/**/*.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 60 }],
    },
  },
  {
    // Views draw and call actions: state changes go through client/state/store-actions.ts, fetches through client/effects/.
    files: [
      'client/views/**/*.ts',
      'client/studio/views/**/*.ts',
      'client/embed/embed-card.ts',
      'client/embed/hop-list.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='update']",
          message: 'A view calls actions (client/state/store-actions.ts), not store.update.',
        },
        {
          selector: "CallExpression[callee.name='fetch']",
          message: 'A view does not fetch: side effects live in client/effects/.',
        },
        {
          selector: 'ImportDeclaration[source.value=/\\/api\\.js$/]',
          message: 'A view does not call the API: its controller passes what it needs.',
        },
      ],
    },
  },
  // The core: imports nothing outside graph/, and no package that does I/O or draws.
  ...boundary('graph', {
    forbidden: null,
    packages: IO_PACKAGES,
    message: 'graph/ is the pure core: it imports nothing outside graph/.',
    packageMessage: 'graph/ does no I/O and draws nothing: this package belongs to a door.',
  }),
  {
    // Node's globals: graph/tsconfig.json has no Node types, but the entry points' reference to them is program-wide.
    files: ['graph/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...NODE_GLOBALS.map((name) => ({
          name,
          message: 'graph/ is the pure core: no Node globals.',
        })),
      ],
    },
  },
  {
    // The core's file-reading entry points: the one place it may touch the file system (Node's modules and globals).
    files: ENTRY_POINTS,
    rules: { 'no-restricted-globals': 'off' },
  },
  // They still import nothing outside graph/: only the package rule is lifted for them.
  ...ENTRY_POINTS.map((file) => ({
    files: [file],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: climbInto(file.split('/').length - 1, null),
              message: 'graph/ is the pure core: it imports nothing outside graph/.',
            },
          ],
        },
      ],
    },
  })),
  ...boundary('contract', {
    forbidden: null,
    allowed: ['graph'],
    packages: IO_PACKAGES,
    message: 'contract/ is shared by every door: it imports only graph/.',
    packageMessage: 'contract/ does no I/O and draws nothing: this package belongs to a door.',
  }),
  ...boundary('store', {
    forbidden: null,
    allowed: ['graph'],
    message: 'store/ writes documents for the doors: it imports only graph/.',
  }),
  ...boundary('export', {
    forbidden: ['server', 'client', 'cli', 'bench'],
    message: 'export/ is a library the doors import: it imports no door.',
  }),
  ...boundary('server', {
    forbidden: ['client', 'cli', 'bench'],
    message: 'server/ is a door: it must not import another door (client/, cli/).',
  }),
  ...boundary('cli', {
    forbidden: ['server', 'client', 'bench'],
    message: 'cli/ is a door: it must not import another door (server/, client/).',
  }),
  ...boundary('client', {
    forbidden: ['server', 'cli', 'bench', 'store'],
    packages: ['node:.*'],
    message:
      'client/ is a door: it may import graph/, export/ and contract/, never server/, cli/ or store/ (Node).',
    packageMessage: 'client/ runs in the browser: no Node modules.',
  }),
  prettier,
);
