import { describe, expect, it } from 'vitest';
import { decodeAnswer, decodeLayoutAnswer, decodePdfBytes, isContentRequest, type LayoutAnswer, type LayoutRequest } from './messages.js';
import { layOutPrinted } from './read-printed.js';

const story = { kicker: null, headline: 'Flood wall approved', subheadline: null, dateline: 'RIVERSIDE', byline: null, paragraphs: ['RIVERSIDE — The council voted.'] };
const reading = () => ({
  url: 'https://paper.example/a05', kind: 'multi', title: 'A05', byline: 'Ann Lee', authors: [{ name: 'Ann Lee', role: null }],
  publishedTime: null, siteName: 'Paper', lang: 'en', canonicalUrl: null,
  page: { language: 'en', stories: [{ ...story, paragraphs: [...story.paragraphs] }], unassigned: [] }, linkedPdfs: [{ url: 'https://paper.example/a05.pdf', label: 'PDF' }], articles: [], pages: [], label: null,
});

describe('the content script’s answer, decoded at the boundary', () => {
  it('passes a reading and a PDF tab that match the contract', () => {
    expect(decodeAnswer('read-page', { ok: true, value: reading() })).toEqual({ ok: true, value: reading() });
    const pdf = { kind: 'pdf', url: 'https://paper.example/a05.pdf', title: null };
    expect(decodeAnswer('read-page', { ok: true, value: pdf })).toEqual({ ok: true, value: pdf });
  });

  it('an article read through the page is a reading, never a PDF tab', () => {
    expect(decodeAnswer('read-article', { ok: true, value: reading() })).toEqual({ ok: true, value: reading() });
    expect(decodeAnswer('read-article', { ok: true, value: { kind: 'pdf', url: 'https://paper.example/a05.pdf', title: null } }))
      .toEqual({ ok: false, error: { kind: 'bad-reply', detail: 'value.kind is not one of article, multi, plain, none, error-page, epaper-page, epaper-edition' } });
    expect(decodeAnswer('read-article', { ok: false, error: 'HTTP 404' })).toEqual({ ok: false, error: { kind: 'page-failed', detail: 'HTTP 404' } });
  });

  it('the content script answers only the requests of the contract, an article only with its address', () => {
    expect(isContentRequest({ type: 'read-page' })).toBe(true);
    expect(isContentRequest({ type: 'read-article', url: 'https://paper.example/content_1.htm' })).toBe(true);
    for (const other of [null, 'read-page', { type: 'read-article' }, { type: 'read-article', url: 7 }, { type: 'fetch', url: 'x' }]) expect(isContentRequest(other)).toBe(false);
  });

  it('hands on the page’s own failure as page-failed', () => {
    expect(decodeAnswer('read-page', { ok: false, error: 'extract blew up' })).toEqual({ ok: false, error: { kind: 'page-failed', detail: 'extract blew up' } });
  });

  it('rejects a malformed answer as bad-reply, naming the first field that is wrong', () => {
    const bad = (raw: unknown) => {
      const decoded = decodeAnswer('read-page', raw);
      expect(decoded.ok, JSON.stringify(raw)).toBe(false);
      if (decoded.ok) return '';
      expect(decoded.error.kind).toBe('bad-reply');
      return (decoded.error as { detail: string }).detail;
    };
    const withField = (path: (r: ReturnType<typeof reading>) => void) => { const r = reading(); path(r); return { ok: true, value: r }; };

    expect(bad(undefined)).toBe('no reply');
    expect(bad(null)).toMatch(/not a result/);
    expect(bad('{"ok":true}')).toMatch(/not a result/);
    expect(bad({ ok: 'yes', value: reading() })).toMatch(/not a result/);
    expect(bad({ ok: false, error: { message: 'x' } })).toBe('error is not a string');
    expect(bad({ ok: true })).toBe('value is not an object');
    expect(bad({ ok: true, value: [] })).toBe('value is not an object');
    expect(bad(withField((r) => { r.kind = 'poem'; }))).toBe('value.kind is not one of article, multi, plain, none, error-page, epaper-page, epaper-edition');
    expect(bad(withField((r) => { (r as { url: unknown }).url = 5; }))).toBe('value.url is not a string');
    expect(bad(withField((r) => { delete (r as { page?: unknown }).page; }))).toBe('value.page is not an object');
    expect(bad(withField((r) => { (r.page.stories[0] as { paragraphs: unknown }).paragraphs = [1]; }))).toBe('value.page.stories[0].paragraphs[0] is not a string');
    expect(bad(withField((r) => { (r.page.stories[0] as { headline: unknown }).headline = undefined; }))).toBe('value.page.stories[0].headline is not a string or null');
    expect(bad(withField((r) => { (r.authors as unknown[]).push({ name: 'B' }); }))).toBe('value.authors[1].role is not a string or null');
    expect(bad(withField((r) => { (r as { linkedPdfs: unknown }).linkedPdfs = null; }))).toBe('value.linkedPdfs is not a list');
    expect(bad(withField((r) => { (r as { articles: unknown }).articles = [{ title: 7, url: 'https://paper.example/content_1.html' }]; }))).toBe('value.articles[0].title is not a string or null');
    expect(bad({ ok: true, value: { kind: 'pdf', url: null, title: null } })).toBe('value.url is not a string');
  });

  it('decodes the injected PDF fetch’s bytes, anything else is fetch-failed', () => {
    expect(decodePdfBytes({ ok: true, value: new Uint8Array([1]).buffer })).toEqual({ ok: true, value: new Uint8Array([1]) });
    expect(decodePdfBytes({ ok: true, value: [1] })).toEqual({ ok: false, error: 'fetch-failed' });
  });
});

