// Learns the weights of the layout stage's story decision (src/layout/membership.ts) from the gold pages, and says
// how well they hold on papers they were not learned from.
//
//   node scripts/learn-layout.mjs            # learn, print the tables, write src/layout/membership-weights.json
//   node scripts/learn-layout.mjs --dry-run  # learn and print, write nothing (--pages: a row per page too)
//   node scripts/learn-layout.mjs --check    # learn, and fail unless the weights written are those learned
//
// Pages: every page with a PDF and gold — the shared fixtures (../shared/fixtures) and the real pages
// (../shared/pages, gold in tests/real-pages). Each block of text on a page is labelled with the gold story whose
// text it holds (runs of three words or eight CJK characters, as ../shared/score/diagnose.mjs compares text), and
// each title with the gold story whose title it is. A choice is right where it leads to the block's own story (a
// title of it, a block of it), or, for "nothing", where the block belongs to no story, or to one none of the
// block's other choices leads to. The weights maximise the likelihood of the right choices (a softmax over each
// block's choices, every page weighing the same, an L2 penalty pulling towards the hand-set PRIOR of
// src/layout/evidence.ts), by gradient descent starting from that prior.
//
// What is learned from: the development papers only. The papers tests/real-pages/held-out.json marks as held out
// (nothing fitted to them by hand) are never trained on, so the weights written stay held out for them too.
// Leave one paper out: for each development paper the weights are learned again from the other development
// papers' pages only (its pages are filtered out by their paper before learning starts); each held-out paper is
// scored with the weights written, which never saw it. Its pages are laid out and scored by
// ../shared/score/score.mjs. The in-sample column scores every page with the weights written. (The learning's
// settings and the evidence itself were chosen while these tables were printed: the held-out figures lean
// optimistic by that much.)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = join(root, '..', 'shared');
const goldDir = join(root, 'tests', 'real-pages');
const weightsFile = join(root, 'src', 'layout', 'membership-weights.json');
const dryRun = process.argv.includes('--dry-run');

/** The learning's own settings: the L2 penalty per weight, the step size and the number of steps. */
const L2 = 0.02, STEP = 0.5, STEPS = 600;

