import { describe, expect, it } from 'vitest';
import { collectHyphenated, joinAll } from './join.js';

const ctx = { hyphenated: new Set<string>() };

describe('joinAll', () => {
  it('joins CJK lines without a space', () => {
    expect(joinAll(['本报讯 近日，二七区委统战部组', '织机关支部党员'], ctx)).toBe('本报讯 近日，二七区委统战部组织机关支部党员');
    expect(joinAll(['开展“永远跟党走 同心庆', '七一”主题活动'], ctx)).toBe('开展“永远跟党走 同心庆七一”主题活动');
  });

  it('joins Korean lines with one space, as Hangul is spaced between words, past the marks at the break', () => {
    expect(joinAll(['서울시는 새 다리를 개통했다. 공사는', '여섯 주가 걸렸다.'], ctx)).toBe('서울시는 새 다리를 개통했다. 공사는 여섯 주가 걸렸다.');
    expect(joinAll(['시민이 다리를 건너러 찾아왔다.', '"지역 주민의 생활이', '편리해질 것"이라고 말했다.'], ctx)).toBe('시민이 다리를 건너러 찾아왔다. "지역 주민의 생활이 편리해질 것"이라고 말했다.');
    // Hanja in Korean text are spaced as the words around them; Chinese beside them stays unspaced
    expect(joinAll(['정부는 韓國', '경제를 논의했다.'], ctx)).toBe('정부는 韓國 경제를 논의했다.');
    expect(joinAll(['韓國', '經濟'], ctx)).toBe('韓國經濟');
  });

  it('joins Latin lines with one space, and a closing quote is not CJK', () => {
    expect(joinAll(['Kessler has a great shot.”', 'Ebbs said.'], ctx)).toBe('Kessler has a great shot.” Ebbs said.');
  });

  it('repairs an end-of-line hyphen that splits a word, keeps real compounds', () => {
    expect(joinAll(['stands out for his physi-', 'cal appearance'], ctx)).toBe('stands out for his physical appearance');
    expect(joinAll(['a well-', 'known coach'], ctx)).toBe('a well-known coach');
    expect(joinAll(['the top-', 'ranked wrestler'], { hyphenated: collectHyphenated(['the top-ranked team']) })).toBe('the top-ranked wrestler');
    expect(joinAll(['Jean-', 'Pierre'], ctx)).toBe('Jean-Pierre');
  });

  it('rejoins digits split over lines in CJK text', () => {
    expect(joinAll(['组织开展20', '23年防汛'], ctx)).toBe('组织开展2023年防汛');
    expect(joinAll(['at 195', '200 pounds'], ctx)).toBe('at 195 200 pounds');
  });
});

describe('numbers broken over lines', () => {
  it('rejoins a number broken at a thousands comma, not a date, a year or a list', () => {
    expect(joinAll(['drawing $1,', '250,000 from the reserve'], ctx)).toBe('drawing $1,250,000 from the reserve');
    expect(joinAll(['more than 212,', '000 homes'], ctx)).toBe('more than 212,000 homes');
    expect(joinAll(['on July 4,', '200 people came'], ctx)).toBe('on July 4, 200 people came');
    expect(joinAll(['In 2019,', '500 people came'], ctx)).toBe('In 2019, 500 people came');
    expect(joinAll(['rooms 1, 2,', '3 and 4'], ctx)).toBe('rooms 1, 2, 3 and 4');
  });
});
