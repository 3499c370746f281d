import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers, lowest first. Each may import the ones below it and never one above: the engine is
 * pure maths; the scene holds state and its formats; the view draws it; the article tells the
 * story around the view; the app puts the page together.
 */
const LAYERS = ['engine', 'scene', 'view', 'article', 'app'];

/** tfjs is the benchmark's yardstick, never part of the app. */
const noTfjs = { group: ['@tensorflow/*'], message: 'tfjs is for bench/ only.' };

/** The engine must run anywhere (Node, a worker, a benchmark): no UI libraries, no DOM. */
const engineLibraries = [
  {
    group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
    message: 'The engine is pure: no React.',
  },
  { group: ['d3', 'd3-*'], message: 'The engine is pure: no D3.' },
  { group: ['zustand', 'zustand/*'], message: 'The engine is pure: no store.' },
];

const layerBoundaries = LAYERS.map((layer, level) => {
  const above = LAYERS.slice(level + 1);
  const patterns = [noTfjs];
  if (layer === 'engine') patterns.push(...engineLibraries);
  else
    patterns.push({
      group: ['**/engine/*'],
      message: 'Outside the engine, import it through its index (src/engine/index.ts).',
    });
  if (above.length > 0)
    patterns.push({
      group: above.map((name) => `**/${name}/**`),
      message: `The ${layer} layer may not import ${above.join(', ')}: the layers are ${LAYERS.join(' < ')} (docs/architecture.md).`,
    });
  const testing = {
    group: ['**/testing/**'],
    message: 'src/testing/ is for tests: the page never imports it.',
  };
  // Tests of every layer share src/testing/; the page's own files may not reach it.
  return [
    {
      files: [`src/${layer}/**/*.{ts,tsx}`],
      rules: { 'no-restricted-imports': ['error', { patterns: [...patterns, testing] }] },
    },
    {
      files: [`src/${layer}/**/*.test.{ts,tsx}`],
      rules: { 'no-restricted-imports': ['error', { patterns }] },
    },
  ];
}).flat();

/** No browser globals in the engine. */
const engineGlobals = {
  files: ['src/engine/**/*.ts'],
  rules: {
    'no-restricted-globals': [
      'error',
      ...[
        'window',
        'document',
        'navigator',
        'location',
        'localStorage',
        'requestAnimationFrame',
      ].map((name) => ({ name, message: 'The engine is pure: no DOM or browser globals.' })),
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/.build'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      // The project service finds only tsconfig.json (src); the engine's and the tooling's
      // tsconfigs are named. The engine's comes first, so it is checked without the DOM's types.
      parserOptions: {
        project: ['./tsconfig.engine.json', './tsconfig.json', './tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    rules: {
      // Numbers in sentences are the page's substance: `${count} pairs` needs no String().
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Arrow shorthand that returns a void call is the idiom: onClick={() => setOpen(true)}.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    // noUncheckedIndexedAccess makes every typed-array read optional; `!` marks reads whose
    // index the loop bounds already guarantee.
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['*.{js,ts}', 'e2e/**/*.ts', 'scripts/**/*.{js,ts,mjs}', 'bench/**/*.{ts,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    // The example course page's script runs in a browser, beside the built site.
    files: ['public/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  ...layerBoundaries,
  engineGlobals,
  {
    // Plain JavaScript has no types to check.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
