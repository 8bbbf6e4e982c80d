import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

// The content script as ONE classic script: executeScript({files}) cannot load ES-module chunks.
export default defineConfig({
  publicDir: false,
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: false,
    target: ['chrome120', 'firefox128'],
    lib: { entry: resolve(root, 'content-scripts/content.ts'), formats: ['iife'], name: 'broadsheetContent', fileName: () => 'content.js' },
  },
});
