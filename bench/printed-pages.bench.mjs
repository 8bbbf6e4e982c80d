// Quality and speed on printed pages (Node build): the shared fixtures and the real pages of ../shared/pages
// (gold in tests/real-pages), each read two ways — the text path (page.txt, what pdftotext gives) and the PDF path
// (page.pdf through pdf.js and the layout stage) — scored by ../shared/score/score.mjs, side by side.
// Prints per page (with ../shared/score/diagnose.mjs's split / merged / extra / wrong-title counts), per paper, the
// held-out papers (those no development page came from: see tests/real-pages/README.md), the story decision's
// leave-one-paper-out scores (scripts/learn-layout.mjs --check: each paper laid out with weights learned without
// it, beside the in-sample ones; it says so if the weights committed are not those it learns), then per page the time of pdf.js, of layout + restructure, and of the text path.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { layoutPage, readPositionedPdf, restructure } from 'broadsheet';

const shared = fileURLToPath(new URL('../../shared', import.meta.url));
const gold = fileURLToPath(new URL('../tests/real-pages', import.meta.url));
const held = JSON.parse(readFileSync(join(gold, 'held-out.json'), 'utf8'));
const pages = [
  ...readdirSync(join(shared, 'fixtures')).map((f) => ({ name: f, dir: join(shared, 'fixtures', f), gold: join(shared, 'fixtures', f, 'expected.json') })),
  ...readdirSync(gold).filter((f) => existsSync(join(gold, f, 'expected.json'))).map((f) => ({ name: f, dir: join(shared, 'pages', f), gold: join(gold, f, 'expected.json') })),
].filter((p) => existsSync(join(p.dir, 'page.txt')));
const paperOf = (name) => name.replace(/-\d{4}-\d\d-\d\d.*$/, '').replace(/^epaper-|^stress-/, '');
const scratch = mkdtempSync(join(tmpdir(), 'broadsheet-bench-'));
const METRICS = ['storyF1', 'titleExact', 'bylineExact', 'paraF1', 'cjkJoinErrors', 'lost', 'split', 'merged', 'extra', 'wrongTitle'];

function score(page, goldPath, inputPath) {
  const pred = join(scratch, 'pred.json');
  writeFileSync(pred, JSON.stringify(page));
  const scores = JSON.parse(execFileSync(process.execPath, [join(shared, 'score/score.mjs'), '--gold', goldPath, '--pred', pred, '--input', inputPath, '--json'], { encoding: 'utf8' }));
  const { split, merged, extra, wrongTitle } = JSON.parse(execFileSync(process.execPath, [join(shared, 'score/diagnose.mjs'), '--gold', goldPath, '--pred', pred, '--json'], { encoding: 'utf8' }));
  return { ...scores, split, merged, extra, wrongTitle };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
function timed(fn, runs = 5) {
  const ms = [];
  let out;
  for (let i = 0; i < runs; i++) { const t0 = performance.now(); out = fn(); ms.push(performance.now() - t0); }
  return { out, ms: median(ms) };
}
async function timedAsync(fn, runs = 3) {
  const ms = [];
  let out;
  for (let i = 0; i < runs; i++) { const t0 = performance.now(); out = await fn(); ms.push(performance.now() - t0); }
  return { out, ms: median(ms) };
}

const rows = [], speed = [];
for (const p of pages) {
  const text = readFileSync(join(p.dir, 'page.txt'), 'utf8');
  const textRun = timed(() => restructure(text));
  rows.push({ page: p.name, paper: paperOf(p.name), path: 'text', ...score(textRun.out, p.gold, join(p.dir, 'page.txt')) });
  if (!existsSync(join(p.dir, 'page.pdf'))) continue;
  const bytes = new Uint8Array(readFileSync(join(p.dir, 'page.pdf')));
  const pdf = await timedAsync(() => readPositionedPdf(bytes));
  if (!pdf.out.ok) { console.log(`${p.name}: ${pdf.out.error.message}`); continue; }
  const positioned = pdf.out.value.pages[0].positioned;
  const laid = timed(() => restructure(layoutPage(positioned)));
  rows.push({ page: p.name, paper: paperOf(p.name), path: 'pdf', ...score(laid.out, p.gold, join(p.dir, 'page.txt')) });
  speed.push({ page: p.name, runs: positioned.runs.length, pdfjs: pdf.ms, layout: laid.ms, text: textRun.ms });
}

const fmt = (v) => (Number.isInteger(v) ? String(v) : v.toFixed(2));
const table = (head, body) => {
  console.log(`| ${head.join(' | ')} |`);
  console.log(`| ${head.map(() => '---').join(' | ')} |`);
  for (const r of body) console.log(`| ${r.join(' | ')} |`);
  console.log('');
};
const mean = (rs, k) => rs.reduce((s, r) => s + r[k], 0) / (rs.length || 1);

console.log('### Per page (text path | PDF path)\n');
table(['page', ...METRICS.map((m) => `${m} text / pdf`)], pages.map((p) => {
  const t = rows.find((r) => r.page === p.name && r.path === 'text'), d = rows.find((r) => r.page === p.name && r.path === 'pdf');
  return [p.name, ...METRICS.map((m) => `${fmt(t[m])} / ${d ? fmt(d[m]) : '—'}`)];
}));

console.log('### Per paper (mean over its pages)\n');
const papers = [...new Set(rows.map((r) => r.paper))];
table(['paper', 'pages', 'held out', ...['storyF1', 'titleExact', 'bylineExact', 'paraF1'].map((m) => `${m} text / pdf`)], papers.map((paper) => {
  const t = rows.filter((r) => r.paper === paper && r.path === 'text'), d = rows.filter((r) => r.paper === paper && r.path === 'pdf');
  return [paper, t.length, held.papers[paper] ? 'yes' : 'no', ...['storyF1', 'titleExact', 'bylineExact', 'paraF1'].map((m) => `${fmt(mean(t, m))} / ${d.length ? fmt(mean(d, m)) : '—'}`)];
}));

console.log('### Leave one paper out: papers no development page came from (tests/real-pages/held-out.json)\n');
const heldRows = (path) => rows.filter((r) => held.papers[r.paper] && r.path === path);
table(['path', 'pages', 'storyF1', 'titleExact', 'bylineExact', 'paraF1'], ['text', 'pdf'].map((path) => {
  const rs = heldRows(path);
  return [path, rs.length, ...['storyF1', 'titleExact', 'bylineExact', 'paraF1'].map((m) => fmt(mean(rs, m)))];
}));

console.log('### Leave one paper out, the story decision (PDF path): scripts/learn-layout.mjs --check\n');
const learned = spawnSync(process.execPath, [fileURLToPath(new URL('../scripts/learn-layout.mjs', import.meta.url)), '--check'], { encoding: 'utf8' });
console.log(learned.stdout.split('\n### Weights')[0].replace(/^### .*\n\n/, ''));
if (learned.status !== 0) console.log(`**${learned.stderr.trim().split('\n').pop()}**\n`);

console.log('### Time per page (median ms): pdf.js (open, text, fonts) · layout + restructure · text path restructure\n');
table(['page', 'text runs', 'pdf.js', 'layout + restructure', 'text path'], speed.map((s) => [s.page, s.runs, s.pdfjs.toFixed(0), s.layout.toFixed(1), s.text.toFixed(1)]));
