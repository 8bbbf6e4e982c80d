import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'popup/**/*.test.{ts,tsx}', 'content-scripts/**/*.test.ts', 'tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // speed is the bench's to measure, not a test's: a property test or a page test on a loaded 2-core machine
    // may take several times its usual time, and vitest's 5 s default made that a failure (a hook builds the library)
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
