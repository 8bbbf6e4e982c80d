import { describe, expect, it } from 'vitest';
import { toLines } from './lines.js';
import { measuresOf } from './measure.js';

const measures = (text: string) => {
  const body = toLines(text).lines.map((line) => ({ line, text: line.text }));
  return measuresOf(body, body.map((b) => b.line.width));
};

describe('measuresOf', () => {
  it('takes a full line as the median of the lines cut mid-sentence, not the widest line', () => {
    const m = measures('一二三四五六七八九十一二三四五六\n一二三四五六七八九十一二三四五六七八\n一二三四五六七八九十一二三四五六\n一二三四五六七八九十一二三四五六\n一二三四。');
    expect(m.full[2]).toBe(16);
    expect(m.widest[2]).toBe(18);
  });

  it('finds a narrowed measure where several lines in a row run beside a box (CJK)', () => {
    const wide = '一二三四五六七八九十一二三四五六';
    const text = [wide, wide, wide, '一二三四五六七', '一二三四。', '一二三四五六七', '一二三四五六七', wide, wide, wide].join('\n');
    const m = measures(text);
    expect(m.full[4]).toBe(7);
    expect(m.full[8]).toBe(16);
  });

  it('finds a narrowed measure in Latin text, and none for a single short line', () => {
    const wide = 'the players of the wrestling team will';
    const text = [wide, wide, wide, 'have two seeds', 'into the', 'district meet', 'on Friday at', wide, wide, wide].join('\n');
    expect(measures(text).full[4]).toBeLessThan(8);
    const single = [wide, wide, wide, 'into the', wide, wide, wide].join('\n');
    expect(measures(single).full[3]).toBeGreaterThan(15);
  });
});
