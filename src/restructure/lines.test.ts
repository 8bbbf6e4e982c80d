import { describe, expect, it } from 'vitest';
import { toLines } from './lines.js';

describe('toLines', () => {
  it('keeps non-blank lines with the breaks around them', () => {
    const { lines } = toLines('a\n\n b \nc\r\nd');
    expect(lines.map((l) => [l.index, l.text, l.breakBefore, l.breakAfter])).toEqual([[0, 'a', true, true], [2, 'b', true, false], [3, 'c', false, false], [4, 'd', false, true]]);
  });

  it('drops the odd space next to CJK characters on a page whose text layer spaces them out', () => {
    const spacedPage = ['对 全 面 从 严 治 党 作 出 部 署 。', '民 主 监 督 、司 法 监 督', '贯 通 起 来 ，增 强 合 力', '习 近平同志在党的十九大报告中提出，'].join('\n');
    expect(toLines(spacedPage).lines[3]!.text).toBe('习近平同志在党的十九大报告中提出，');
    expect(toLines('学习贯彻党的二十大精神 推动统一战线\n工作迈上新台阶”的党课。').lines[0]!.text).toBe('学习贯彻党的二十大精神 推动统一战线');
  });

  it('takes block starts as paragraph breaks unless blocks start mid-sentence (one element per printed line)', () => {
    const paragraphs = toLines({ lines: ['One sentence.', 'Another one.', 'A third.'].map((text) => ({ text, hints: { blockStart: true } })) }).lines;
    expect(paragraphs.map((l) => l.breakBefore)).toEqual([true, true, true]);
    const printedLines = toLines({ lines: ['本报讯 近日，二七区委统战部组', '织机关支部党员和辖区内党外代表人', '士，走进郑州科技学院。'].map((text) => ({ text, hints: { blockStart: true } })) }).lines;
    expect(printedLines.map((l) => l.breakBefore)).toEqual([true, false, false]);
  });
});

describe('toLines: how wide the page sets CJK quotes', () => {
  // a justified column of 16 em: lines cut mid-sentence run full, whatever they hold
  const plain = ['一二三四五六七八九十一二三四五六', '七八九十一二三四五六七八九十一二', '三四五六七八九十一二三四五六七八', '九十一二三四五六七八九十一二三四'];
  const fullQuotes = ['一二三四“五六七八”九十一二三四', '五六“七八九十”一二三四五六七八'];
  const halfQuotes = ['一二三四“五六七八”九十一二三四五', '五六“七八九十”一二三四五六七八九'];
  const page = (quoted: string[]) => [...plain.slice(0, 2), quoted[0]!, ...plain.slice(2), quoted[1]!, '完。'].join('\n');

  it('takes quotes for full width where the lines holding them fall short of the column by half an em each', () => {
    const { lines, layout } = toLines(page(fullQuotes));
    expect(layout.cjkMarkWidth).toBe(1);
    expect(lines[2]!.width).toBe(16);
  });

  it('keeps them at half width where those lines run as full as the others', () => {
    expect(toLines(page(halfQuotes)).layout.cjkMarkWidth).toBe(0.5);
  });
});
