import { describe, expect, it } from 'vitest';
import { collapseWhitespace, isSpacedCjk, normaliseLine } from './normalise.js';

describe('normaliseLine', () => {
  it('removes the spaces a text layer put between CJK characters', () => {
    expect(normaliseLine('对 全 面 从 严 治 党 作 出 战 略 部 署 。').text).toBe('对全面从严治党作出战略部署。');
    expect(normaliseLine('权 。 纪 委 与 监 委 合 署 办 公 ，是 对 1993 年').text).toBe('权。纪委与监委合署办公，是对1993年');
    expect(normaliseLine('的 思 路 ， 对 辖 区 内 3 7 条 背 街 小 巷').text).toBe('的思路，对辖区内37条背街小巷');
    expect(normaliseLine('Page 3 A and 7 B').text).toBe('Page 3 A and 7 B');
  });

  it('keeps spaces that were printed: a few inside a CJK line, between CJK and digits', () => {
    expect(normaliseLine('心一楼，面积 139平方米。党建馆在').text).toBe('心一楼，面积 139平方米。党建馆在');
    expect(normaliseLine('本报讯 7月 10日上午，二七区人大').text).toBe('本报讯 7月 10日上午，二七区人大');
    expect(normaliseLine('记者 景静 通讯员 左学彬 周祎').text).toBe('记者 景静 通讯员 左学彬 周祎');
  });

  it('collapses whitespace runs and trims, leaving Latin text alone', () => {
    expect(normaliseLine('  By   ERIC A.\tHOWALD  ').text).toBe('By ERIC A. HOWALD');
    expect(collapseWhitespace('\u3000\u3000中文')).toBe('中文');
  });

  it('says whether the line was spaced out (a justified line in the printed column)', () => {
    expect(normaliseLine('突 出 政 治 监 督 ，维 护 党 中 央 权 威 。').spaced).toBe(true);
    expect(normaliseLine('的团结统一。').spaced).toBe(false);
  });

  it('tells a spaced-out CJK line from one with occasional spaces', () => {
    expect(isSpacedCjk('民 主 监 督 、司 法 监 督')).toBe(true);
    expect(isSpacedCjk('永远跟党走 同心庆七一')).toBe(false);
    expect(isSpacedCjk('a b c d e')).toBe(false);
  });
});
