import { defineConfig } from 'vite';

/**
 * Builds the Node benchmarks into one file each. tfjs-core ships ES modules with directory
 * imports that Node cannot load directly, so the benchmark is bundled, tfjs and all.
 */
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'bench/.build',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      input: { engine: 'bench/engine.ts', losses: 'bench/losses.ts' },
      output: { entryFileNames: '[name].mjs' },
    },
  },
  ssr: { noExternal: true },
  logLevel: 'warn',
});