const server = await createServer({ root, configFile: false, logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom', optimizeDeps: { noDiscovery: true } });
const core = await server.ssrLoadModule('/src/index.ts');
const layout = await server.ssrLoadModule('/src/layout/index.ts');
const { EVIDENCE, PRIOR } = await server.ssrLoadModule('/src/layout/evidence.ts');
const FEATURES = Object.keys(EVIDENCE);

const paperOf = (name) => name.replace(/-\d{4}-\d\d-\d\d.*$/, '').replace(/^epaper-|^stress-/, '');
const pages = [
  ...readdirSync(join(shared, 'fixtures')).map((f) => ({ name: f, dir: join(shared, 'fixtures', f), gold: join(shared, 'fixtures', f, 'expected.json') })),
  ...readdirSync(goldDir).filter((f) => existsSync(join(goldDir, f, 'expected.json'))).map((f) => ({ name: f, dir: join(shared, 'pages', f), gold: join(goldDir, f, 'expected.json') })),
].filter((p) => existsSync(join(p.dir, 'page.pdf'))).map((p) => ({ ...p, paper: paperOf(p.name) }));

// --- labels: which gold story a piece of text is from
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{N}]+/gu;
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;
const tokens = (text) => (text ?? '').normalize('NFKC').toLowerCase().match(TOKEN) ?? [];
function shingles(toks, n) {
  const out = new Set();
  for (let i = 0; i + n <= toks.length; i++) out.add(toks.slice(i, i + n).join('|'));
  return out;
}
const widthOf = (toks) => (toks.filter((t) => CJK.test(t)).length > toks.length / 2 ? 8 : 3);
const AMBIGUOUS = -1;
const squash = (text) => (text ?? '').normalize('NFKC').replace(/\s+/g, '');

function labeller(gold) {
  const stories = gold.stories.map((s) => {
    const toks = tokens([...(s.paragraphs ?? []), s.byline ?? '', s.dateline ?? ''].join('\n'));
    return { toks, title: squash([s.kicker, s.headline, s.subheadline].filter(Boolean).join('')), byN: new Map() };
  });
  const setOf = (s, n) => s.byN.get(n) ?? s.byN.set(n, shingles(s.toks, n)).get(n);
  return {
    text(text) {
      const toks = tokens(text);
      if (!toks.length) return null;
      const n = Math.min(widthOf(toks), toks.length);
      const mine = shingles(toks, n);
      let best = null, bestShare = 0, tied = false;
      stories.forEach((s, k) => {
        const set = setOf(s, n);
        let hit = 0;
        for (const r of mine) if (set.has(r)) hit++;
        const share = hit / mine.size;
        if (share > bestShare) { best = k; bestShare = share; tied = false; } else if (share > 0 && share === bestShare) tied = true;
      });
      // text printed in several stories alike (a byline repeated) says nothing of which one it is from
      if (tied) return AMBIGUOUS;
      return bestShare >= 0.5 ? best : null;
    },
    title(text) {
      const t = squash(text);
      if (!t) return null;
      const k = stories.findIndex((s) => s.title && (s.title.includes(t) || t.includes(s.title)));
      return k >= 0 ? k : null;
    },
  };
}

// --- examples: each block's choices, which of them are right
console.error(`reading ${pages.length} pages…`);
for (const p of pages) {
  const read = await core.readPositionedPdf(new Uint8Array(readFileSync(join(p.dir, 'page.pdf'))));
  if (!read.ok) throw new Error(`${p.name}: ${read.error}`);
  p.positioned = read.value.pages[0].positioned;
  const label = labeller(JSON.parse(readFileSync(p.gold, 'utf8')));
  const { nodes } = layout.membershipEvidence(p.positioned);
  const labels = nodes.map((n) => label.text(n.text));
  p.examples = [];
  nodes.forEach((node, i) => {
    const own = labels[i];
    if (own === AMBIGUOUS) return;
    const targetLabel = (c) => (c.kind === 'title' ? label.title(c.title) : c.kind === 'block' ? labels[c.block] : undefined);
    const heldElsewhere = own !== null && node.candidates.some((c) => c.kind !== 'none' && targetLabel(c) === own);
    const right = node.candidates.map((c) => (c.kind === 'none' ? own === null || !heldElsewhere : own !== null && targetLabel(c) === own));
    if (!right.some(Boolean) || right.every(Boolean)) return;
    p.examples.push({ x: node.candidates.map((c) => FEATURES.map((f) => c.evidence[f] ?? 0)), right });
  });
}

// --- learning: softmax over each block's choices, the right ones pooled; every page weighs the same
function learn(training) {
  const prior = Float64Array.from(FEATURES.map((f) => PRIOR[f] ?? 0));
  const w = Float64Array.from(prior);
  const m = new Float64Array(FEATURES.length), v = new Float64Array(FEATURES.length);
  for (let step = 1; step <= STEPS; step++) {
    const grad = new Float64Array(FEATURES.length);
    for (const p of training) {
      const share = 1 / (p.examples.length || 1) / training.length;
      for (const ex of p.examples) {
        const s = ex.x.map((f) => f.reduce((acc, fk, k) => acc + fk * w[k], 0));
        const top = Math.max(...s);
        const e = s.map((x) => Math.exp(x - top));
        const all = e.reduce((a, b) => a + b, 0), rightSum = e.reduce((a, x, j) => a + (ex.right[j] ? x : 0), 0);
        ex.x.forEach((f, j) => {
          const coef = e[j] / all - (ex.right[j] ? e[j] / rightSum : 0);
          for (let k = 0; k < f.length; k++) grad[k] += share * coef * f[k];
        });
      }
    }
    // Adam: steady steps whatever a feature's scale
    for (let k = 0; k < w.length; k++) {
      const g = grad[k] + L2 * (w[k] - prior[k]);
      m[k] = 0.9 * m[k] + 0.1 * g;
      v[k] = 0.999 * v[k] + 0.001 * g * g;
      w[k] -= (STEP / Math.sqrt(step)) * (m[k] / (1 - 0.9 ** step)) / (Math.sqrt(v[k] / (1 - 0.999 ** step)) + 1e-8);
    }
  }
  return Object.fromEntries(FEATURES.map((f, k) => [f, Math.round(w[k] * 1000) / 1000]));
}

// --- scoring with ../shared/score/score.mjs
const scratch = mkdtempSync(join(tmpdir(), 'broadsheet-learn-'));
const METRICS = ['storyF1', 'titleExact', 'bylineExact', 'paraF1'];
function scorePage(p, weights) {
  const out = core.restructure(layout.layoutPage(p.positioned, weights));
  const pred = join(scratch, 'pred.json');
  writeFileSync(pred, JSON.stringify(out));
  return JSON.parse(execFileSync(process.execPath, [join(shared, 'score/score.mjs'), '--gold', p.gold, '--pred', pred, '--input', join(p.dir, 'page.txt'), '--json'], { encoding: 'utf8' }));
}
const mean = (rows, k) => rows.reduce((s, r) => s + r[k], 0) / (rows.length || 1);
const fmt = (x) => x.toFixed(2);

const papers = [...new Set(pages.map((p) => p.paper))];
const heldOut = JSON.parse(readFileSync(join(goldDir, 'held-out.json'), 'utf8')).papers;
const development = pages.filter((p) => !heldOut[p.paper]);
const everything = learn(development);
const current = JSON.parse(readFileSync(weightsFile, 'utf8')).weights;
const rows = [];
for (const paper of papers) {
  const held = pages.filter((p) => p.paper === paper);
  const fold = heldOut[paper] ? everything : learn(development.filter((p) => p.paper !== paper));
  for (const p of held) rows.push({ paper, page: p.name, lopo: scorePage(p, fold), inSample: scorePage(p, everything), before: scorePage(p, current) });
}

console.log('### Story decision: weights learned leave one paper out (PDF path, score.mjs)\n');
console.log(`| paper | pages | ${METRICS.map((m) => `${m} held out / in-sample / committed before`).join(' | ')} |`);
console.log(`| --- | --- | ${METRICS.map(() => '---').join(' | ')} |`);
for (const paper of [...papers, 'all']) {
  const rs = paper === 'all' ? rows : rows.filter((r) => r.paper === paper);
  const cell = (m) => `${fmt(mean(rs.map((r) => r.lopo), m))} / ${fmt(mean(rs.map((r) => r.inSample), m))} / ${fmt(mean(rs.map((r) => r.before), m))}`;
  console.log(`| ${paper === 'all' ? '**all pages**' : paper} | ${rs.length} | ${METRICS.map(cell).join(' | ')} |`);
}
if (process.argv.includes('--pages')) {
  console.log(`\n| page | ${METRICS.join(' | ')} (held out / in-sample / before) |`);
  for (const r of rows) console.log(`| ${r.page} | ${METRICS.map((m) => `${fmt(r.lopo[m])} / ${fmt(r.inSample[m])} / ${fmt(r.before[m])}`).join(' | ')} |`);
}
console.log(`\n### Weights learned from the development papers (${[...new Set(development.map((p) => p.paper))].join(', ')})\n`);
for (const f of FEATURES) console.log(`- ${f}: ${everything[f]} — ${EVIDENCE[f]}`);

if (process.argv.includes('--check')) {
  const stale = FEATURES.filter((f) => current[f] !== everything[f]);
  if (stale.length) {
    console.error(`the weights in ${weightsFile} are not those the script learns now (${stale.join(', ')}): run node scripts/learn-layout.mjs`);
    process.exitCode = 1;
  }
} else if (!dryRun) {
  const summary = Object.fromEntries(METRICS.map((m) => [m, { heldOut: Number(fmt(mean(rows.map((r) => r.lopo), m))), inSample: Number(fmt(mean(rows.map((r) => r.inSample), m))) }]));
  writeFileSync(weightsFile, `${JSON.stringify({
    note: 'Learned by scripts/learn-layout.mjs from the gold pages; do not edit by hand. Meanings: EVIDENCE in src/layout/evidence.ts.',
    learnedFrom: development.map((p) => p.name),
    settings: { l2: L2, step: STEP, steps: STEPS },
    meanOverPages: summary,
    weights: everything,
  }, null, 2)}\n`);
  console.error(`wrote ${weightsFile}`);
}
await server.close();
