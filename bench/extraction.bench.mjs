// Main-text extraction on the article-extraction benchmark (../shared/benchmarks/article-extraction):
// Broadsheet's extract and @mozilla/readability side by side, on the same parsed DOM, scored by the
// benchmark's own eval.mjs. Times are per page, extraction only (parsing is shown apart, per DOM).
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extract, decodeHtml } from 'broadsheet';
import { loadSuite, scoreSuite, SUITE_URL } from './readability-suite.mjs';
import { isDevelopment } from './extraction-split.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const benchmark = resolve(repo, '..', 'shared', 'benchmarks', 'article-extraction');
if (!existsSync(benchmark)) {
  console.log(`benchmark pages not found at ${benchmark}; skipped`);
  process.exit(0);
}
const { evaluate } = await import(pathToFileURL(join(benchmark, 'eval.mjs')).href);

const SETS = [
  { name: 'en', tokens: 'word', file: (id) => join(benchmark, 'en', 'html', `${id}.html.gz`) },
  { name: 'zh', tokens: 'cjkchar', file: (id) => join(benchmark, 'zh', 'html', `${id}.html`) },
];

const happyWindow = () => new Window({
  url: 'https://fake-url.com/',
  settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
});
const DOMS = {
  linkedom: (html) => parseHTML(html).document,
  'happy-dom': (html) => new (happyWindow().DOMParser)().parseFromString(html, 'text/html'),
  // A spec HTML5 parser (parse5), closest to the tree a browser builds; no scripts, no resources.
  // Its CSS-parse complaints are not the bench's output.
  jsdom: (html) => new JSDOM(html, { url: 'https://fake-url.com/', virtualConsole: new VirtualConsole() }).window.document,
};

function loadPages(set) {
  const truth = JSON.parse(readFileSync(join(benchmark, set.name, 'ground-truth.json'), 'utf8'));
  return Object.keys(truth).map((id) => {
    let bytes = readFileSync(set.file(id));
    if (set.file(id).endsWith('.gz')) bytes = gunzipSync(bytes);
    return { id, html: decodeHtml(new Uint8Array(bytes)) };
  }).map((p) => ({ ...p, truth }));
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];
};
const ms = (v) => Number(v.toFixed(2));

function run(set, pages, domName) {
  const parse = DOMS[domName];
  const mine = {}, theirs = {}, tMine = [], tTheirs = [], tParse = [];
  let parseFailures = 0;
  for (const { id, html } of pages) {
    let t = performance.now();
    let doc;
    try {
      doc = parse(html);
    } catch {
      // A DOM that cannot parse the page gives both extractors nothing (jsdom's CSS parser throws on a few).
      mine[id] = theirs[id] = { articleBody: '' };
      parseFailures++;
      continue;
    }
    tParse.push(performance.now() - t);
    t = performance.now();
    let text = '';
    try {
      text = extract(doc).text;
    } catch (error) {
      console.error(`broadsheet failed on ${set.name}/${id}: ${error.message}`);
    }
    tMine.push(performance.now() - t);
    mine[id] = { articleBody: text };
    // Readability rewrites the DOM it reads: it runs second.
    t = performance.now();
    let theirText = '';
    try {
      theirText = new Readability(doc).parse()?.textContent ?? '';
    } catch {
      // counted as an empty answer
    }
    tTheirs.push(performance.now() - t);
    theirs[id] = { articleBody: theirText };
  }
  const truth = pages[0].truth;
  const score = (pred) => evaluate(truth, pred, { mode: set.tokens, nBootstrap: 200 });
  const row = (who, m, times) => ({
    set: set.name, dom: domName, extractor: who, pages: pages.length,
    F1: Number(m.f1.toFixed(3)), precision: Number(m.precision.toFixed(3)), recall: Number(m.recall.toFixed(3)),
    'F1 ±': Number(m.f1_std.toFixed(3)), 'median ms': ms(quantile(times, 0.5)), 'p95 ms': ms(quantile(times, 0.95)),
    'parse median ms': ms(quantile(tParse, 0.5)), 'parse failures': parseFailures,
  });
  // The same answers on each half of the split (development pages / held-out pages), each as a whole.
  const halves = ['development', 'held out'].map((half) => {
    const keep = (id) => isDevelopment(set.name, id) === (half === 'development');
    const part = (o) => Object.fromEntries(Object.entries(o).filter(([id]) => keep(id)));
    const m = evaluate(part(truth), part(mine), { mode: set.tokens, nBootstrap: 200 });
    const r = evaluate(part(truth), part(theirs), { mode: set.tokens, nBootstrap: 200 });
    return {
      set: set.name, dom: domName, half, pages: Object.keys(part(truth)).length,
      'broadsheet F1': Number(m.f1.toFixed(3)), 'readability F1': Number(r.f1.toFixed(3)),
    };
  });
  return { rows: [row('broadsheet', score(mine), tMine), row('@mozilla/readability', score(theirs), tTheirs)], halves };
}

const only = process.env.EXTRACTION_DOMS ? process.env.EXTRACTION_DOMS.split(',') : Object.keys(DOMS);
const rows = [], halves = [];
for (const set of SETS) {
  const pages = loadPages(set);
  for (const domName of only) {
    const result = run(set, pages, domName);
    rows.push(...result.rows);
    halves.push(...result.halves);
  }
}
console.log('Main-text extraction: benchmark metric (eval.mjs), time per page (extraction only, same parsed DOM)');
console.table(rows);
console.log('The same F1 on development pages and on held-out pages (bench/extraction-split.mjs), each half as a whole');
console.table(halves);

/** Readability's own test pages: token F1 against its expected output, and the pages read as holding no article. */
function runSuite(pages, domName) {
  const parse = DOMS[domName];
  const mine = [], theirs = [], tMine = [], tTheirs = [];
  for (const { name, source } of pages) {
    let doc;
    try {
      doc = parse(source);
    } catch {
      continue; // scored as no answer from either
    }
    let t = performance.now();
    try {
      const page = extract(doc, { url: SUITE_URL });
      mine.push({ name, text: page.text, none: page.kind === 'none' });
    } catch (error) {
      console.error(`broadsheet failed on ${name}: ${error.message}`);
    }
    tMine.push(performance.now() - t);
    t = performance.now();
    try {
      const article = new Readability(doc).parse();
      theirs.push({ name, text: article?.textContent ?? '', none: !article });
    } catch {
      // counted as no article
    }
    tTheirs.push(performance.now() - t);
  }
  const row = (who, answers, times) => {
    const s = scoreSuite(pages, answers);
    return {
      dom: domName, extractor: who, pages: s.scored, 'token F1': Number(s.f1.toFixed(3)), 'no article': s.noArticle.length,
      'median ms': ms(quantile(times, 0.5)), 'p95 ms': ms(quantile(times, 0.95)), 'total ms': Math.round(times.reduce((a, b) => a + b, 0)),
    };
  };
  return [row('broadsheet', mine, tMine), row('@mozilla/readability', theirs, tTheirs)];
}

const suite = loadSuite((html) => DOMS.linkedom(`<!DOCTYPE html><html><body>${html}</body></html>`).body.textContent);
if (suite) {
  const suiteRows = [];
  for (const domName of only) suiteRows.push(...runSuite(suite, domName));
  console.log("Readability.js's test pages: token F1 against its expected output (pages where it has text), pages read as no article there, time per page");
  console.table(suiteRows);
}
