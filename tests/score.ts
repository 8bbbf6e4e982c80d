/** Runs the shared yardstick (../shared/score/score.mjs) on a restructured page; never a fork of it. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { StoryPage } from '../src/core/types.js';

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
