#!/usr/bin/env node
// Per-page main-text scores on the article-extraction benchmark's development pages only (held-out pages are
// measured as a whole by extraction.bench.mjs, never page by page). Reads the Node build in lib/.
//   node bench/extraction-pages.mjs [en|zh] [--below 0.9]      pages with their F1, worst first
//   node bench/extraction-pages.mjs zh ID                       that page's output and its ground truth
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { extract, decodeHtml } from 'broadsheet';
import { isDevelopment } from './extraction-split.mjs';

const benchmark = resolve(import.meta.dirname, '..', '..', 'shared', 'benchmarks', 'article-extraction');
const { shingleMatching } = await import(pathToFileURL(join(benchmark, 'eval.mjs')).href);
const [set = 'zh', ...rest] = process.argv.slice(2);
const below = rest.includes('--below') ? Number(rest[rest.indexOf('--below') + 1]) : 1;
const one = rest.find((a) => !a.startsWith('--') && Number.isNaN(Number(a)));
const truth = JSON.parse(readFileSync(join(benchmark, set, 'ground-truth.json'), 'utf8'));
const mode = set === 'zh' ? 'cjkchar' : 'word';

function read(id) {
  let bytes = readFileSync(join(benchmark, set, 'html', set === 'zh' ? `${id}.html` : `${id}.html.gz`));
  if (set === 'en') bytes = gunzipSync(bytes);
  return extract(parseHTML(decodeHtml(new Uint8Array(bytes))).document).text;
}

if (one) {
  if (!isDevelopment(set, one)) throw new Error(`${set}/${one} is held out: its output is not shown`);
  console.log(`--- output\n${read(one)}\n--- ground truth\n${truth[one].articleBody}`);
} else {
  const rows = [];
  for (const id of Object.keys(truth).filter((i) => isDevelopment(set, i))) {
    const [tp, fp, fn] = shingleMatching(truth[id].articleBody, read(id), { mode });
    const p = tp + fp > 0 ? tp / (tp + fp) : 0, r = tp + fn > 0 ? tp / (tp + fn) : 0;
    const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
    if (f1 < below) rows.push({ id, f1: +f1.toFixed(3), precision: +p.toFixed(3), recall: +r.toFixed(3) });
  }
  rows.sort((a, b) => a.f1 - b.f1);
  console.table(rows);
}