describe('the layout worker’s protocol: positioned pages in, each page’s stories out, decoded at the boundary', () => {
  const run = (text: string, y: number, fontSize: number) => ({ text, x: 72, y, width: text.length * fontSize / 2, height: fontSize, fontSize, font: 'Helvetica', bold: false, dir: 'ltr' as const, lineEnd: true });
  const request: LayoutRequest = {
    pages: [{ page: 2, positioned: { width: 612, height: 792, runs: [run('Flood wall approved', 72, 24), run('The council voted on Tuesday to build the wall.', 110, 10)] } }],
  };

  it('answers a request with the stories the worker lays out, which decode as they are', () => {
    // what the worker posts, through a structured clone as postMessage makes
    const answer: LayoutAnswer = structuredClone({ ok: true, value: layOutPrinted(request.pages) });
    const decoded = decodeLayoutAnswer(answer);
    expect(decoded.ok && decoded.value.map((p) => [p.page, p.stories.map((s) => s.headline)])).toEqual([[2, ['Flood wall approved']]]);
  });

  it('hands on the worker’s own failure, and names what is wrong in an answer off the contract', () => {
    expect(decodeLayoutAnswer({ ok: false, error: 'layout blew up' })).toEqual({ ok: false, error: 'layout blew up' });
    expect(decodeLayoutAnswer({ value: [] })).toEqual({ ok: false, error: 'the answer is not a result ({ ok, value | error })' });
    expect(decodeLayoutAnswer({ ok: true, value: [{ page: 0, language: null, stories: [], unassigned: [] }] })).toEqual({ ok: false, error: 'value[0].page is not a page number' });
    expect(decodeLayoutAnswer({ ok: true, value: [{ page: 1, language: null, stories: [{ ...story, paragraphs: 'text' }], unassigned: [] }] })).toEqual({ ok: false, error: 'value[0].stories[0].paragraphs is not a list' });
    const cut = (truncated: unknown) => decodeLayoutAnswer({ ok: true, value: [{ page: 1, language: null, stories: [], unassigned: [], truncated }] });
    expect(cut({ runs: 4, chars: 15, readRuns: 3, readChars: 11 })).toEqual({ ok: true, value: [{ page: 1, language: null, stories: [], unassigned: [], truncated: { runs: 4, chars: 15, readRuns: 3, readChars: 11 } }] });
    expect(cut({ runs: 4, chars: 15, readRuns: 3 })).toEqual({ ok: false, error: 'value[0].truncated.readChars is not a count' });
    expect(cut(null)).toEqual({ ok: false, error: 'value[0].truncated is not an object' });
  });
});
