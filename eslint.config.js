import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The engine must run anywhere (Node, a worker, a benchmark): no UI libraries, no DOM. */
const engineIsPure = {
  files: ['src/engine/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
            message: 'The engine is pure: no React.',
          },
          { group: ['d3', 'd3-*'], message: 'The engine is pure: no D3.' },
          { group: ['zustand', 'zustand/*'], message: 'The engine is pure: no store.' },
          {
            group: ['**/scene/**', '**/view/**', '**/app/**', '**/article/**'],
            message: 'The engine depends on nothing above it.',
          },
        ],
      },
    ],
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
  ...tseslint.configs.strict,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // tfjs is the benchmark's yardstick, never part of the app.
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@tensorflow/*'], message: 'tfjs is for bench/ only.' }] },
      ],
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
  engineIsPure,
);
