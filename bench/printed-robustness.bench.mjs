// How the PDF path holds on the development pages when another producer's PDF would differ from theirs (Node
// build): the same page's text drawn in another order, without rules, boxes or pictures, with font names that say
// no weight, its type sizes a little uneven (as a scan's text layer gives them), its authors' names set larger.
// Each row is the mean over the development pages (held-out papers are never read here) of
// ../shared/score/score.mjs's four scores, beside the pages as drawn. A row far under "as drawn" is a dependence on
// one producer's habits, not on the page's layout.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { layoutPage, readPositionedPdf, restructure } from 'broadsheet';

const shared = fileURLToPath(new URL('../../shared', import.meta.url));
const gold = fileURLToPath(new URL('../tests/real-pages', import.meta.url));
const held = JSON.parse(readFileSync(join(gold, 'held-out.json'), 'utf8'));
const paperOf = (name) => name.replace(/-\d{4}-\d\d-\d\d.*$/, '').replace(/^epaper-|^stress-/, '');
const pages = [
  ...readdirSync(join(shared, 'fixtures')).map((f) => ({ name: f, dir: join(shared, 'fixtures', f), gold: join(shared, 'fixtures', f, 'expected.json') })),
  ...readdirSync(gold).filter((f) => existsSync(join(gold, f, 'expected.json'))).map((f) => ({ name: f, dir: join(shared, 'pages', f), gold: join(gold, f, 'expected.json') })),
].filter((p) => existsSync(join(p.dir, 'page.pdf')) && !held.papers[paperOf(p.name)]);
const scratch = mkdtempSync(join(tmpdir(), 'broadsheet-robust-'));
const METRICS = ['storyF1', 'titleExact', 'bylineExact', 'paraF1'];

/** A fixed sequence of numbers in [0, 1), so that every run of the bench perturbs alike. */
function seeded(seed) {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}
const byFont = (a, b) => (a.font < b.font ? -1 : a.font > b.font ? 1 : 0);
const VARIANTS = {
  'as drawn': (p) => p,
  'drawn backwards': (p) => ({ ...p, runs: [...p.runs].reverse() }),
  'drawn font by font': (p) => ({ ...p, runs: [...p.runs].sort(byFont) }),
  'drawn in random order': (p) => {
    const rnd = seeded(11), runs = [...p.runs];
    for (let i = runs.length - 1; i > 0; i--) { const k = Math.floor(rnd() * (i + 1)); [runs[i], runs[k]] = [runs[k], runs[i]]; }
    return { ...p, runs };
  },
  'no rules, boxes or pictures': (p) => ({ ...p, rules: [], boxes: [], images: [] }),
  'font names without weight': (p) => {
    const ids = new Map();
    return { ...p, runs: p.runs.map((r) => ({ ...r, bold: false, font: ids.get(r.font) ?? ids.set(r.font, `F${ids.size + 1}`).get(r.font) })) };
  },
  'type sizes uneven (±4 %)': (p) => {
    const rnd = seeded(7);
    return { ...p, runs: p.runs.map((r) => { const f = 1 + 0.08 * (rnd() - 0.5); return { ...r, fontSize: r.fontSize * f, height: r.height * f, y: r.y + 0.05 * r.fontSize * (rnd() - 0.5) }; }) };
  },
  'Chinese author names set 1.3 times larger': (p) => ({ ...p, runs: p.runs.map((r) => (/^\p{Script=Han}{2,4}$/u.test(r.text.trim()) && r.fontSize < 12 ? { ...r, fontSize: 1.3 * r.fontSize, height: 1.3 * r.height, y: r.y - 0.3 * r.height } : r)) }),
  'all three of a scan: no drawings, no weight, sizes uneven': (p) => VARIANTS['type sizes uneven (±4 %)'](VARIANTS['font names without weight'](VARIANTS['no rules, boxes or pictures'](p))),
};

const read = [];
for (const p of pages) {
  const pdf = await readPositionedPdf(new Uint8Array(readFileSync(join(p.dir, 'page.pdf'))));
  if (pdf.ok) read.push({ ...p, positioned: pdf.value.pages[0].positioned });
}
console.log(`Development pages: ${read.length} (${[...new Set(read.map((p) => paperOf(p.name)))].join(', ')})\n`);
console.log(`| variant | ${METRICS.join(' | ')} |`);
console.log(`| --- | ${METRICS.map(() => '---').join(' | ')} |`);
for (const [variant, change] of Object.entries(VARIANTS)) {
  const sums = METRICS.map(() => 0);
  for (const p of read) {
    const pred = join(scratch, 'pred.json');
    writeFileSync(pred, JSON.stringify(restructure(layoutPage(change(p.positioned)))));
    const s = JSON.parse(execFileSync(process.execPath, [join(shared, 'score/score.mjs'), '--gold', p.gold, '--pred', pred, '--input', join(p.dir, 'page.txt'), '--json'], { encoding: 'utf8' }));
    METRICS.forEach((m, i) => { sums[i] += s[m]; });
  }
  console.log(`| ${variant} | ${sums.map((v) => (v / read.length).toFixed(3)).join(' | ')} |`);
}
