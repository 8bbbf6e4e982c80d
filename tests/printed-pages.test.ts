/**
 * Printed pages of other papers than the shared fixtures', as their text layer comes out of the page's PDF:
 * each folder under tests/pages with a page.txt holds the text and a hand-made gold (expected.json, the shape of
 * ../shared/schema/stories.schema.json). Written for this repository with invented content, to probe the trade
 * patterns the fixtures do not show. Scored by the shared yardstick, with the input for conservation.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAR, expectBar, scoreFolder } from './score.js';

const pages = resolve(import.meta.dirname, 'pages');
const folders = readdirSync(pages).filter((f) => existsSync(join(pages, f, 'page.txt')));

/**
 * Pages that do not reach the full bar, with the bar they honestly reach and why. The gold stays as printed;
 * an entry here is a known limit, reported, not a target.
 */
const KNOWN_SHORT: Record<string, { bar: Partial<typeof BAR>; reason: string }> = {
  'epaper-en-ap-wire': {
    bar: { paraF1: 0.92 },
    reason: 'a paragraph ends on a line that runs full to the measure and the next one opens mid-column; the text layer lost the indent, so nothing but the sense shows the break',
  },
  'epaper-en-ledger-column': {
    bar: { paraF1: 0.8 },
    reason: 'the same: two paragraphs (one the writer’s bio line, set in italics in print) follow lines that run full, their indent lost',
  },
};

/**
 * The same pages as one <br> line each with no blank line (how some e-paper sites show a text layer): what is left
 * to tell stories and titles apart is words alone, and the scores are far below the text's. Floors: storyF1,
 * titleExact, bylineExact, paraF1, each below the score measured on 2026-12-04 (about 0.1 less).
 */
const BR_FLOORS: Record<string, [number, number, number, number]> = {
  'epaper-en-ap-wire': [0.7, 0.4, 0.9, 0.8],
  'epaper-en-briefs-column': [0.7, 0.5, 0.9, 0.9],
  'epaper-en-courier-front': [0.45, 0.25, 0.9, 0.9],
  'epaper-en-ledger-column': [0.9, 0.4, 0.4, 0.7],
  'epaper-en-letters': [0.55, 0, 0, 0.55],
  'epaper-en-local-jumps': [0.75, 0.55, 0.9, 0.85],
  'epaper-mixed-zh-en-bayarea': [0.45, 0.55, 0.55, 0.8],
  'epaper-zh-crossheads-farm': [0.9, 0.9, 0.9, 0.9],
  'epaper-zh-feature-shortnews': [0.15, 0, 0.4, 0.9],
  'epaper-zh-jianxun': [0.9, 0.7, 0.9, 0.75],
  'epaper-zh-jumps-commentary': [0.3, 0.25, 0.25, 0.4],
  'epaper-zh-spaced-citypage': [0.9, 0.4, 0.4, 0.9],
  'epaper-zh-xinhua-yaowen': [0.25, 0, 0.25, 0.4],
};

describe('printed pages of other papers (text layers), scored by score.mjs', () => {
  it('there are printed pages in both languages', () => {
    const languages = new Set(folders.map((f) => JSON.parse(readFileSync(join(pages, f, 'expected.json'), 'utf8')).language));
    expect([...languages].sort()).toEqual(['en', 'zh']);
  });

  for (const folder of folders) {
    it(`${folder}: loses and invents nothing, and reaches its bar`, () => {
      expectBar(scoreFolder(join(pages, folder)), { ...BAR, ...KNOWN_SHORT[folder]?.bar });
    });

    it(`${folder} as <br> lines without blank lines: loses and invents nothing, at its own floor`, () => {
      const s = scoreFolder(join(pages, folder), true);
      expect([s.lost, s.invented, s.cjkJoinErrors]).toEqual([0, 0, 0]);
      const floor = BR_FLOORS[folder];
      expect(floor, `${folder} has a <br>-lines floor`).toBeDefined();
      expect(s.storyF1).toBeGreaterThanOrEqual(floor![0]);
      expect(s.titleExact).toBeGreaterThanOrEqual(floor![1]);
      expect(s.bylineExact).toBeGreaterThanOrEqual(floor![2]);
      expect(s.paraF1).toBeGreaterThanOrEqual(floor![3]);
    });
  }
});
