import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Story } from '../../src/core/types.js';
import type { EditionPage, PageReading } from '../../src/messages.js';
import { platform } from '../../tests/fake-platform.js';
import { pageExtract } from '../../tests/fake-reading.js';
import { restructure } from '../../src/restructure/index.js';
import { gatheredFrom, listingOfArticles, MAX_EDITION_ARTICLES, MAX_EDITION_PAGES, readEdition, type EditionRun } from './page-articles.js';

vi.mock('../../src/platform/browser.js', async () => (await import('../../tests/fake-platform.js')).fakePlatformModule());
vi.mock('../../src/read-page.js', async () => (await import('../../tests/fake-reading.js')).fakeReadPageModule());

const site = 'https://paper.example/html/2026-03/10/';
const story = (headline: string, paragraphs: string[]): Story => ({ kicker: null, headline, subheadline: null, dateline: null, byline: null, paragraphs });
const reading = (url: string, stories: Story[], articles: PageReading['articles'] = []): PageReading => ({
  kind: articles.length ? 'epaper-page' : 'article', url, title: stories[0]?.headline ?? null, byline: null, authors: [], publishedTime: null, siteName: null,
  lang: 'zh', canonicalUrl: null, page: { language: 'zh', stories, unassigned: [] }, linkedPdfs: [], articles, pages: [], label: null,
});
const article = (n: number) => ({ title: `文章${n}`, url: `${site}content_${n}.htm` });
const pageLink = (n: number, articles: EditionPage['articles'] = null): EditionPage => ({ label: `第0${n}版`, url: `${site}node_${n}.htm`, pdf: null, articles });

/** A run that records what it is told. */
function recorder(pauseMs = 0) {
  const told: string[] = [];
  const controller = new AbortController();
  const run: EditionRun = {
    signal: controller.signal,
    pauseMs,
    onPage: (index, total, page) => told.push(`page ${index + 1}/${total} ${page.label}`),
    onArticle: (a, read) => told.push(read.ok ? `read ${a.title}` : `failed ${a.title}: ${read.error}`),
    onPageFailed: (page, reason) => told.push(`page failed ${page.label}: ${reason}`),
    onBound: () => told.push('bound'),
    onPdfPage: async (page) => { told.push(`pdf ${page.label} ${page.pdf}`); },
  };
  return { told, run, controller };
}

beforeEach(() => {
  platform.articleAnswers.clear();
  platform.askedArticles = [];
});
afterEach(() => vi.useRealTimers());

describe('reading the whole edition', () => {
  it('reads page by page: the shown page’s articles as listed, another page’s from its page view; an article two pages link once; a page that fails is said', async () => {
    for (const n of [1, 2, 3, 4]) platform.articleAnswers.set(article(n).url, { ok: true, value: pageExtract(article(n).url, [story(`文章${n}`, [`正文${n}`])], { kind: 'article' }) });
    platform.articleAnswers.set(pageLink(2).url!, { ok: true, value: pageExtract(pageLink(2).url!, [], { kind: 'epaper-page', articles: [article(2), article(1), article(3)] }) });
    platform.articleAnswers.set(pageLink(3).url!, { ok: false, error: 'HTTP 500' });
    const { told, run } = recorder();
    await readEdition(7, { url: pageLink(1).url!, articles: [article(1)] }, [pageLink(1), pageLink(2), pageLink(3), pageLink(4, [article(4)])], run);
    expect(platform.askedArticles).toEqual([article(1).url, pageLink(2).url, article(2).url, article(3).url, pageLink(3).url, article(4).url]);
    expect(told).toEqual([
      'page 1/4 第01版', 'read 文章1', 'page 2/4 第02版', 'read 文章2', 'read 文章3', 'page 3/4 第03版', 'page failed 第03版: HTTP 500', 'page 4/4 第04版', 'read 文章4',
    ]);
  });

  it('a page that names no article (its page view failed, or none) is read from its PDF where it links one', async () => {
    platform.articleAnswers.set(pageLink(3).url!, { ok: false, error: 'HTTP 404' });
    const { told, run } = recorder();
    const pdf = `${site}../../images/A03.pdf`;
    await readEdition(7, { url: '', articles: [] }, [pageLink(2, []), { ...pageLink(3), pdf }, { ...pageLink(4, []), pdf: null }], run);
    expect(told).toEqual(['page 1/3 第02版', 'page 2/3 第03版', 'page failed 第03版: HTTP 404', `pdf 第03版 ${pdf}`, 'page 3/3 第04版']);
  });

  it('pauses between requests, and asks nothing more once cancelled, even mid-pause', async () => {
    vi.useFakeTimers();
    for (const n of [1, 2, 3]) platform.articleAnswers.set(article(n).url, { ok: true, value: pageExtract(article(n).url, [story(`文章${n}`, ['x'])], { kind: 'article' }) });
    const { run, controller } = recorder(400);
    const done = readEdition(7, { url: pageLink(1).url!, articles: [article(1), article(2), article(3)] }, [pageLink(1), pageLink(2, [])], run);
    await vi.advanceTimersByTimeAsync(0);
    expect(platform.askedArticles).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(399);
    expect(platform.askedArticles).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(platform.askedArticles).toHaveLength(2);
    controller.abort();
    await vi.advanceTimersByTimeAsync(2000);
    await done;
    expect(platform.askedArticles).toHaveLength(2);
  });

  it(`stops at ${MAX_EDITION_PAGES} pages and at ${MAX_EDITION_ARTICLES} articles, and says so`, async () => {
    const many = Array.from({ length: MAX_EDITION_PAGES + 1 }, (_, i) => pageLink(i + 1, []));
    const pages = recorder();
    await readEdition(7, { url: '', articles: [] }, many, pages.run);
    expect(pages.told.filter((line) => line.startsWith('page '))).toHaveLength(MAX_EDITION_PAGES);
    expect(pages.told.at(-1)).toBe('bound');

    const full = Array.from({ length: 3 }, (_, p) => pageLink(p + 1, Array.from({ length: 150 }, (_, i) => article(p * 150 + i))));
    const articles = recorder();
    await readEdition(7, { url: '', articles: [] }, full, articles.run);
    expect(platform.askedArticles).toHaveLength(MAX_EDITION_ARTICLES);
    expect(articles.told.at(-1)).toBe('bound');
  });
});

