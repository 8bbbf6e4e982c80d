/**
 * Real printed pages, read two ways and scored by the shared yardstick against gold written from the rendered
 * page (tests/real-pages/NAME: expected.json + README.md; the page itself stays in ../shared): the text path
 * (page.txt, what pdftotext gives) and the PDF path (page.pdf → pdf.js → the layout stage → the restructurer).
 * Floors sit below the scores measured when they were set (see FLOORS): a drop fails, a page short of the
 * acceptance bar is reported as such here, never excused by moving its gold.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryPage } from '../src/core/types.js';
import { readPdf, readPositionedPdf } from '../src/extract/read-pdf.node.js';
import { layoutPage } from '../src/layout/index.js';
import { conserves, restructure } from '../src/restructure/index.js';
import { score, shared, type Score } from './score.js';

type Floor = { storyF1: number; titleExact: number; bylineExact: number; paraF1: number };
const at = (storyF1: number, titleExact: number, bylineExact: number, paraF1: number): Floor => ({ storyF1, titleExact, bylineExact, paraF1 });

/**
 * Per page and path, the floor: the scores measured on 2026-12-04 (text path of A3 and la Repubblica: 2026-12-05,
 * after column pieces were reassembled and other papers' jumps read; Wallowa A2, A4, A5 and rmrb 01-05, 01-12, their gold
 * written: 2026-12-07), less about 0.1; the PDF path's as measured on 2026-12-07 once the story decision was learned
 * (src/layout/membership.ts, scripts/learn-layout.mjs), raised for Wallowa A4, A5, la Repubblica and the NYT after the
 * column sigs, standing heads and boxes of lines (2026-12-07, fourth session), and for Wallowa A2 and Keizertimes A2 after
 * labels under headlines, centred lines and stacked items (fifth session), and for rmrb 01-17 after a byline set far
 * under a large headline was read first (sixth session). From their PDFs both fixtures
 * meet the issue's bar (measured 1 / 1 / 1 / 1, no CJK join error, nothing lost or invented against page.txt).
 */
const FLOORS: Record<string, { text: Floor; pdf?: Floor }> = {
  'fixtures/epaper-en-keizertimes-2015-02-20-a10': { text: at(1, 1, 1, 0.95), pdf: at(0.9, 0.9, 0.9, 0.9) },
  'fixtures/epaper-zh-rmrb-2018-01-16-p7': { text: at(1, 1, 1, 0.95), pdf: at(0.9, 0.9, 0.9, 0.9) },
  'epaper-en-greatfalls-tribune-1921-03-01-p2': { text: at(0, 0, 0.5, 0.05), pdf: at(0.15, 0.05, 0.35, 0.25) },
  'epaper-en-keizertimes-2015-02-20-a2': { text: at(0.3, 0.3, 0.9, 0.45), pdf: at(0.5, 0.75, 0.9, 0.7) },
  'epaper-en-keizertimes-2015-02-20-a3': { text: at(0.4, 0.4, 0.4, 0.8), pdf: at(0.55, 0.9, 0.9, 0.9) },
  'epaper-en-nyt-2020-11-11-a1': { text: at(0.4, 0, 0.7, 0.65), pdf: at(0.8, 0.65, 0.75, 0.9) },
  'epaper-it-repubblica-2024-10-21-p1': { text: at(0.25, 0, 0.4, 0.4), pdf: at(0.8, 0.55, 0.7, 0.9) },
  'epaper-en-wallowa-chieftain-2022-08-03-a2': { text: at(0.25, 0, 0.7, 0.45), pdf: at(0.8, 0.4, 0.9, 0.6) },
  'epaper-en-wallowa-chieftain-2022-08-03-a4': { text: at(0.1, 0, 0.2, 0.75), pdf: at(0.75, 0.55, 0.9, 0.9) },
  'epaper-en-wallowa-chieftain-2022-08-03-a5': { text: at(0.75, 0.15, 0, 0.8), pdf: at(0.9, 0.9, 0.9, 0.75) },
  'epaper-zh-rmrb-2018-01-05-p7': { text: at(0, 0, 0, 0.25), pdf: at(0.45, 0.9, 0.9, 0.8) },
  'epaper-zh-rmrb-2018-01-12-p7': { text: at(0.5, 0.15, 0.4, 0.75), pdf: at(0.9, 0.9, 0.9, 0.9) },
  'epaper-zh-rmrb-2018-01-03-p7': { text: at(0.2, 0, 0.5, 0.3), pdf: at(0.9, 0.9, 0.9, 0.9) },
  'epaper-zh-rmrb-2018-01-17-p7': { text: at(0, 0.15, 0, 0.4), pdf: at(0.9, 0.9, 0.9, 0.9) },
};

const gold = resolve(import.meta.dirname, 'real-pages');
/** Each page's PDF-path scores as drawn and with its runs drawn backwards. */
const backwards: Array<[Score, Score]> = [];
const pages = Object.keys(FLOORS).map((key) => {
  const fixture = key.startsWith('fixtures/');
  const dir = fixture ? join(shared, key) : join(shared, 'pages', key);
  return { key, dir, gold: fixture ? join(dir, 'expected.json') : join(gold, key, 'expected.json') };
});

