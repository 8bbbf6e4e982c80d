/** Runs the shared yardstick (../shared/score/score.mjs) on a restructured page; never a fork of it. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { StoryPage } from '../src/core/types.js';
import { restructure } from '../src/restructure/index.js';

export const shared = resolve(import.meta.dirname, '../../shared');

export interface Score {
  storyF1: number;
  titleExact: number;
  bylineExact: number;
  paraF1: number;
  cjkJoinErrors: number;
  lost?: number;
  invented?: number;
  lostHyphens?: number;
  perStory: unknown[];
}

const scratch = mkdtempSync(join(tmpdir(), 'broadsheet-score-'));
let runs = 0;

export function score(page: StoryPage, goldPath: string, inputPath?: string): Score {
  const pred = join(scratch, `pred-${runs++}.json`);
  writeFileSync(pred, JSON.stringify(page));
  const args = [join(shared, 'score/score.mjs'), '--gold', goldPath, '--pred', pred, '--json', ...(inputPath ? ['--input', inputPath] : [])];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' }));
}

/** The acceptance bar of issue 3, as one object to compare against. */
export const acceptance = (s: Score) => ({
  storyF1: s.storyF1,
  titleExact: s.titleExact,
  bylineExact: s.bylineExact,
  paraF1AtLeast95: s.paraF1 >= 0.95,
  cjkJoinErrors: s.cjkJoinErrors,
  ...(s.lost === undefined ? {} : { lost: s.lost, invented: s.invented }),
});
export const perfect = { storyF1: 1, titleExact: 1, bylineExact: 1, paraF1AtLeast95: true, cjkJoinErrors: 0 };

/** The restructuring bar of issue 3 for a printed page (the shared fixtures and our own printed pages). */
export const BAR = { storyF1: 1, titleExact: 1, bylineExact: 1, paraF1: 0.95 };

/** One <br> line each: every line opens a block, no blank lines (how a text layer shown as HTML may come). */
const asBrLines = (text: string) => ({ lines: text.split('\n').filter((t) => t.trim()).map((t) => ({ text: t, hints: { blockStart: true } })) });

/** Restructures a page folder's page.txt (as text, or as <br> lines) and scores it against its expected.json. */
export function scoreFolder(dir: string, asLines = false): Score {
  const input = join(dir, 'page.txt');
  const text = readFileSync(input, 'utf8');
  return score(restructure(asLines ? asBrLines(text) : text), join(dir, 'expected.json'), input);
}

/** Nothing lost or invented, no CJK joined with a space, and the bar reached. */
export function expectBar(s: Score, bar: typeof BAR = BAR): void {
  expect([s.lost, s.invented, s.cjkJoinErrors]).toEqual([0, 0, 0]);
  expect(s.storyF1).toBeGreaterThanOrEqual(bar.storyF1);
  expect(s.titleExact).toBeGreaterThanOrEqual(bar.titleExact);
  expect(s.bylineExact).toBeGreaterThanOrEqual(bar.bylineExact);
  expect(s.paraF1).toBeGreaterThanOrEqual(bar.paraF1);
}
