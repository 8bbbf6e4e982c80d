import { describe, expect, it, vi } from 'vitest';
import { decodeLayoutAnswer, type LayoutAnswer } from '../messages.js';
import { layOutPrinted } from '../read-printed.js';
import { layoutPage } from './index.js';
import type { TextRun } from './model.js';

// limits small enough to reach with a few runs; the layout reads them from the one table
vi.mock('./parameters.js', async (original) => {
  const actual = await original<typeof import('./parameters.js')>();
  return { ...actual, LIMITS: { ...actual.LIMITS, runsPerPage: 3, charsPerPage: 12 } };
});

const run = (text: string, baseline: number): TextRun => ({ text, x: 72, y: baseline - 10, width: text.length * 5, height: 10, fontSize: 10, font: '', bold: false, dir: 'ltr' });
const read = (runs: TextRun[]) => layoutPage({ width: 612, height: 792, runs });

describe('layoutPage: limits per page', () => {
  it('reads the first runs up to the run limit, and says what the page draws and what was read', () => {
    const out = read([run('one', 100), run('two', 120), run('three', 140), run('four', 160)]);
    expect(out.lines.map((l) => l.text).filter(Boolean)).toEqual(['one', 'two', 'three']);
    expect(out.truncated).toEqual({ runs: 4, chars: 15, readRuns: 3, readChars: 11 });
  });

  it('reads the run that crosses the character limit up to it, a surrogate pair kept whole', () => {
    const out = read([run('abcdefghij', 100), run('x𠀀yz', 120)]);
    // 10 characters, then 'x' (the pair would be cut in two at 12): nothing after
    expect(out.lines.map((l) => l.text).filter(Boolean)).toEqual(['abcdefghij', 'x']);
    expect(out.truncated).toEqual({ runs: 2, chars: 15, readRuns: 2, readChars: 11 });
  });

  it('reads a page within the limits whole, and says nothing', () => {
    const out = read([run('one', 100), run('two', 120), run('three', 140)]);
    expect(out.lines.map((l) => l.text).filter(Boolean)).toEqual(['one', 'two', 'three']);
    expect(out.truncated).toBeUndefined();
  });
});

describe('a page over the limits, through the layout worker', () => {
  it('says the cut in the worker’s answer, which survives the structured clone and the decoding', () => {
    const positioned = (runs: TextRun[]) => ({ width: 612, height: 792, runs });
    const pages = layOutPrinted([
      { page: 1, positioned: positioned([run('one', 100), run('two', 120)]) },
      { page: 2, positioned: positioned([run('one', 100), run('two', 120), run('three', 140), run('four', 160)]) },
    ]);
    const answer: LayoutAnswer = structuredClone({ ok: true, value: pages });
    const decoded = decodeLayoutAnswer(answer);
    expect(decoded.ok && decoded.value.map((p) => [p.page, p.truncated])).toEqual([[1, undefined], [2, { runs: 4, chars: 15, readRuns: 3, readChars: 11 }]]);
    expect(decoded.ok && 'truncated' in decoded.value[0]!).toBe(false);
  });
});
