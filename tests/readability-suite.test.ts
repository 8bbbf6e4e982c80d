/**
 * Readability.js's own 130 test pages (../shared/benchmarks/readability-test-pages), read as the Node library
 * reads a page: the main text against what Readability extracts (token F1), and no page read as holding no
 * article where Readability finds one. The floor sits just below what was measured (0.960), so a regression fails;
 * `npm run bench -- extraction` prints the same numbers on every DOM.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '../src/index.js';
import { loadSuite, scoreSuite, SUITE_URL } from '../bench/readability-suite.mjs';

const suite = loadSuite((html) => parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`).document.body.textContent ?? '');

describe.skipIf(!suite)("Readability.js's test pages", () => {
  const pages = suite ?? [];
  const answers = pages.map(({ name, source }) => {
    const page = extract(source, { url: SUITE_URL });
    return { name, text: page.text, none: page.kind === 'none' };
  });
  const score = scoreSuite(pages, answers);

  it('all 130 are scored', () => {
    expect(score.scored).toBe(130);
  });

  it('reads the main text Readability reads (token F1)', () => {
    expect(score.f1).toBeGreaterThanOrEqual(0.955);
  });

  it('finds an article wherever Readability finds one', () => {
    expect(score.noArticle).toEqual([]);
  });
});
