import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

// The Node build: the core (`import { restructure, extract } from 'broadsheet'`), the reader's side
// (`broadsheet/reader`, for benchmarks and scripts) and the CLI (`npx broadsheet`).
const external = [...builtinModules, ...builtinModules.map((m) => `node:${m}`), ...Object.keys(pkg.dependencies)];

export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'lib',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    lib: {
      entry: { index: 'src/index.ts', reader: 'src/reader.ts', cli: 'src/cli/main.ts' },
      formats: ['es'],
    },
    rolldownOptions: { external: (id) => external.some((e) => id === e || id.startsWith(`${e}/`)) },
  },
});
