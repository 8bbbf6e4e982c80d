// Layout stage on hostile pages (Node build): how long layoutPage takes on generated runs that once made it
// quadratic — one line of 50,000 runs, a column of 100,000 lines, 200,000 runs on 60 overprinted lines, 250,000
// runs (over the per-page limit) — each printed beside an anchor row, an ordinary newspaper-like page timed in the
// same process, so a busy machine shows as a slow anchor rather than as a slow case. Targets (issue 20), not
// asserted: one line of 50,000 runs ≤ 10 s and 200,000 overlapping runs ≤ 15 s on the CLI, PDF reading included.
// `node bench/layout.bench.mjs CASE…` runs only the cases whose names contain one of the words given.
import { layoutPage } from 'broadsheet';

const run = (text, x, baseline, size, width = text.length * 0.55 * size) => ({ text, x, y: baseline - size, width, height: size, fontSize: size, font: 'Serif', bold: false, dir: 'ltr' });
const page = (runs, width = 612, height = 792) => ({ width, height, runs });

/** An ordinary page: a headline over five columns of 90 lines, each line drawn as four word runs. */
function newspaperPage() {
  const runs = [run('Storm closes the harbour for a week', 36, 60, 30)];
  for (let c = 0; c < 5; c++) {
    for (let l = 0; l < 90; l++) {
      const words = ['the', 'harbour', 'master', `said${l}`];
      let x = 36 + c * 110 + (l % 12 === 0 ? 10 : 0);
      for (const w of words) { runs.push(run(w, x, 90 + l * 7.6, 7)); x += (w.length + 1) * 0.55 * 7; }
    }
  }
  return page(runs);
}

/** As ../shared/tools/hostile-pdfs.py draws it: 'ab' in 1 pt type every 2.2 pt, each word its own run (a gap of about an em). */
const oneLine = (n) => page(Array.from({ length: n }, (_, k) => run('ab', 10 + k * 2.2, 50, 1, 1.11)), 10 + n * 2.2 + 100, 100);

/** One line of words a word space apart: one long line, every run a candidate copy of every other. */
const oneSpacedLine = (n) => page(Array.from({ length: n }, (_, k) => run(`w${k % 1000}`, k * 20, 50, 10, 15)), n * 20, 100);

/** A column of n lines, 12 pt apart: one block whose pitch statistics grow with every line. */
const column = (n) => page(Array.from({ length: n }, (_, k) => run(`line ${k}`, 36, 20 + k * 12, 10)), 612, 20 + n * 12);

/** As hostile-pdfs.py draws it: 200,000 runs on 60 lines, 28 spots a line, each spot drawn over some 119 times. */
const overlapping = (n) => page(Array.from({ length: n }, (_, k) => run(`w${k % 1000}`, 20 + (k * 13) % 560, 12 + (k % 60) * 12, 9)));

const cases = [
  ['one line of 50,000 runs', () => oneLine(50_000)],
  ['one spaced line of 50,000 runs', () => oneSpacedLine(50_000)],
  ['100,000-line column', () => column(100_000)],
  ['200,000 overlapping runs', () => overlapping(200_000)],
  ['250,000 overlapping runs (over the limit)', () => overlapping(250_000)],
];

const only = process.argv.slice(2);
const anchorPage = newspaperPage();
function timeAnchor() {
  const ms = [];
  for (let i = 0; i < 7; i++) { const t0 = performance.now(); layoutPage(anchorPage); ms.push(performance.now() - t0); }
  return ms.sort((a, b) => a - b)[3];
}
layoutPage(anchorPage);
const rows = [];
for (const [name, make] of cases) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  const input = make();
  const anchor = timeAnchor();
  const t0 = performance.now();
  const laid = layoutPage(input);
  const ms = performance.now() - t0;
  rows.push({ case: name, runs: input.runs.length, 'lines out': laid.lines.length, truncated: laid.truncated ? 'yes' : '', ms: Math.round(ms), [`anchor ms (${anchorPage.runs.length} runs)`]: +anchor.toFixed(1), 'case / anchor': Math.round(ms / anchor) });
}
console.table(rows);
