import { describe, expect, it } from 'vitest';
import type { LaidOutStoryPage } from '../../src/read-printed.js';
import { listingOfPdf } from './pdf-listing.js';

const facts = { url: 'file:///a05.pdf', canonicalUrl: null, siteName: null, title: 'a05.pdf', publishedTime: null };
const page = (n: number, headline: string, extra: Partial<LaidOutStoryPage> = {}): LaidOutStoryPage => ({
  page: n, language: 'en', unassigned: [], ...extra,
  stories: [{ kicker: null, headline, subheadline: null, dateline: null, byline: null, paragraphs: ['The council voted on Tuesday.'] }],
});
const cut = { runs: 250_000, chars: 780_000, readRuns: 200_000, readChars: 600_000 };

describe('a PDF’s listing', () => {
  it('says each page the layout read in part, with what it draws and what was read, beside pdf.js’s problems in page order', () => {
    const listed = listingOfPdf(facts, { pageCount: 3, readUpTo: 3, pageProblems: [{ page: 3, kind: 'tooCostly', message: '' }, { page: 2, kind: 'textCut', message: '' }] }, [
      page(1, 'Flood wall approved'),
      page(2, 'Library extends its hours', { truncated: cut }),
    ]);
    expect(listed.ok && listed.value.pageProblems).toEqual([
      { page: 2, kind: 'textCut' },
      { page: 2, kind: 'layoutCut', cut },
      { page: 3, kind: 'tooCostly' },
    ]);
    expect(listed.ok && listed.value.pages).toEqual([1, 2]);
  });

  it('says nothing of a page read whole', () => {
    const listed = listingOfPdf(facts, { pageCount: 1, readUpTo: 1, pageProblems: [] }, [page(1, 'Flood wall approved')]);
    expect(listed.ok && listed.value).toMatchObject({ pageProblems: [], pages: null, cut: null });
  });

  it('a PDF whose pages hold no story is a problem, cut or not', () => {
    expect(listingOfPdf(facts, { pageCount: 1, readUpTo: 1, pageProblems: [] }, [{ ...page(1, ''), stories: [], truncated: cut }])).toEqual({ ok: false, error: { key: 'pdfNoStories' } });
  });
});
