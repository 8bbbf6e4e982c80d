import { describe, expect, it } from 'vitest';
import { encodeAs } from '../../tests/legacy-encoding.js';
import { decodeHtml, decodeServedHtml, decodeText } from './decode-html.js';

const gbk = (text: string): Uint8Array => {
  // '新闻' in GBK, with ASCII markup around it.
  const han: Record<string, number[]> = { 新: [0xd0, 0xc2], 闻: [0xce, 0xc5] };
  const bytes: number[] = [];
  for (const ch of text) bytes.push(...(han[ch] ?? [ch.charCodeAt(0)]));
  return Uint8Array.from(bytes);
};

describe('decodeServedHtml (a live page fetched by the content script)', () => {
  it('reads by the header’s charset, else the markup’s, else UTF-8, without sniffing', () => {
    expect(decodeServedHtml(gbk('<p>新闻</p>'), 'gb2312')).toBe('<p>新闻</p>');
    expect(decodeServedHtml(gbk('<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>新闻</p>'), null)).toContain('<p>新闻</p>');
    expect(decodeServedHtml(new TextEncoder().encode('<meta charset="utf-16"><p>新闻</p>'), null)).toContain('<p>新闻</p>');
    expect(decodeServedHtml(new TextEncoder().encode('<p>新闻</p>'), 'no-such-charset')).toBe('<p>新闻</p>');
    expect(decodeServedHtml(gbk('<p>新闻</p>'), null)).not.toContain('新闻'); // undeclared: UTF-8, as the browser would
  });
});

describe('decodeHtml', () => {
  it('reads <meta charset> (GB2312 is decoded as GBK, as browsers do)', () => {
    expect(decodeHtml(gbk('<meta charset="gb2312"><p>新闻</p>'))).toBe('<meta charset="gb2312"><p>新闻</p>');
    expect(decodeHtml(gbk('<meta charset=GBK><p>新闻</p>'))).toContain('<p>新闻</p>');
  });

  it('reads a page saved again as UTF-8 that kept its GB2312 declaration as UTF-8; a charset given with the page still rules', () => {
    const html = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>江西日报电子版</title>';
    const bytes = new TextEncoder().encode(html);
    expect(decodeHtml(bytes)).toBe(html);
    expect(decodeHtml(bytes, 'gbk')).not.toBe(html);
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

describe('decodeHtml on pages that declare no charset, as browsers read them', () => {
  const pages: [string, string, string][] = [
    ['GBK (Simplified Chinese)', 'gbk', '市政府召开防汛工作会议，部署今年的防汛抗旱工作。会议要求各部门加强值班，确保人民群众生命财产安全。'],
    ['Big5 (Traditional Chinese)', 'big5', '市政府召開防汛工作會議，部署今年的防汛抗旱工作。會議要求各部門加強值班，確保人民群眾生命財產安全。'],
    ['Shift_JIS (Japanese)', 'shift_jis', '政府は十五日、東京で会議を開き、経済対策について話し合った。首相は「早急に実施したい」と述べた。'],
    ['EUC-KR (Korean)', 'euc-kr', '정부는 15일 서울에서 회의를 열고 경제 대책을 논의했다. 대통령은 빠른 시일 안에 시행하겠다고 말했다.'],
    ['a Shift_JIS headline alone', 'shift_jis', '会議'],
    ['windows-1252 (French)', 'windows-1252', 'Le conseil a voté à l\'unanimité : la rénovation du théâtre coûtera 3 millions d\'euros.'],
  ];
  it.each(pages)('tells %s by its bytes', (_, encoding, text) => {
    const html = `<html><head><title>x</title></head><body><p>${text}</p></body></html>`;
    expect(decodeHtml(encodeAs(encoding, html))).toBe(html);
  });

  it('reads UTF-16 by its byte-order mark, little- and big-endian', () => {
    const html = '<html><body><p>会議 新闻 café</p></body></html>';
    const units = [...html].map((ch) => ch.charCodeAt(0));
    const le = Uint8Array.from([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]);
    const be = Uint8Array.from([0xfe, 0xff, ...units.flatMap((u) => [u >> 8, u & 0xff])]);
    expect(decodeHtml(le)).toBe(html);
    expect(decodeHtml(be)).toBe(html);
  });

  it('lets the byte-order mark win over a <meta charset>, as the HTML spec says', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<meta charset="gbk"><p>新闻</p>')]);
    expect(decodeHtml(bytes)).toBe('<meta charset="gbk"><p>新闻</p>');
  });
});

describe('decodeText', () => {
  it('reads a text file by its byte-order mark, else sniffs it like an undeclared page', () => {
    const text = '市政府召开防汛工作会议\n\n本报讯 会议要求各部门加强值班。\n';
    expect(decodeText(encodeAs('gbk', text))).toBe(text);
    expect(decodeText(encodeAs('shift_jis', '東京で会議を開いた。'))).toBe('東京で会議を開いた。');
    expect(decodeText(new TextEncoder().encode(text))).toBe(text);
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x42, 0x00, 0xb0, 0x65]))).toBe('B新');
  });
});
