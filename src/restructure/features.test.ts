import { describe, expect, it } from 'vitest';
import { endsMidClause, endsSentence, hasCjkClausePunctuation, startsSentenceLatin } from './features.js';

describe('line features', () => {
  it('tells a finished sentence, also behind a closing quote, from an unfinished one', () => {
    expect(endsSentence('加活动。')).toBe(true);
    expect(endsSentence('工作迈上新台阶”的党课。')).toBe(true);
    expect(endsSentence('shot.”')).toBe(true);
    expect(endsSentence('really want,”')).toBe(false);
    expect(endsSentence('区委统战部组')).toBe(false);
  });

  it('tells clause marks that ask for more', () => {
    expect(endsMidClause('快速、高效、周到的服务促项目尽快投产、')).toBe(true);
    expect(endsMidClause('regional tournament:')).toBe(true);
    expect(endsMidClause('加活动。')).toBe(false);
  });

  it('finds CJK clause punctuation, which titles are set without', () => {
    expect(hasCjkClausePunctuation('活动现场，大家通过')).toBe(true);
    expect(hasCjkClausePunctuation('强服务、抓落实 加速项目建设')).toBe(false);
    // Korean sets Latin marks: a full stop after Hangul ends a sentence; a comma after a headline's subject does not count
    expect(hasCjkClausePunctuation('말했다. 다리의 길이는 약 백 미터이며')).toBe(true);
    expect(hasCjkClausePunctuation('서울시, 새 다리 개통')).toBe(false);
    expect(hasCjkClausePunctuation('3.5 미터 새 다리')).toBe(false);
  });

  it('tells a Latin sentence start', () => {
    expect(startsSentenceLatin('The McNary High School')).toBe(true);
    expect(startsSentenceLatin('“I feel like')).toBe(true);
    expect(startsSentenceLatin('varsity wrestling team')).toBe(false);
  });
});
