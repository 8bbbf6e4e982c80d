import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'popup/**/*.test.{ts,tsx}', 'content-scripts/**/*.test.ts', 'tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
