import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { restructure } from '../src/restructure/index.js';

// The shared fixtures and the yardstick sit beside the repository (../shared); scored, never copied.
const shared = fileURLToPath(new URL('../../shared', import.meta.url));
const fixtures = join(shared, 'fixtures');
const scorer = join(shared, 'score', 'score.mjs');

interface Scores {
  storyF1: number; titleExact: number; bylineExact: number; paraF1: number; cjkJoinErrors: number; lost: number; invented: number;
}

/** The acceptance bar: every fixture reaches it. */
const BAR = { storyF1: 1, titleExact: 1, bylineExact: 1, paraF1: 0.95 };

/** One <br> line each: every line opens a block, no blank lines (how a text layer shown as HTML may come). */
const asBrLines = (text: string) => ({ lines: text.split('\n').filter((t) => t.trim()).map((t) => ({ text: t, hints: { blockStart: true } })) });

function score(dir: string, asLines = false): Scores {
  const out = join(mkdtempSync(join(tmpdir(), 'broadsheet-')), 'pred.json');
  const page = join(dir, 'page.txt');
  const text = readFileSync(page, 'utf8');
  writeFileSync(out, JSON.stringify(restructure(asLines ? asBrLines(text) : text)));
  const json = execFileSync(process.execPath, [scorer, '--gold', join(dir, 'expected.json'), '--pred', out, '--input', page, '--json'], { encoding: 'utf8' });
  return JSON.parse(json) as Scores;
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
