// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { decodePdfBytes } from '../src/messages.js';
import { linkedPdfs } from './linked-pdfs.js';

const at = 'https://paper.example/html/2026-03/14/node_5.htm';
/** A page at `at` (its base address, as a browser gives a page its own). */
const page = (body: string) => {
  const doc = document.implementation.createHTMLDocument('A05');
  doc.head.innerHTML = `<base href="${at}">`;
  doc.body.innerHTML = body;
  return doc;
};

describe('linked PDFs', () => {
  it('offers the page’s same-origin PDF links once each, in page order, with their text', () => {
    const doc = page(`
      <a href="../../pdf/2026-03/14/A05.pdf">PDF下载</a>
      <a href="https://paper.example/pdf/2026-03/14/A05.pdf#page=1">版面PDF</a>
      <a href="/pdf/2026-03/14/A06.PDF"><img alt=""></a>
      <a href="/download.jsp?id=7">PDF</a>
      <a href="https://cdn.example/pdf/A05.pdf">PDF</a>
      <a href="node_6.htm">A06</a>`);
    expect(linkedPdfs(doc, at)).toEqual([
      { url: 'https://paper.example/html/pdf/2026-03/14/A05.pdf', label: 'PDF下载' },
      { url: 'https://paper.example/pdf/2026-03/14/A05.pdf', label: '版面PDF' },
      { url: 'https://paper.example/pdf/2026-03/14/A06.PDF', label: 'A06.PDF' },
      { url: 'https://paper.example/download.jsp?id=7', label: 'PDF' },
    ]);
  });

  it('never offers a link that leads back to the page itself or runs a script, whatever its text says', () => {
    const doc = page(`<a href="#">PDF下载</a><a href="#top">PDF</a><a href="">PDF</a><a href="javascript:void(0)">PDF下载</a>
      <a href="${at}#pdf">PDF</a><a href="/pdf/A05.pdf">PDF下载</a>`);
    expect(linkedPdfs(doc, at)).toEqual([{ url: 'https://paper.example/pdf/A05.pdf', label: 'PDF下载' }]);
  });

  it('offers nothing on a page without PDF links, or with other origins’ only', () => {
    expect(linkedPdfs(page('<a href="https://other.example/a.pdf">PDF</a><a href="a.html">PDF viewer help</a>'), at)).toEqual([]);
  });
});

describe('the injected fetch’s answer, decoded in the popup', () => {
  it('keeps bytes and known reasons; anything else is a failed fetch', () => {
    const bytes = new Uint8Array([37, 80, 68, 70]).buffer;
    expect(decodePdfBytes({ ok: true, value: bytes })).toEqual({ ok: true, value: new Uint8Array([37, 80, 68, 70]) });
    expect(decodePdfBytes({ ok: false, error: 'too-large' })).toEqual({ ok: false, error: 'too-large' });
    for (const raw of [null, undefined, {}, { ok: true, value: {} }, { ok: true, value: [1, 2] }, { ok: false, error: '<b>x</b>' }]) {
      expect(decodePdfBytes(raw)).toEqual({ ok: false, error: 'fetch-failed' });
    }
  });
});
