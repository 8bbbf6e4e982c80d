import { describe, expect, it } from 'vitest';
import { toLines } from './lines.js';
import { measuresOf, paragraphIndent } from './measure.js';

const measures = (text: string) => {
  const body = toLines(text).lines.map((line) => ({ line, text: line.text }));
  return measuresOf(body, body.map((b) => b.line.width));
};

describe('measuresOf', () => {
  it('takes a full line as the median of the lines cut mid-sentence, not the widest line', () => {
    const m = measures('一二三四五六七八九十一二三四五六\n一二三四五六七八九十一二三四五六七八\n一二三四五六七八九十一二三四五六\n一二三四五六七八九十一二三四五六\n一二三四。');
    expect(m.full(2)).toBe(16);
    expect(m.widest(2)).toBe(18);
  });

  it('finds a narrowed measure where several lines in a row run beside a box (CJK)', () => {
    const wide = '一二三四五六七八九十一二三四五六';
    const text = [wide, wide, wide, wide, wide, '一二三四五六七', '一二三四。', '一二三四五六七', '一二三四五六七', wide, wide, wide, wide, wide].join('\n');
    const m = measures(text);
    expect(m.full(6)).toBe(7);
    expect(m.full(11)).toBe(16);
  });

  it('finds a narrowed measure in Latin text, and none for a single short line', () => {
    const wide = 'the players of the wrestling team will';
    const text = [wide, wide, wide, wide, wide, 'have two seeds', 'into the', 'district meet', 'on Friday at', wide, wide, wide, wide, wide].join('\n');
    expect(measures(text).full(6)).toBeLessThan(8);
    const single = [wide, wide, wide, 'into the', wide, wide, wide].join('\n');
    expect(measures(single).full(3)).toBeGreaterThan(15);
  });

  it('shows no measure where lines are whole paragraphs or list items of any width', () => {
    const zh = measures('维基百科，自由的百科全书\n本条目存在以下问题，请协助改善本条目或在讨论页针对议题发表看法\n此条目疑似\n请帮助改进这个条目，使用中立的语气而不是爱好者或媒体报道的语气\n移除\n完。');
    expect([0, 1, 2, 3, 4, 5].some((i) => zh.evident(i))).toBe(false);
    const en = measures('Pre-Workout Meal\nEat 60–90 minutes before your workout with a friend or two\nBeachbody\nDrink within 30 minutes after your long workout, every day of the week\nMeal 1\nDone.');
    expect([0, 1, 2, 3, 4, 5].some((i) => en.evident(i))).toBe(false);
  });
});

describe('paragraphIndent', () => {
  const full = 'the wrestling team will have two';
  const page = (first: string) => Array.from({ length: 4 }, () => [first, full, full, full, 'the meet.'].join('\n')).join('\n');

  it('reads how far a page sets in its first lines from paragraphs known to start after a short last line', () => {
    expect(paragraphIndent(toLines(page('The varsity team has')).lines)).toBeGreaterThan(3);
  });

  it('finds none where first lines are set full, and none in CJK text', () => {
    expect(paragraphIndent(toLines(page('The wrestling team will have two')).lines)).toBeLessThan(1);
    const zh = Array.from({ length: 4 }, () => '子丑寅卯辰巳午未申酉戌亥子丑\n子丑寅卯辰巳午未申酉戌亥子丑寅卯\n子丑。').join('\n');
    expect(paragraphIndent(toLines(zh).lines)).toBe(0);
  });
});
