// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Story } from '../../src/core/types.js';
import { askPage, runInTab, targetTab } from '../../src/platform/browser.js';
import { platform } from '../../tests/fake-platform.js';
import { pageExtract } from '../../tests/fake-reading.js';
import { library } from '../lib/library.js';
import { PopupApp } from './popup-app.js';

vi.mock('../../src/platform/browser.js', async () => (await import('../../tests/fake-platform.js')).fakePlatformModule());
vi.mock('../../src/read-page.js', async () => (await import('../../tests/fake-reading.js')).fakeReadPageModule());
// pdf.js is loaded as soon as a printed page is chosen; no PDF is read here, and its loading must not outlast the tests
vi.mock('../lib/pdf-reader.js', () => ({ readPrintedPages: vi.fn() }));

const story = (headline: string, paragraphs: string[], extra: Partial<Story> = {}): Story => ({
  kicker: null, headline, subheadline: null, dateline: null, byline: null, paragraphs, ...extra,
});

function reading(stories: Story[]) {
  return {
    ok: true as const,
    value: pageExtract('https://paper.example/a05', stories, { title: 'A05', siteName: 'Paper' }),
  };
}

async function mount(): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  await act(async () => { render(<PopupApp search="" />, root); });
  // the page is read, then the story list asks the library what it already holds
  for (let tick = 0; tick < 3; tick++) await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
  return root;
}

const type = async (input: HTMLInputElement | HTMLTextAreaElement, value: string) => {
  await act(async () => { input.value = value; input.dispatchEvent(new Event('input', { bubbles: true })); });
};

beforeEach(() => {
  platform.storage.data.clear();
  platform.session.data.clear();
  platform.storage.failWrites = null;
  platform.answer = null;
  platform.articleAnswers.clear();
  platform.askedArticles = [];
});

