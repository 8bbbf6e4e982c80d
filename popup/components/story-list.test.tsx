// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { StoryListing } from '../lib/story-listing.js';
import { platform } from '../../tests/fake-platform.js';
import { library } from '../lib/library.js';
import { StoryList } from './story-list.js';

vi.mock('../../src/platform/browser.js', async () => (await import('../../tests/fake-platform.js')).fakePlatformModule());

const listing: StoryListing = {
  kind: 'pdf',
  facts: { url: 'file:///a05.pdf', canonicalUrl: null, siteName: null, title: 'a05.pdf', publishedTime: null },
  language: 'en',
  stories: [{ kicker: null, headline: 'Flood wall approved', subheadline: null, dateline: null, byline: null, paragraphs: ['The council voted on Tuesday.'] }],
  pages: [2],
  cut: { read: 500, count: 620 },
  pageProblems: [
    { page: 2, kind: 'textCut' },
    { page: 2, kind: 'layoutCut', cut: { runs: 250_000, chars: 780_000, readRuns: 200_000, readChars: 600_000 } },
    { page: 3, kind: 'tooCostly' },
  ],
};

describe('a PDF’s story list (the popup’s and the PDF page’s)', () => {
  it('says each page read in part or left out, the layout’s cut with its counts, before the stories', async () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    await act(async () => { render(<StoryList listing={listing} heading="a05.pdf · 1 story" level={2} idPrefix="file-1" />, root); });
    // the list shows once the library says which stories it already holds
    for (let tick = 0; tick < 3; tick++) await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
    expect([...root.querySelectorAll('p.status')].map((p) => p.textContent)).toEqual([
      'This PDF has 620 pages; the first 500 were read.',
      'Page 2 has more text than Broadsheet reads on one page: the rest of it is left out.',
      'Page 2 draws more text than Broadsheet lays out on one page (250,000 text runs, 780,000 characters): the first 200,000 runs (600,000 characters) were read, the rest is left out.',
      'Page 3 takes more time or memory to read than Broadsheet allows: it is left out.',
    ]);
    expect(root.querySelector('article.story .headline')?.textContent).toBe('Flood wall approved');
    await act(async () => { render(null, root); });
  });

  it('says where a story cut at its jump goes on, and saves it with its PDF page and that page', async () => {
    platform.storage.data.clear();
    const cut = { ...listing.stories[0]!, paragraphs: ['The council voted on Tuesday to fund the'], continuesOn: 'A6' };
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    await act(async () => { render(<StoryList listing={{ ...listing, stories: [cut], pageProblems: [], cut: null }} heading="a05.pdf · 1 story" level={2} idPrefix="file-1" />, root); });
    for (let tick = 0; tick < 3; tick++) await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
    expect(root.querySelector('article.story .continues')?.textContent).toBe('Continues on page A6');
    expect(root.querySelector('article.story .meta')?.textContent).toBe('Page 2');
    await act(async () => { [...root.querySelectorAll<HTMLButtonElement>('article.story button')].find((b) => b.textContent === 'Save')!.click(); });
    for (let tick = 0; tick < 5; tick++) await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
    const saved = await library.list();
    expect(saved.ok && saved.value.map((s) => [s.page, s.continuesOn])).toEqual([['2', 'A6']]);
    await act(async () => { render(null, root); });
  });
});
