import { describe, expect, it } from 'vitest';
import { decodeAnswer, decodeLayoutAnswer, decodePdfBytes, isContentRequest, type LayoutAnswer, type LayoutRequest } from './messages.js';
import { layOutPrinted } from './read-printed.js';

const reading = () => ({
  url: 'https://paper.example/a05', kind: 'multi', title: 'A05', byline: 'Ann Lee', authors: [{ name: 'Ann Lee', role: null }],
  publishedTime: null, siteName: 'Paper', lang: 'en', canonicalUrl: null,
  lines: [{ text: 'Flood wall approved', hints: { heading: 1, fontScale: 2.4, storyStart: true } }, { text: 'RIVERSIDE — The council voted.', hints: { blockStart: true, indent: 0 } }, { text: '' }],
  linkedPdfs: [{ url: 'https://paper.example/a05.pdf', label: 'PDF' }], articles: [], pages: [], label: null,
});
/** A printed page set as positioned text, read as its runs (laid out in the extension). */
const printed = () => {
  const { lines: _lines, ...page } = reading();
  const run = { text: 'Flood wall approved', x: 72, y: 72, width: 240, height: 24, fontSize: 24, font: '', bold: true, dir: 'ltr' };
  return { ...page, kind: 'positioned', positioned: { width: 612, height: 792, runs: [run, { ...run, text: 'The council voted.', y: 110, fontSize: 10, bold: false, lineEnd: undefined }] } };
};