describe('popup', () => {
  it('says clearly when the page cannot be read', async () => {
    const root = await mount();
    expect(root.querySelector('[role=alert]')?.textContent).toMatch(/can't read this page/);
    expect(root.querySelectorAll('article')).toHaveLength(0);
  });

  it('on a server’s error page (404) says the page could not be loaded, not that pages are closed to extensions', async () => {
    const answer = reading([]);
    platform.answer = { ...answer, value: { ...answer.value, kind: 'error-page', title: 'Page not found' } };
    const root = await mount();
    expect(root.querySelector('[role=alert]')?.textContent).toMatch(/could not be loaded/);
    expect(root.querySelector('[role=alert]')?.textContent).not.toMatch(/closed to extensions/);
    expect(root.querySelector('.message button')).toBeNull();
  });

  it('on a PDF the extension cannot reach (Firefox’s viewer) says so and offers the PDF page', async () => {
    vi.mocked(targetTab).mockResolvedValueOnce({ id: 7, url: 'https://paper.example/pdf/A05.pdf' } as Awaited<ReturnType<typeof targetTab>>);
    const root = await mount();
    expect(root.querySelector('[role=alert]')?.textContent).toMatch(/Firefox's own PDF viewer/);
    await act(async () => { root.querySelector<HTMLButtonElement>('.message button')!.click(); });
    expect(platform.opened).toContain('/pdf.html');
  });

  it('on an e-paper page view lists the articles the page links by title, and no story', async () => {
    const view = reading([]);
    platform.answer = { ...view, value: { ...view.value, kind: 'epaper-page' as const, articles: [
      { title: '十四届全国人大四次会议举行第二次全体会议', url: 'https://paper.example/content_1.html' }, { title: null, url: 'https://paper.example/content_2.html' },
    ] } };
    const root = await mount();
    expect(root.querySelectorAll('article')).toHaveLength(0);
    const links = [...root.querySelectorAll<HTMLAnchorElement>('.page-articles a')];
    expect(links.map((a) => [a.textContent, a.href])).toEqual([
      ['十四届全国人大四次会议举行第二次全体会议', 'https://paper.example/content_1.html'], ['https://paper.example/content_2.html', 'https://paper.example/content_2.html'],
    ]);
  });

  it('says what went wrong when the page answers with an error, or with something that is not a reading', async () => {
    platform.answer = { ok: false, error: 'extract blew up' };
    expect((await mount()).querySelector('[role=alert]')?.textContent).toBe('Reading the page failed: extract blew up');
    const malformed = reading([story('Flood wall approved', ['RIVERSIDE — The council voted.'])]);
    (malformed.value.lines[1]!.hints as { blockStart: unknown }).blockStart = 'yes';
    platform.answer = malformed;
    const root = await mount();
    expect(root.querySelector('[role=alert]')?.textContent).toBe("The page's answer could not be read (value.lines[1].hints.blockStart is not true or false). Reload the page and try again.");
    expect(root.querySelectorAll('article')).toHaveLength(0);
  });

  it('shows what was read on the tab before, at the same address, without asking the page again; at another address it reads', async () => {
    const url = 'https://paper.example/edition.pdf';
    const listing = { kind: 'pdf', facts: { url, canonicalUrl: null, siteName: null, title: 'Edition', publishedTime: null }, language: 'en',
      stories: [story('Bridge reopens', ['The bridge reopened.']), story('Library hours', ['The library stays open.'])], pages: [1, 4], cut: null, pageProblems: [] };
    const kept = { status: 'ready', tabId: 7, listing, linkedPdfs: [], articles: [], pages: [], label: null };
    platform.session.data.set('tab:7', { v: 1, url, json: JSON.stringify(kept) });
    vi.mocked(targetTab).mockResolvedValueOnce({ id: 7, url } as Awaited<ReturnType<typeof targetTab>>);
    vi.mocked(askPage).mockClear();
    const root = await mount();
    expect([...root.querySelectorAll('article.story .headline')].map((h) => h.textContent)).toEqual(['Bridge reopens', 'Library hours']);
    expect([...root.querySelectorAll('.page-nav button')].map((b) => b.textContent)).toEqual(['Page 1 1', 'Page 4 1']);
    expect(askPage).not.toHaveBeenCalled();

    vi.mocked(targetTab).mockResolvedValueOnce({ id: 7, url: 'https://paper.example/other.pdf' } as Awaited<ReturnType<typeof targetTab>>);
    await mount();
    expect(askPage).toHaveBeenCalled();
  });

  it('says clearly when the page has no article', async () => {
    platform.answer = reading([]);
    const root = await mount();
    expect(root.querySelector('[role=alert]')?.textContent).toBe('No article found on this page.');
  });

  it('lists each story with its title block, byline and first paragraph; expands to the whole text', async () => {
    platform.answer = reading([
      story('永远跟党走', ['第一段。', '第二段。'], { kicker: '统战部', byline: '记者 景静', dateline: '本报讯 近日' }),
      story('Flood wall approved', ['RIVERSIDE — The council voted.']),
    ]);
    const root = await mount();
    const cards = root.querySelectorAll('article.story');
    expect(cards).toHaveLength(2);
    expect(cards[0]!.querySelector('.kicker')?.textContent).toBe('统战部');
    expect(cards[0]!.querySelector('.meta')?.textContent).toBe('本报讯 近日 · 记者 景静');
    expect(cards[0]!.querySelector('.lead')?.textContent).toBe('第一段。');
    await act(async () => { cards[0]!.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click(); });
    expect([...cards[0]!.querySelectorAll('.body p')].map((p) => p.textContent)).toEqual(['第一段。', '第二段。']);
  });

  it('shows the byline and, labelled as such, the day the page says it was published (its own day, not moved to this time zone)', async () => {
    const answer = reading([story('Flood wall approved', ['RIVERSIDE — The council voted.'], { byline: 'By Jane Doe' })]);
    platform.answer = { ...answer, value: { ...answer.value, publishedTime: '2023-02-11T23:30:00-05:00' } };
    const root = await mount();
    const day = new Date(Date.UTC(2023, 1, 11)).toLocaleDateString('en', { timeZone: 'UTC' });
    expect(root.querySelector('article.story .meta')?.textContent).toBe(`By Jane Doe · Published ${day}`);
  });

  it('renders page text as text, never as markup', async () => {
    platform.answer = reading([story('<img src=x onerror="globalThis.pwned=1">', ['<script>globalThis.pwned=1</script>'])]);
    const root = await mount();
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.querySelector('.headline')?.textContent).toBe('<img src=x onerror="globalThis.pwned=1">');
  });

  it('saves a story with its tags and summary, and shows it saved when opened again', async () => {
    platform.answer = reading([story('Flood wall approved', ['RIVERSIDE — The council voted.'])]);
    let root = await mount();
    const tagInput = root.querySelector<HTMLInputElement>('input[aria-label="Add a tag"]')!;
    await type(tagInput, 'flooding');
    await act(async () => { tagInput.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })); });
    await act(async () => { root.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click(); });
    await type(root.querySelector<HTMLTextAreaElement>('textarea')!, 'Council funds the wall.');
    await act(async () => { root.querySelector<HTMLButtonElement>('button.primary')!.click(); });
    await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
    expect(root.querySelector('.saved')?.textContent).toBe('Saved');

    root = await mount();
    expect(root.querySelector('button.primary')?.textContent).toBe('Update');
    expect([...root.querySelectorAll('[role=group] .chip')].map((c) => c.firstChild?.textContent)).toEqual(['flooding']);
    expect(root.querySelector('textarea')?.value).toBe('Council funds the wall.'); // a card with a summary shows it unopened
  });

  it('shows a failed write to the reader and keeps what was saved before', async () => {
    platform.answer = reading([story('Flood wall approved', ['RIVERSIDE — The council voted.']), story('Bridge reopens', ['The bridge reopened.'])]);
    let root = await mount();
    await act(async () => { root.querySelectorAll<HTMLButtonElement>('button.primary')[0]!.click(); });
    await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
    const saved = new Map(platform.storage.data);

    platform.storage.failWrites = 'QUOTA_BYTES quota exceeded';
    root = await mount();
    await act(async () => { root.querySelectorAll<HTMLButtonElement>('button.primary')[1]!.click(); });
    await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
    expect(root.querySelector('[role=alert]')?.textContent).toMatch(/storage for Broadsheet is full.*Nothing already saved was lost/);
    expect(platform.storage.data).toEqual(saved);
  });

  describe('drafts', () => {
    const flood = () => reading([story('Flood wall approved', ['RIVERSIDE — The council voted.'])]);
    const closePopup = async () => { await act(async () => { for (const hide of platform.pageHide) hide(); await new Promise((r) => setTimeout(r, 0)); }); };
    const chips = (root: HTMLElement) => [...root.querySelectorAll('[role=group] .chip')].map((c) => c.firstChild?.textContent);
    const addTag = async (root: HTMLElement, tag: string) => {
      const input = root.querySelector<HTMLInputElement>('input[role=combobox]')!;
      await type(input, tag);
      await act(async () => { input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })); });
    };

    it('what was typed comes back marked as an unsaved draft when the popup opens again; Save clears the mark and the draft', async () => {
      platform.answer = flood();
      let root = await mount();
      await addTag(root, 'flooding');
      expect(root.querySelector('.draft-mark')?.textContent).toBe('Unsaved draft');
      await closePopup();
      expect([...platform.storage.data.keys()].filter((k) => k.startsWith('story:'))).toEqual([]); // a draft is not a saved story

      root = await mount();
      expect(chips(root)).toEqual(['flooding']);
      expect(root.querySelector('.draft-mark')?.textContent).toBe('Unsaved draft');
      await act(async () => { root.querySelector<HTMLButtonElement>('button.primary')!.click(); });
      await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
      expect(root.querySelector('.draft-mark')).toBeNull();
      expect(root.querySelector('.saved')?.textContent).toBe('Saved');
      expect(platform.session.data.size).toBe(0);
    });

    it('Discard draft puts back what is saved and forgets the draft', async () => {
      platform.answer = flood();
      let root = await mount();
      await act(async () => { root.querySelector<HTMLButtonElement>('button.primary')!.click(); });
      await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
      await addTag(root, 'flooding');
      await closePopup();
      root = await mount();
      await act(async () => { [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Discard draft')!.click(); });
      expect(chips(root)).toEqual([]);
      expect(root.querySelector('.draft-mark')).toBeNull();
      await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
      expect(platform.session.data.size).toBe(0);
      root = await mount();
      expect(chips(root)).toEqual([]);
    });

    it('a save elsewhere while the popup is open shows at once; what is typed here stays, a draft over it, and Save keeps both', async () => {
      platform.answer = flood();
      const root = await mount();
      await addTag(root, 'flooding');
      await act(async () => { root.querySelector<HTMLButtonElement>('button.primary')!.click(); });
      await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
      await act(async () => { root.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click(); });
      await type(root.querySelector<HTMLTextAreaElement>('textarea')!, 'Typed in the popup.');
      // The notes page adds a tag and writes a note meanwhile.
      const id = [...platform.storage.data.keys()].find((k) => k.startsWith('story:'))!.slice('story:'.length);
      await act(async () => { await library.update(id, { addTags: ['council'], note: 'From the notes page.' }); });
      expect(chips(root)).toEqual(['flooding', 'council']);
      const [summary, note] = [...root.querySelectorAll<HTMLTextAreaElement>('textarea')];
      expect([summary!.value, note!.value]).toEqual(['Typed in the popup.', 'From the notes page.']);
      expect(root.querySelector('.draft-mark')?.textContent).toMatch(/saved again since/);
      await act(async () => { root.querySelector<HTMLButtonElement>('button.primary')!.click(); });
      await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
      expect(root.querySelector('.draft-mark')).toBeNull();
      const stored = (await library.get(id));
      expect(stored.ok && stored.value).toMatchObject({ tags: ['flooding', 'council'], summary: 'Typed in the popup.', note: 'From the notes page.' });
    });

    it('a draft over a save made since shows as a draft over it, and Save makes the draft the newest edit', async () => {
      platform.answer = flood();
      let root = await mount();
      await addTag(root, 'draft-tag');
      await closePopup();
      // another window saves the story meanwhile with another tag
      root = await mount();
      const [key] = [...platform.session.data.keys()];
      const draft = platform.session.data.get(key!);
      platform.session.data.clear();
      await act(async () => { root.querySelector<HTMLButtonElement>('button[aria-label="Remove tag draft-tag"]')!.click(); });
      await addTag(root, 'other-window');
      await act(async () => { root.querySelector<HTMLButtonElement>('button.primary')!.click(); });
      await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
      platform.session.data.set(key!, draft);

      root = await mount();
      expect(chips(root)).toEqual(['draft-tag']);
      expect(root.querySelector('.draft-mark')?.textContent).toMatch(/saved again since/);
      await act(async () => { root.querySelector<HTMLButtonElement>('button.primary')!.click(); });
      await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
      const stored = [...platform.storage.data].filter(([k]) => k.startsWith('story:')).map(([, v]) => (v as { story: { tags: string[] } }).story.tags);
      expect(stored).toEqual([['draft-tag']]);
    });

    it('Escape closes the tag completions and goes no further; with none open it is left to the browser (which closes the popup)', async () => {
      platform.answer = reading([story('Flood wall approved', ['RIVERSIDE — The council voted.']), story('Bridge reopens', ['The bridge reopened.'])]);
      let root = await mount();
      await addTag(root, 'flooding');
      await act(async () => { root.querySelector<HTMLButtonElement>('button.primary')!.click(); });
      await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
      root = await mount();
      const input = root.querySelectorAll<HTMLInputElement>('input[role=combobox]')[1]!;
      await type(input, 'fl');
      expect(root.querySelector('[role=listbox]')).not.toBeNull();
      const first = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
      await act(async () => { input.dispatchEvent(first); });
      expect(first.defaultPrevented).toBe(true);
      expect(root.querySelector('[role=listbox]')).toBeNull();
      const second = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
      await act(async () => { input.dispatchEvent(second); });
      expect(second.defaultPrevented).toBe(false);
    });
  });

  describe('an e-paper page view: Read all on this page', () => {
    const base = 'https://paper.example/html/2026-03/10/';
    const articles = [
      { title: '春耕备耕有序推进', url: `${base}content_1.htm?div=-1` },
      { title: '新区建设提速', url: `${base}content_2.htm?div=-1` },
      { title: null, url: `${base}content_3.htm?div=0` },
    ];
    const pageView = () => {
      const view = reading([]);
      return { ...view, value: { ...view.value, url: `${base}node_1.htm`, kind: 'epaper-page' as const, articles, linkedPdfs: [{ url: `${base}A01.pdf`, label: 'PDF' }] } };
    };
    const articleView = (url: string, title: string, paragraphs: string[]) => {
      const view = reading([story(title, paragraphs)]);
      return { ...view, value: { ...view.value, url, title, kind: 'article' as const } };
    };
    /** An answer the test hands over when it chooses: the run waits on it as on a slow site. */
    const later = <T,>() => {
      let give!: (value: T) => void;
      return { promise: new Promise<T>((r) => { give = r; }), give };
    };
    const settle = async () => { for (let tick = 0; tick < 4; tick++) await act(async () => { await new Promise((r) => setTimeout(r, 0)); }); };
    const headlines = (root: HTMLElement) => [...root.querySelectorAll('.page-articles article .headline')].map((h) => h.textContent);
    const progress = (root: HTMLElement) => root.querySelector('.articles-progress span')?.textContent ?? null;

    it('asks for nothing before the click; then reads each article in turn, shows each as it arrives with progress, says which failed and goes on', async () => {
      platform.answer = pageView();
      const first = later<ReturnType<typeof articleView>>();
      platform.articleAnswers.set(articles[0]!.url, first.promise);
      platform.articleAnswers.set(articles[1]!.url, { ok: false, error: 'HTTP 404' });
      platform.articleAnswers.set(articles[2]!.url, articleView(`${base}content_3.htm?div=0`, '图片新闻', ['郑州街头花开正好。']));
      const root = await mount();
      expect(platform.askedArticles).toEqual([]);
      await act(async () => { root.querySelector<HTMLButtonElement>('button.read-all')!.click(); });
      await settle();
      expect(platform.askedArticles).toEqual([articles[0]!.url]); // one at a time: the next waits for this one
      expect(progress(root)).toBe("Reading the page's articles: 0 of 3");
      first.give(articleView(`${base}content_1.htm?div=-1`, '春耕备耕有序推进', ['本报讯 各地春耕备耕有序推进。']));
      await settle();
      expect(platform.askedArticles).toEqual(articles.map((a) => a.url));
      expect(headlines(root)).toEqual(['春耕备耕有序推进', '图片新闻']);
      expect([...root.querySelectorAll('.article-failed')].map((p) => p.textContent)).toEqual(['Could not read “新区建设提速”: HTTP 404']);
      expect(progress(root)).toBeNull(); // done
      expect(root.querySelector('.page-articles h2')?.textContent).toBe("2 stories from this page's articles");
      expect(root.querySelector('.printed-pages button')?.textContent).toBe('Read the printed page (PDF)'); // still one click away
    });

    it('saves a story read from an article under that article’s address, and Save all saves every one', async () => {
      platform.answer = pageView();
      platform.articleAnswers.set(articles[0]!.url, articleView(`${base}content_1.htm?div=-1`, '春耕备耕有序推进', ['本报讯 各地春耕备耕有序推进。']));
      platform.articleAnswers.set(articles[2]!.url, articleView(`${base}content_3.htm?div=0`, '图片新闻', ['郑州街头花开正好。']));
      const root = await mount();
      await act(async () => { root.querySelector<HTMLButtonElement>('button.read-all')!.click(); });
      await settle();
      const cards = root.querySelectorAll<HTMLElement>('.page-articles article');
      await act(async () => { cards[1]!.querySelector<HTMLButtonElement>('button.primary')!.click(); });
      await settle();
      let saved = await library.list();
      expect(saved.ok && saved.value.map((s) => [s.title.headline, s.url, s.pageTitle])).toEqual([['图片新闻', `${base}content_3.htm?div=0`, '图片新闻']]);
      await act(async () => { [...root.querySelectorAll<HTMLButtonElement>('.page-articles .bar button')].find((b) => b.textContent === 'Save all')!.click(); });
      await settle();
      saved = await library.list();
      expect(saved.ok && saved.value.map((s) => s.url).sort()).toEqual([`${base}content_1.htm?div=-1`, `${base}content_3.htm?div=0`]);
    });

    it('Cancel stops at once: no article is asked for after it, and what the pending one brings is dropped', async () => {
      platform.answer = pageView();
      const first = later<ReturnType<typeof articleView>>();
      platform.articleAnswers.set(articles[0]!.url, first.promise);
      const root = await mount();
      await act(async () => { root.querySelector<HTMLButtonElement>('button.read-all')!.click(); });
      await settle();
      await act(async () => { root.querySelector<HTMLButtonElement>('.articles-progress button')!.click(); });
      first.give(articleView(`${base}content_1.htm?div=-1`, '春耕备耕有序推进', ['本报讯 各地春耕备耕有序推进。']));
      await settle();
      expect(platform.askedArticles).toEqual([articles[0]!.url]);
      expect(headlines(root)).toEqual([]);
      expect(root.querySelector('.page-articles [role=status]')?.textContent).toBe('Stopped: 0 of 3 articles were read.');
    });

    it('the page view is titled by its label; an edition index offers the whole edition and shows its stories under their pages', async () => {
      platform.answer = { ...pageView(), value: { ...pageView().value, label: '第01版：要闻' } };
      expect((await mount()).querySelector('h1')?.textContent).toBe('第01版：要闻');

      const index = reading([]);
      const page = (n: number, listed: typeof articles) => ({ label: `第0${n}版`, url: null, pdf: null, articles: listed });
      platform.answer = { ...index, value: { ...index.value, kind: 'epaper-edition' as const, pages: [page(1, [articles[0]!]), page(2, []), page(3, [articles[1]!])] } };
      platform.articleAnswers.set(articles[0]!.url, articleView(articles[0]!.url, '春耕备耕有序推进', ['本报讯 各地春耕备耕有序推进。']));
      platform.articleAnswers.set(articles[1]!.url, articleView(articles[1]!.url, '新区建设提速', ['本报讯 新区建设不断提速。']));
      const root = await mount();
      expect(root.querySelector('h1')?.textContent).toBe("This edition's pages");
      expect(root.querySelector('button.read-all')).toBeNull();
      await act(async () => { root.querySelector<HTMLButtonElement>('button.read-edition')!.click(); });
      expect(root.querySelector('.articles-progress span')?.textContent).toBe("Reading the edition: page 1 of 3 (第01版), 0 articles read");
      await act(async () => { await new Promise((r) => setTimeout(r, 600)); }); // the pause between two requests
      await settle();
      expect(platform.askedArticles).toEqual([articles[0]!.url, articles[1]!.url]);
      expect([...root.querySelectorAll('.page-articles .printed-on')].map((h) => h.textContent)).toEqual(['第01版', '第03版']);
      expect(headlines(root)).toEqual(['春耕备耕有序推进', '新区建设提速']);
      expect(root.querySelector('.page-articles h2')?.textContent).toBe('2 stories in this edition');
      // the outline runs list → printed page → story, a level at a time
      expect([...root.querySelectorAll('.page-articles :is(h2, h3, h4)')].map((h) => h.tagName)).toEqual(['H2', 'H3', 'H4', 'H3', 'H4']);
      expect([...root.querySelectorAll('.page-articles .page-nav button')].map((b) => b.textContent)).toEqual(['第01版 1', '第03版 1']);

      // the popup opened again on the tab shows the edition as read, without reading the page or its articles again
      vi.mocked(askPage).mockClear();
      platform.askedArticles = [];
      const again = await mount();
      expect(headlines(again)).toEqual(['春耕备耕有序推进', '新区建设提速']);
      expect(askPage).not.toHaveBeenCalled();
    });

    it('a printed page that cannot be read returns to the page’s stories with the reason beside them', async () => {
      platform.answer = pageView();
      platform.articleAnswers.set(articles[0]!.url, articleView(`${base}content_1.htm?div=-1`, '春耕备耕有序推进', ['本报讯 各地春耕备耕有序推进。']));
      vi.mocked(runInTab).mockResolvedValueOnce({ ok: true, value: { ok: false, error: 'fetch-failed' } });
      const root = await mount();
      await act(async () => { root.querySelector<HTMLButtonElement>('button.read-all')!.click(); });
      await settle();
      await act(async () => { root.querySelector<HTMLButtonElement>('.printed-pages button')!.click(); });
      await settle();
      expect(root.querySelector('.printed-pages [role=alert]')?.textContent).toMatch(/could not fetch the PDF/);
      expect(headlines(root)).toEqual(['春耕备耕有序推进']);
      expect(root.querySelectorAll('.page-articles li a')).toHaveLength(3);
    });
  });
});
