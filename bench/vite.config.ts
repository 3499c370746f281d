import { defineConfig } from 'vite';

/**
 * Builds the Node benchmarks into one file each. tfjs-core ships ES modules with directory
 * imports that Node cannot load directly, so the benchmark is bundled, tfjs and all. The
 * WebAssembly backend's loader is CommonJS that reads its .wasm with `require('fs')` from
 * `__dirname`: the banner gives the ES module bundle those two names.
 */
const COMMONJS_NAMES = [
  "import { createRequire as __createRequire } from 'node:module';",
  "import { dirname as __dirnameOf } from 'node:path';",
  "import { fileURLToPath as __fileURLToPath } from 'node:url';",
  'const require = __createRequire(import.meta.url);',
  'const __dirname = __dirnameOf(__fileURLToPath(import.meta.url));',
].join(' ');

export default defineConfig({
  build: {
    ssr: true,
    outDir: 'bench/.build',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: {
      input: { engine: 'bench/engine.ts', losses: 'bench/losses.ts', network: 'bench/network.ts' },
      output: { entryFileNames: '[name].mjs', banner: COMMONJS_NAMES },
    },
  },
  ssr: { noExternal: true },
  logLevel: 'warn',
});
