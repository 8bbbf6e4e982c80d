// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const textOf = (html: string): string => extractDocument(parse(html)).text;

const chrome = `<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a> <a href="/sports">体育</a> <a href="/finance">财经</a></div>`;

describe('main text', () => {
  it('keeps the loose text that sits beside the paragraphs of an inline wrapper (a <font> around the article)', () => {
    const paragraphs = [
      '国际新闻局开张伊始，就酝酿创办对外宣传刊物，编辑部设在前门一带，人手不多，大家白天编稿，晚上还要校对清样，十分辛苦。',
      '这一段文字没有包在段落里，它直接跟在前一段后面，读者看到的却是同一篇文章的下一段，内容连贯，不能丢掉。',
      '国际新闻局正副局长都很谦虚，与局里的知识分子相处融洽，大家都觉得这段时期工作最愉快，工作上也很顺手。',
    ];
    const html = `<html><body>${chrome}<table><tr><td><font class="f14">
      <p>${paragraphs[0]}</p>${paragraphs[1]}<p>${paragraphs[2]}</p></font></td></tr></table></body></html>`;
    expect(textOf(html).replace(/\s+/g, '')).toBe(paragraphs.join(''));
  });
});
