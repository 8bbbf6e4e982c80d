import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectBar, scoreFolder, shared } from './score.js';

// The shared fixtures and the yardstick sit beside the repository (../shared); scored, never copied.
const fixtures = join(shared, 'fixtures');

const folders = existsSync(fixtures) ? readdirSync(fixtures).filter((f) => existsSync(join(fixtures, f, 'page.txt'))) : [];

describe.skipIf(!folders.length)('shared fixtures, scored by score.mjs', () => {
  for (const folder of folders) {
    it(`${folder}: loses and invents nothing, and reaches its bar`, () => {
      expectBar(scoreFolder(join(fixtures, folder)));
    });

    it(`${folder} as <br> lines without blank lines: loses and invents nothing`, () => {
      const s = scoreFolder(join(fixtures, folder), true);
      expect([s.lost, s.invented, s.cjkJoinErrors]).toEqual([0, 0, 0]);
    });
  }
});