describe('the stories read from articles, on one list', () => {
  it('keeps each story’s article and printed page; a story printed on two pages is shown once', () => {
    const facts = { url: pageLink(1).url, canonicalUrl: null, siteName: null, title: '第01版', publishedTime: null };
    const jump = story('春耕备耕有序推进', ['本报讯 各地春耕备耕有序推进。']);
    const listing = listingOfArticles(facts, 'en', [
      gatheredFrom('第01版', reading(article(1).url, [jump])),
      gatheredFrom('第01版', reading(article(2).url, [story('新区建设提速', ['正文'])])),
      gatheredFrom('第04版', reading(article(9).url, [{ ...jump }])),
      gatheredFrom('第04版', reading(article(5).url, [story('图片新闻', ['花开正好'])])),
    ]);
    expect(listing.stories.map((s) => s.headline)).toEqual(['春耕备耕有序推进', '新区建设提速', '图片新闻']);
    expect(listing.sources?.map((s) => s.url)).toEqual([article(1).url, article(2).url, article(5).url]);
    expect(listing.groups).toEqual(['第01版', '第01版', '第04版']);
    expect(listing.language).toBe('zh');
  });

  it('joins a story that jumps to another page of the edition with the part printed there, under its first part\'s article and page', () => {
    const facts = { url: pageLink(1).url, canonicalUrl: null, siteName: null, title: '第01版', publishedTime: null };
    const front = restructure('全市推进老旧小区改造\n\n本报讯（记者 张三）今年以来，我市加快推进老旧小区改造工作，截至目前已完成改造项目一百二十个，惠及居民三万余户。\n\n市住建局负责人介绍，下一步将重点解决（下转第4版）');
    const inside = restructure('（上接第1版）加装电梯、管网更新等群众最关心的问题，确保年底前全面完成改造任务。');
    const gathered = (insidePage: string) => [
      { ...gatheredFrom('第01版：要闻', reading(article(1).url, front.stories)), unassigned: front.unassigned },
      { ...gatheredFrom(insidePage, reading(article(9).url, inside.stories)), unassigned: inside.unassigned },
    ];
    const listing = listingOfArticles(facts, 'zh', gathered('第04版：综合'));
    expect(listing.stories).toHaveLength(1);
    expect(listing.stories[0]!.paragraphs.at(-1)).toBe('市住建局负责人介绍，下一步将重点解决加装电梯、管网更新等群众最关心的问题，确保年底前全面完成改造任务。');
    expect(listing.stories[0]).not.toHaveProperty('continuesOn');
    expect(listing.sources?.map((s) => s.url)).toEqual([article(1).url]);
    expect(listing.groups).toEqual(['第01版：要闻']);
    // page 4 not read (the bound, or a page that failed): the first part says where it goes on
    const cut = listingOfArticles(facts, 'zh', gathered('第02版：综合'));
    expect(cut.stories.map((s) => s.continuesOn)).toEqual(['第4版', undefined]);
  });
});
