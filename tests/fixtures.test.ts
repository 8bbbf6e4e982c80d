import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restructure } from '../src/restructure/index.js';
import { score as scorePage, shared, type Score } from './score.js';

// The shared fixtures and the yardstick sit beside the repository (../shared); scored, never copied.
const fixtures = join(shared, 'fixtures');
type Scores = Required<Omit<Score, 'perStory' | 'lostHyphens'>>;

/** The acceptance bar: every fixture reaches it. */
const BAR = { storyF1: 1, titleExact: 1, bylineExact: 1, paraF1: 0.95 };

/** One <br> line each: every line opens a block, no blank lines (how a text layer shown as HTML may come). */
const asBrLines = (text: string) => ({ lines: text.split('\n').filter((t) => t.trim()).map((t) => ({ text: t, hints: { blockStart: true } })) });

function score(dir: string, asLines = false): Scores {
  const page = join(dir, 'page.txt');
  const text = readFileSync(page, 'utf8');
  return scorePage(restructure(asLines ? asBrLines(text) : text), join(dir, 'expected.json'), page) as Scores;
}

const folders = existsSync(fixtures) ? readdirSync(fixtures).filter((f) => existsSync(join(fixtures, f, 'page.txt'))) : [];

describe.skipIf(!folders.length)('shared fixtures, scored by score.mjs', () => {
  for (const folder of folders) {
    it(`${folder}: loses and invents nothing, and reaches its bar`, () => {
      const s = score(join(fixtures, folder));
      expect(s.lost).toBe(0);
      expect(s.invented).toBe(0);
      expect(s.cjkJoinErrors).toBe(0);
      expect(s.storyF1).toBeGreaterThanOrEqual(BAR.storyF1);
      expect(s.titleExact).toBeGreaterThanOrEqual(BAR.titleExact);
      expect(s.bylineExact).toBeGreaterThanOrEqual(BAR.bylineExact);
      expect(s.paraF1).toBeGreaterThanOrEqual(BAR.paraF1);
    });

    it(`${folder} as <br> lines without blank lines: loses and invents nothing`, () => {
      const s = score(join(fixtures, folder), true);
      expect(s.lost).toBe(0);
      expect(s.invented).toBe(0);
      expect(s.cjkJoinErrors).toBe(0);
      // without blank lines the Chinese district page still reaches the full bar; the others lose structure
      if (folder === 'epaper-zh-erqi') for (const [k, v] of Object.entries(BAR)) expect(s[k as keyof Scores]).toBeGreaterThanOrEqual(v);
    });
  }
});
