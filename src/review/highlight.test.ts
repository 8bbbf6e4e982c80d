import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerpt, foldWithOffsets, highlightRanges } from './highlight.js';
import { foldForSearch } from './search-text.js';

const marked = (text: string, query: string) => {
  let out = '';
  let at = 0;
  for (const [start, end] of highlightRanges(text, query)) {
    out += `${text.slice(at, start)}[${text.slice(start, end)}]`;
    at = end;
  }
  return out + text.slice(at);
};

describe('highlightRanges', () => {
  it('marks Chinese substrings anywhere and English words from their start', () => {
    expect(marked('市政府召开防汛工作会议，部署防汛。', '防汛')).toBe('市政府召开[防汛]工作会议，部署[防汛]。');
    expect(marked('The Federal Reserve raised rates; reserves fell.', 'RESERV')).toBe('The Federal [Reserve] raised rates; [reserves] fell.');
    expect(marked('Preserve it.', 'serve')).toBe('Preserve it.');
  });

  it('maps full-width text back to its own offsets', () => {
    expect(marked('ＡＰＰＬＥ发布ｉＰｈｏｎｅ', 'iphone apple')).toBe('[ＡＰＰＬＥ]发布[ｉＰｈｏｎｅ]');
  });

  it('merges overlapping matches and marks nothing for an empty query', () => {
    expect(marked('防汛工作', '防汛 汛工')).toBe('[防汛工]作');
    expect(highlightRanges('text', '  ')).toEqual([]);
  });

  it('marks the whole character when the match lies inside what one character folds to (㌌ is カラット)', () => {
    expect(highlightRanges('㌌', '㋶')).toEqual([[0, 1]]);
    expect(highlightRanges('a㌌b', 'ラッ')).toEqual([[1, 2]]);
  });

  it('returns ranges inside the text, sorted and apart, for any text and query', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme', maxLength: 6 }), (text, query) => {
        let last = 0;
        for (const [start, end] of highlightRanges(text, query)) {
          expect(start).toBeGreaterThanOrEqual(last);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          last = end;
        }
      }),
    );
  });
});

describe('foldWithOffsets', () => {
  it('folds as search does, code point by code point, each folded unit pointing at the character it came from', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (text, again) => {
        for (const sample of [text, again + text]) { // the second time, foldings known from the first
          const { folded, origin, originEnd } = foldWithOffsets(sample);
          const points = [...sample];
          expect(folded).toBe(points.map(foldForSearch).join(''));
          let at = 0, unit = 0;
          for (const point of points) {
            for (let k = 0; k < foldForSearch(point).length; k++, unit++) expect([origin[unit], originEnd[unit]]).toEqual([at, at + point.length]);
            at += point.length;
          }
          expect(origin.length).toBe(folded.length);
        }
      }),
    );
  });
});

describe('excerpt', () => {
  const body = `${'前文'.repeat(100)}这里提到防汛工作的安排。${'后文'.repeat(100)}`;

  it('shows the text around the first match, with its marks', () => {
    const { text, ranges } = excerpt(body, '防汛', 60);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text).toContain('防汛工作');
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['防汛']);
  });

  it('shows the opening when nothing matches', () => {
    expect(excerpt(body, 'zzz', 10)).toEqual({ text: `${'前文'.repeat(5)}…`, ranges: [] });
    expect(excerpt('short', 'zzz')).toEqual({ text: 'short', ranges: [] });
  });
});