describe('the content script’s answer, decoded at the boundary', () => {
  it('passes a reading (lines, or a printed page’s positioned runs) and a PDF tab that match the contract', () => {
    expect(decodeAnswer('read-page', { ok: true, value: reading() })).toEqual({ ok: true, value: reading() });
    expect(decodeAnswer('read-page', { ok: true, value: printed() })).toEqual({ ok: true, value: printed() });
    const pdf = { kind: 'pdf', url: 'https://paper.example/a05.pdf', title: null };
    expect(decodeAnswer('read-page', { ok: true, value: pdf })).toEqual({ ok: true, value: pdf });
  });

  it('an article read through the page is a reading, never a PDF tab', () => {
    expect(decodeAnswer('read-article', { ok: true, value: reading() })).toEqual({ ok: true, value: reading() });
    expect(decodeAnswer('read-article', { ok: true, value: { kind: 'pdf', url: 'https://paper.example/a05.pdf', title: null } }))
      .toEqual({ ok: false, error: { kind: 'bad-reply', detail: 'value.kind is not one of article, multi, plain, none, error-page, epaper-page, epaper-edition, positioned' } });
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
    expect(bad(withField((r) => { r.kind = 'poem'; }))).toBe('value.kind is not one of article, multi, plain, none, error-page, epaper-page, epaper-edition, positioned');
    expect(bad(withField((r) => { (r as { url: unknown }).url = 5; }))).toBe('value.url is not a string');
    expect(bad(withField((r) => { (r.authors as unknown[]).push({ name: 'B' }); }))).toBe('value.authors[1].role is not a string or null');
    expect(bad(withField((r) => { (r as { linkedPdfs: unknown }).linkedPdfs = null; }))).toBe('value.linkedPdfs is not a list');
    expect(bad(withField((r) => { (r as { articles: unknown }).articles = [{ title: 7, url: 'https://paper.example/content_1.html' }]; }))).toBe('value.articles[0].title is not a string or null');
    expect(bad({ ok: true, value: { kind: 'pdf', url: null, title: null } })).toBe('value.url is not a string');
  });

  it('rejects a page’s text of the wrong shape: its lines and their hints, a printed page’s runs, never both or neither', () => {
    const bad = (value: unknown) => {
      const decoded = decodeAnswer('read-article', { ok: true, value });
      return decoded.ok ? 'passed' : (decoded.error as { detail: string }).detail;
    };
    const line = (r: ReturnType<typeof reading>) => r.lines[0] as Record<string, unknown>;
    const hints = (r: ReturnType<typeof reading>) => r.lines[0]!.hints as Record<string, unknown>;
    const lines = (change: (r: ReturnType<typeof reading>) => void) => { const r = reading(); change(r); return r; };
    expect(bad(lines((r) => { delete (r as { lines?: unknown }).lines; }))).toBe('value.lines is not a list');
    expect(bad(lines((r) => { (r as { lines: unknown }).lines = { 0: { text: 'x' } }; }))).toBe('value.lines is not a list');
    expect(bad(lines((r) => { (r.lines as unknown[]).push('a line'); }))).toBe('value.lines[3] is not an object');
    expect(bad(lines((r) => { line(r)['text'] = null; }))).toBe('value.lines[0].text is not a string');
    expect(bad(lines((r) => { line(r)['hints'] = 'bold'; }))).toBe('value.lines[0].hints is not an object');
    expect(bad(lines((r) => { hints(r)['heading'] = '1'; }))).toBe('value.lines[0].hints.heading is not a finite number');
    expect(bad(lines((r) => { hints(r)['fontScale'] = Infinity; }))).toBe('value.lines[0].hints.fontScale is not a finite number');
    expect(bad(lines((r) => { hints(r)['storyStart'] = 1; }))).toBe('value.lines[0].hints.storyStart is not true or false');
    expect(bad(lines((r) => { (r as Record<string, unknown>)['positioned'] = printed().positioned; }))).toBe('value.positioned is not sent by the page');

    const runs = (change: (r: ReturnType<typeof printed>) => void) => { const r = printed(); change(r); return r; };
    const run = (r: ReturnType<typeof printed>) => r.positioned.runs[0] as Record<string, unknown>;
    expect(bad(runs((r) => { delete (r as { positioned?: unknown }).positioned; }))).toBe('value.positioned is not an object');
    expect(bad(runs((r) => { (r as Record<string, unknown>)['lines'] = []; }))).toBe('value.lines is not sent by the page');
    expect(bad(runs((r) => { (r.positioned as Record<string, unknown>)['width'] = NaN; }))).toBe('value.positioned.width is not a finite number');
    expect(bad(runs((r) => { (r.positioned as Record<string, unknown>)['runs'] = null; }))).toBe('value.positioned.runs is not a list');
    expect(bad(runs((r) => { (r.positioned as Record<string, unknown>)['rules'] = [{ x0: 0, y0: 0, x1: 1, y1: 0 }]; }))).toBe('value.positioned.rules is not sent by the page');
    expect(bad(runs((r) => { run(r)['text'] = 7; }))).toBe('value.positioned.runs[0].text is not a string');
    expect(bad(runs((r) => { run(r)['x'] = '72'; }))).toBe('value.positioned.runs[0].x is not a finite number');
    expect(bad(runs((r) => { run(r)['fontSize'] = null; }))).toBe('value.positioned.runs[0].fontSize is not a finite number');
    expect(bad(runs((r) => { run(r)['bold'] = 'yes'; }))).toBe('value.positioned.runs[0].bold is not true or false');
    expect(bad(runs((r) => { run(r)['dir'] = 'up'; }))).toBe('value.positioned.runs[0].dir is not one of ltr, rtl, ttb');
    expect(bad(runs((r) => { run(r)['lineEnd'] = 0; }))).toBe('value.positioned.runs[0].lineEnd is not true or false');
    // the kind says which: lines under `positioned`, runs under a page of text, are refused
    expect(bad({ ...reading(), kind: 'positioned' })).toBe('value.positioned is not an object');
    expect(bad({ ...printed(), kind: 'multi' })).toBe('value.lines is not a list');
  });

  it('decodes the injected PDF fetch’s bytes, anything else is fetch-failed', () => {
    expect(decodePdfBytes({ ok: true, value: new Uint8Array([1]).buffer })).toEqual({ ok: true, value: new Uint8Array([1]) });
    expect(decodePdfBytes({ ok: true, value: [1] })).toEqual({ ok: false, error: 'fetch-failed' });
  });
});

const story = { kicker: null, headline: 'Flood wall approved', subheadline: null, dateline: 'RIVERSIDE', byline: null, paragraphs: ['RIVERSIDE — The council voted.'] };

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
