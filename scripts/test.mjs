#!/usr/bin/env node
/**
 * `npm test`: every check, in the order a change can break them — types, ESLint, build, web-ext lint, unit tests,
 * browser tests — then one closing line `N passed, N failed[, N skipped]` that CI reads.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBrowsers, ensurePackages } from './ensure-setup.mjs';

ensurePackages();
ensureBrowsers(['chromium', 'firefox-esr']);

const tally = { passed: 0, failed: 0, skipped: 0 };
const scratch = mkdtempSync(join(tmpdir(), 'broadsheet-test-'));

function step(name, command, args) {
  console.log(`\n▶ ${name}: ${[command, ...args].join(' ')}`);
  const ok = spawnSync(command, args, { stdio: 'inherit' }).status === 0;
  tally[ok ? 'passed' : 'failed']++;
  console.log(`${ok ? '✓' : '✗'} ${name}`);
  return ok;
}

function vitest(name, config) {
  const report = join(scratch, `${name}.json`);
  console.log(`\n▶ ${name}`);
  spawnSync('npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], { stdio: 'inherit' });
  try {
    const result = JSON.parse(readFileSync(report, 'utf8'));
    tally.passed += result.numPassedTests;
    tally.failed += result.numFailedTests + (result.testResults ?? []).filter((f) => f.status === 'failed' && !f.assertionResults?.length).length;
    tally.skipped += result.numPendingTests + result.numTodoTests;
  } catch {
    tally.failed++;
    console.log(`✗ ${name}: vitest wrote no report`);
  }
}

step('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
step('eslint (typescript-eslint recommended and the lint zones)', 'npx', ['eslint', '--max-warnings', '0', '.']);
const built = step('build', 'npm', ['run', '--silent', 'build']);
if (built) {
  step('web-ext lint (0 errors)', 'npx', ['web-ext', 'lint', '--source-dir', 'dist']);
}
// In CI a test that cannot run is a failure, not a skip: the browsers and ../shared must be there.
if (process.env.CI === 'true') {
  for (const [what, path] of [['Chromium', '/usr/bin/chromium'], ['firefox-esr', '/usr/bin/firefox-esr'], ['../shared (fixtures and the yardstick)', '../shared/score/score.mjs'], ['../shared/pages', '../shared/pages']]) {
    const present = existsSync(path);
    tally[present ? 'passed' : 'failed']++;
    console.log(`${present ? '✓' : '✗'} CI has ${what}${present ? '' : `: ${path} is missing, so the tests that need it would only skip`}`);
  }
}
vitest('unit tests', 'vitest.config.ts');
if (built) vitest('browser tests', 'vitest.e2e.config.ts');
else tally.failed++;

console.log(`\n${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''}`);
process.exit(tally.failed ? 1 : 0);
