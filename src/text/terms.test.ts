import { describe, expect, it } from 'vitest';
import { termSet } from './terms.js';

describe('termSet', () => {
  it('takes CJK character bigrams, across a printed space too', () => {
    expect([...termSet('推进会')]).toEqual(['推进', '进会']);
    expect(termSet('跟党走 同心').has('走同')).toBe(true);
  });

  it('takes Latin words of three letters or more, lower-cased, without stopwords or a plural s', () => {
    expect([...termSet('The Celtics won two titles')]).toEqual(['celtic', 'won', 'title']);
  });

  it('keeps numbers, and does not bridge CJK bigrams over punctuation', () => {
    expect(termSet('2023年').has('2023')).toBe(true);
    expect(termSet('强服务、抓落实').has('务抓')).toBe(false);
  });
});
