import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
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

/**
 * Ships pdf.js's CMaps as extension files under dist/pdfjs/ (its worker is bundled as popup/pdf-worker.ts). Every CMap pdf.js has is a Chinese,
 * Japanese or Korean one (Adobe-GB1, -CNS1, -Japan1, -Korea1 and their encodings: UniGB, UniJIS, 90ms-RKSJ, UniKS,
 * KSCms-UHC…): fonts set in them without a ToUnicode map give no text without them.
 */
const pdfjsFiles = (): Plugin => ({
  name: 'broadsheet-pdfjs-files',
  generateBundle() {
    const pdfjs = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    for (const name of readdirSync(join(pdfjs, 'cmaps'))) {
      this.emitFile({ type: 'asset', fileName: `pdfjs/cmaps/${name}`, source: readFileSync(join(pdfjs, 'cmaps', name)) });
    }
  },
});

// The extension's pages (popup, notes page, PDF page) as ES modules; the content script has its own build.
export default defineConfig({
  root: resolve(root, 'popup'),
  publicDir: resolve(root, 'public'),
  base: '',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  plugins: [manifest(), pdfjsFiles()],
  // the PDF reader's workers (pdf.js's and the layout's), started as module workers from the extension's own files
  worker: { format: 'es' },
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    target: ['chrome120', 'firefox128'],
    modulePreload: false,
    rolldownOptions: {
      input: { popup: resolve(root, 'popup/popup.html'), notes: resolve(root, 'popup/notes.html'), pdf: resolve(root, 'popup/pdf.html') },
    },
  },
});
