import { describe, expect, it } from 'vitest';
import { decodeHtml } from './decode-html.js';

const gbk = (text: string): Uint8Array => {
  // '新闻' in GBK, with ASCII markup around it.
  const han: Record<string, number[]> = { 新: [0xd0, 0xc2], 闻: [0xce, 0xc5] };
  const bytes: number[] = [];
  for (const ch of text) bytes.push(...(han[ch] ?? [ch.charCodeAt(0)]));
  return Uint8Array.from(bytes);
};

describe('decodeHtml', () => {
  it('reads <meta charset> (GB2312 is decoded as GBK, as browsers do)', () => {
    expect(decodeHtml(gbk('<meta charset="gb2312"><p>新闻</p>'))).toBe('<meta charset="gb2312"><p>新闻</p>');
    expect(decodeHtml(gbk('<meta charset=GBK><p>新闻</p>'))).toContain('<p>新闻</p>');
  });

  it('reads <meta http-equiv="Content-Type">', () => {
    const html = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>新闻</p>';
    expect(decodeHtml(gbk(html))).toBe(html);
  });

  it('ignores a charset attribute outside <meta> (a <script charset>)', () => {
    const bytes = new TextEncoder().encode('<script charset="gb2312" src="x.js"></script><p>新闻</p>');
    expect(decodeHtml(bytes)).toContain('<p>新闻</p>');
  });

  it('takes UTF-8 by default and honours a byte-order mark', () => {
    expect(decodeHtml(new TextEncoder().encode('<p>新闻 café</p>'))).toBe('<p>新闻 café</p>');
    expect(decodeHtml(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>x</p>')]))).toBe('<p>x</p>');
  });

  it('sniffs undeclared GBK, which is not valid UTF-8', () => {
    expect(decodeHtml(gbk('<p>新闻新闻新闻</p>'))).toBe('<p>新闻新闻新闻</p>');
  });
});
