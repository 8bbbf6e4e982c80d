// Readability.js's own test pages (../shared/benchmarks/readability-test-pages) as a detection suite: each
// page's main text against what Readability extracts from it (expected.html). Shared by the extraction bench
// (a row beside the benchmark's) and by tests/readability-suite.test.ts (a floor), so both count the same way.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SUITE_DIR = resolve(import.meta.dirname, '..', '..', 'shared', 'benchmarks', 'readability-test-pages');
/** The address the expected output assumes. */
export const SUITE_URL = 'http://fakehost/test/page.html';

/** Words of letters and digits, lower-cased; every Han or kana character a word of its own (no spaces in Chinese or Japanese). */
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}]+/gu;

export function tokens(text) {
  return text.toLowerCase().match(TOKEN) ?? [];
}

/** F1 of two bags of words (each token counted as often as it occurs). */
export function tokenF1(predicted, expected) {
  const want = new Map();
  for (const t of expected) want.set(t, (want.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of predicted) {
    const left = want.get(t) ?? 0;
    if (left > 0) {
      common++;
      want.set(t, left - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / predicted.length;
  const recall = common / expected.length;
  return (2 * precision * recall) / (precision + recall);
}

/** The suite's pages: name, source HTML and the text of Readability's expected output. */
export function loadSuite(parseText) {
  if (!existsSync(SUITE_DIR)) return null;
  return readdirSync(SUITE_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(SUITE_DIR, d.name, 'expected.html')))
    .map((d) => d.name)
    .sort()
    .map((name) => ({
      name,
      source: readFileSync(join(SUITE_DIR, name, 'source.html'), 'utf8'),
      expected: tokens(parseText(readFileSync(join(SUITE_DIR, name, 'expected.html'), 'utf8'))),
    }));
}

/**
 * Scores one extractor's answers (`{ name, text, none }` per page, `none` when it read the page as holding no
 * article): mean token F1 over the pages whose expected output has text, and the pages read as no article there.
 */
export function scoreSuite(pages, answers) {
  const byName = new Map(answers.map((a) => [a.name, a]));
  let sum = 0;
  let scored = 0;
  const noArticle = [];
  const perPage = [];
  for (const page of pages) {
    if (page.expected.length === 0) continue;
    const answer = byName.get(page.name);
    const f1 = answer ? tokenF1(tokens(answer.text), page.expected) : 0;
    if (!answer || answer.none) noArticle.push(page.name);
    perPage.push({ name: page.name, f1 });
    sum += f1;
    scored++;
  }
  return { f1: scored ? sum / scored : 0, scored, noArticle, perPage };
}
