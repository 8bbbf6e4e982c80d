// Speed and memory of restructure (Node build): each shared fixture page, ~1 MB and ~8 MB of page text.
// Run with `npm run bench` (builds lib/ first; node --expose-gc). Targets, not asserted: seed page < 2 ms median,
// 1 MB < 150 ms, 8× the text ≤ 10× the time, peak memory ≤ ~10× the input.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { restructure } from 'broadsheet';

const fixtures = fileURLToPath(new URL('../../shared/fixtures', import.meta.url));
const pages = existsSync(fixtures)
  ? readdirSync(fixtures).filter((f) => existsSync(join(fixtures, f, 'page.txt'))).map((f) => ({ name: f, text: readFileSync(join(fixtures, f, 'page.txt'), 'utf8') }))
  : [{ name: 'sample', text: '本报讯 近日，二七区委统战部组\n织机关支部党员参加活动。\n记者 景静\n' }];

/** About `bytes` of page text: the fixture pages in turn, each copy's digits shifted so no two copies are equal. */
function pageText(bytes) {
  const parts = [];
  let size = 0;
  for (let copy = 0; size < bytes; copy++) {
    const page = pages[copy % pages.length].text.replace(/\d/g, (d) => String((Number(d) + copy) % 10));
    parts.push(page);
    size += Buffer.byteLength(page);
  }
  return parts.join('\n\n');
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

function time(text, runs) {
  for (let i = 0; i < Math.min(3, runs); i++) restructure(text);
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    restructure(text);
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

// memory is measured in a child process per size, so one run's peak does not hide the next one's
if (process.argv[2] === '--memory') {
  const text = pageText(Number(process.argv[3]));
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  const page = restructure(text);
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ input: Buffer.byteLength(text), peakDelta: Math.max(0, peak - before), stories: page.stories.length }));
  process.exit(0);
}

const rows = [];
for (const p of pages) rows.push({ input: p.name, bytes: Buffer.byteLength(p.text), 'median ms': +time(p.text, 200).toFixed(3) });
const sizes = [['~1 MB', 1 << 20, 7], ['~8 MB', 8 << 20, 3]];
const timed = {};
for (const [label, bytes, runs] of sizes) {
  const text = pageText(bytes);
  timed[label] = time(text, runs);
  const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--memory', String(bytes)], { encoding: 'utf8' });
  const mem = child.status === 0 ? JSON.parse(child.stdout) : null;
  rows.push({
    input: label, bytes: Buffer.byteLength(text), 'median ms': +timed[label].toFixed(1),
    'peak memory MB': mem ? +(mem.peakDelta / 2 ** 20).toFixed(1) : 'n/a',
    'memory / input': mem ? +(mem.peakDelta / mem.input).toFixed(1) : 'n/a',
  });
}
console.table(rows);
console.table([{ 'time 8 MB / 1 MB': +(timed['~8 MB'] / timed['~1 MB']).toFixed(2), 'input 8 MB / 1 MB': 8 }]);
