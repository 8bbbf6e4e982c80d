import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;

/** Ships the one manifest both browsers load, with the package's version. */
const manifest = (): Plugin => ({
  name: 'broadsheet-manifest',
  generateBundle() {
    const source = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8'));
    const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
    this.emitFile({ type: 'asset', fileName: 'manifest.json', source: `${JSON.stringify({ ...source, version }, null, 2)}\n` });
  },
});

// The extension's pages (popup, notes page) as ES modules; the content script has its own build.
export default defineConfig({
  root: resolve(root, 'popup'),
  publicDir: resolve(root, 'public'),
  base: '',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  plugins: [manifest()],
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    target: ['chrome120', 'firefox128'],
    modulePreload: false,
    rolldownOptions: {
      input: { popup: resolve(root, 'popup/popup.html'), notes: resolve(root, 'popup/notes.html') },
    },
  },
});
