import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectBar, scoreFolder, shared } from './score.js';

// The shared fixtures and the yardstick sit beside the repository (../shared); scored, never copied.
const fixtures = join(shared, 'fixtures');

const folders = existsSync(fixtures) ? readdirSync(fixtures).filter((f) => existsSync(join(fixtures, f, 'page.txt'))) : [];

/**
 * As one <br> line each with no blank line, words alone tell stories and titles apart: these fixtures fall far short
 * of their bar that way (measured 2026-12-04: Keizertimes A10 0.44 / 0.20 / 0.80 / 0.72, People's Daily 01-16 p7
 * 0.33 / 0.25 / 0 / 0.68); floors sit below. A fixture not listed must reach the full bar that way too.
 */
const BR_FLOORS: Record<string, [number, number, number, number]> = {
  'epaper-en-keizertimes-2015-02-20-a10': [0.35, 0.1, 0.7, 0.6],
  'epaper-zh-rmrb-2018-01-16-p7': [0.25, 0.15, 0, 0.55],
};

describe.skipIf(!folders.length)('shared fixtures, scored by score.mjs', () => {
  for (const folder of folders) {
    it(`${folder}: loses and invents nothing, and reaches its bar`, () => {
      expectBar(scoreFolder(join(fixtures, folder)));
    });

    it(`${folder} as <br> lines without blank lines: loses and invents nothing, at its own floor`, () => {
      const s = scoreFolder(join(fixtures, folder), true);
      expect([s.lost, s.invented, s.cjkJoinErrors]).toEqual([0, 0, 0]);
      const [storyF1, titleExact, bylineExact, paraF1] = BR_FLOORS[folder] ?? [1, 1, 1, 0.95];
      expect(s.storyF1).toBeGreaterThanOrEqual(storyF1);
      expect(s.titleExact).toBeGreaterThanOrEqual(titleExact);
      expect(s.bylineExact).toBeGreaterThanOrEqual(bylineExact);
      expect(s.paraF1).toBeGreaterThanOrEqual(paraF1);
    });
  }
});
