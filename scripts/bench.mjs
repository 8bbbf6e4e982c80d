#!/usr/bin/env node
// Runs every benchmark in bench/ (each prints its own tables) against the Node build in lib/.
// Speed and memory are measured here, never asserted in tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

execFileSync('npm', ['run', '--silent', 'build:lib'], { stdio: ['ignore', 'ignore', 'inherit'] });
const only = process.argv.slice(2);
const benches = readdirSync('bench').filter((f) => f.endsWith('.bench.mjs') && (!only.length || only.some((o) => f.includes(o))));
let failed = 0;
for (const file of benches.sort()) {
  console.log(`\n## ${file.replace('.bench.mjs', '')}\n`);
  const run = spawnSync(process.execPath, ['--expose-gc', `bench/${file}`], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