function expectFloor(s: Score, floor: Floor): void {
  expect(s.storyF1).toBeGreaterThanOrEqual(floor.storyF1);
  expect(s.titleExact).toBeGreaterThanOrEqual(floor.titleExact);
  expect(s.bylineExact).toBeGreaterThanOrEqual(floor.bylineExact);
  expect(s.paraF1).toBeGreaterThanOrEqual(floor.paraF1);
  expect(s.cjkJoinErrors).toBe(0);
}

describe.skipIf(!existsSync(join(shared, 'pages')))('real printed pages: text path and PDF path, scored by score.mjs', () => {
  it('every real page of ../shared/pages but the stress page has gold here, and every gold a README', () => {
    const real = readdirSync(join(shared, 'pages')).filter((f) => !f.startsWith('stress-') && existsSync(join(shared, 'pages', f, 'page.pdf')));
    expect(real.sort()).toEqual(pages.filter((p) => !p.key.startsWith('fixtures/')).map((p) => p.key).sort());
    for (const f of real) expect(existsSync(join(gold, f, 'README.md')), f).toBe(true);
  });

  for (const page of pages) {
    const floor = FLOORS[page.key]!;
    const input = join(page.dir, 'page.txt');

    it(`${page.key}, text path: nothing lost or invented, at its floor, not the fallback`, () => {
      const out = restructure(readFileSync(input, 'utf8'));
      expect(out.stories.length).toBeGreaterThan(0);
      const s = score(out, page.gold, input);
      expect([s.lost, s.invented]).toEqual([0, 0]);
      expectFloor(s, floor.text);
    });

    if (floor.pdf) {
      describe(`${page.key}, PDF path`, () => {
        let out: StoryPage;
        beforeAll(async () => {
          const read = await readPdf(new Uint8Array(readFileSync(join(page.dir, 'page.pdf'))));
          if (!read.ok) throw new Error(read.error.message);
          expect(read.value.pages).toHaveLength(1);
          out = restructure(read.value.pages[0]!);
        }, 30_000);

        it('at its floor, not the fallback', () => {
          expect(out.stories.length).toBeGreaterThan(0);
          expectFloor(score(out, page.gold, input), floor.pdf!);
        });

        // another producer may draw the same page's text in an order of its own: the layout reads geometry
        it('scored again with its text drawn backwards (compared over all pages below)', async () => {
          const read = await readPositionedPdf(new Uint8Array(readFileSync(join(page.dir, 'page.pdf'))));
          if (!read.ok) throw new Error(read.error.message);
          const positioned = read.value.pages[0]!.positioned;
          backwards.push([score(out, page.gold, input), score(restructure(layoutPage({ ...positioned, runs: [...positioned.runs].reverse() })), page.gold, input)]);
        }, 30_000);

        // the jump lines of this page are set in small type under the last column of the story they end
        if (page.key === 'fixtures/epaper-en-keizertimes-2015-02-20-a10') {
          it('says where each story that jumps goes on, the jump lines unassigned', () => {
            const jumping = out.stories.filter((s) => s.continuesOn).map((s) => [s.headline, s.continuesOn]);
            expect(jumping).toEqual([['Celtics to top ranks in two weight classes at district meet', 'A11'], ['Exceeding Expectations', 'A11']]);
            expect(out.unassigned).toEqual(expect.arrayContaining(['Please see SEEDS, Page A11', 'Please see PETERSON, Page A11']));
          });
        }
      });
    }
  }

  it('reads the pages drawn backwards about as well as drawn in order (each score\'s mean within 0.05)', () => {
    expect(backwards).toHaveLength(pages.filter((p) => FLOORS[p.key]!.pdf).length);
    const mean = (k: number, metric: keyof Floor) => backwards.reduce((sum, pair) => sum + pair[k]![metric], 0) / backwards.length;
    for (const metric of ['storyF1', 'titleExact', 'bylineExact', 'paraF1'] as const) expect(mean(1, metric), metric).toBeGreaterThanOrEqual(mean(0, metric) - 0.05);
  });

  describe('the stress page (very poor OCR): no gold; nothing lost, no crash', () => {
    const dir = join(shared, 'pages', 'stress-en-stcharles-herald-1921-p1');

    it('text path: every character in a story or unassigned', () => {
      const text = readFileSync(join(dir, 'page.txt'), 'utf8');
      const out = restructure(text);
      expect(out.stories.length).toBeGreaterThan(0);
      expect(conserves([text], out)).toBe(true);
    });

    it('PDF path: read and laid out, every character of the laid-out lines in a story or unassigned', async () => {
      const read = await readPdf(new Uint8Array(readFileSync(join(dir, 'page.pdf'))));
      if (!read.ok) throw new Error(read.error.message);
      const page = read.value.pages[0]!;
      const out = restructure(page);
      expect(out.stories.length).toBeGreaterThan(0);
      expect(conserves(page.lines.map((l) => l.text), out)).toBe(true);
    }, 30_000);
  });
});
