import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

// The Node build of the core and the CLI: `import { restructure, extract } from 'broadsheet'`, `npx broadsheet`.
const external = [...builtinModules, ...builtinModules.map((m) => `node:${m}`), ...Object.keys(pkg.dependencies)];

export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'lib',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    lib: {
      entry: { index: 'src/index.ts', cli: 'src/cli/main.ts' },
      formats: ['es'],
    },
    rolldownOptions: { external: (id) => external.some((e) => id === e || id.startsWith(`${e}/`)) },
  },
});
