/// <reference types="chrome" />
/**
 * An e-paper page view in real Chromium: a real Founder page view (../shared/epaper-sites) served with article
 * views made in the same system's shape (the 湖北日报 article fragments under the titles the page view lists) at
 * the addresses it links. Toolbar click → its articles listed → Read all → the stories arrive with progress →
 * one saved → on the notes page; Cancel stops the requests; a failing printed page returns to the stories; a
 * "PDF下载" link to "#" is not offered. The server's log says what was asked for, and when.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textPage, tinyPdf } from './tiny-pdf.js';
import { clickToolbarIcon, hasChromium, launchWithExtension, repo, serveFiles, type ExtensionBrowser, type PopupTarget, type ServedFile } from './harness.js';

const sites = join(repo, '../shared/epaper-sites');
const html = 'text/html; charset=utf-8';
const dir = '/html/2017-10/13/';
/** The page view's articles, in its order (read from the page: its title list). */
const listed = [
  ['content_306582.htm', '宁夏固原：红色旅游底色更足'],
  ['content_306587.htm', '多措并举推动澳门融入世界旅游大格局'],
  ['content_306588.htm', '甘肃：全域旅游从“环境革命”抓起'],
  ['content_306593.htm', '杭州入选全球旅游最佳实践样本城市'],
  ['content_306597.htm', '喜迎十九大展现新成就'],
] as const;
/** This article view is missing from the site: its request fails with 404. */
const missing = 'content_306588.htm';

const fragments = ['hbrb_20230211_content_211242_fragment.html', 'hbrb_20230211_content_211245_fragment.html'].map((name) => readFileSync(join(sites, name), 'utf8'));
/** A Founder article view: the fragment's body under the given headline (no kicker, no subheadline). */
const articleView = (headline: string, i: number): string => `<!doctype html><html><head><meta charset="utf-8"><title>中国旅游报</title></head><body>${
  fragments[i % 2]!
    .replace(/<font id="intro-title">[^<]*<\/font>/, '<font id="intro-title"></font>')
    .replace(/<font id="main-title">[^<]*<\/font>/, `<font id="main-title">${headline}</font>`)
    .replace(/<font id="sub-title">[^<]*<\/font>/, '<font id="sub-title"></font>')
}</body></html>`;

const HEADLINES = `[...document.querySelectorAll('.page-articles article.story .headline')].map((h) => h.textContent)`;

describe.skipIf(!hasChromium)('Chromium: an e-paper page view, Read all on this page', () => {
  let browser: ExtensionBrowser;
  let site: Awaited<ReturnType<typeof serveFiles>>;
  const files: Record<string, ServedFile> = {
    // the printed page's PDF (linked by its icon): what the site sends is no PDF
    '/images/2017-10/13/01/ZGLYB2017101301.pdf': { type: 'application/pdf', body: '<html><body>Not found</body></html>' },
    '/sample/': { type: html, body: readFileSync(join(repo, 'tests/pages/epaper-zh-erqi/page.html')) },
  };
  listed.forEach(([file, title], i) => { if (file !== missing) files[dir + file] = { type: html, body: articleView(title, i), delayMs: 600 }; });
  // An edition of three pages: the page list cut to 第01–03版; 第02版 and 第03版 as page views of the same system
  // (the real page's markup, its articles under other ids and titles). 第03版's first article is 第01版's first
  // story printed again under another id: it is shown once.
  const threePages = (page: string) => page.replace(/<a[^>]*href=node_[4-8]\.htm[^>]*>[^<]*<\/a>/g, '');
  const pageView = readFileSync(join(sites, 'zglyb_20171013_node_1_page.htm'), 'utf8');
  files[`${dir}node_1.htm`] = { type: html, body: threePages(pageView) };
  for (const n of [2, 3]) {
    let view = threePages(pageView);
    listed.forEach(([file, title], i) => {
      const other = file.replace('content_3', `content_${n + 2}`);
      const otherTitle = n === 3 && i === 0 ? title : `${title}（第0${n}版）`;
      view = view.replaceAll(file, other).replaceAll(title, otherTitle);
      files[dir + other] = { type: html, body: articleView(otherTitle, i) };
    });
    files[`${dir}node_${n}.htm`] = { type: html, body: view };
  }
  /** Every request the tabs made, with the time it was made. */
  const seen: { url: string; at: number }[] = [];

  beforeAll(async () => {
    site = await serveFiles(files);
    browser = await launchWithExtension();
    browser.context.setDefaultTimeout(20_000);
    // nothing leaves the machine: the page's own counter script on another site is stopped (and still recorded)
    await browser.context.route(/^https?:/, (route) => (new URL(route.request().url()).origin === site.origin ? route.continue() : route.abort()));
    browser.context.on('request', (request: Request) => { if (/^https?:/.test(request.url())) seen.push({ url: request.url(), at: Date.now() }); });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  async function openPageView(): Promise<{ tab: Page; popup: PopupTarget; clickedAt: () => number }> {
    const tab = await browser.context.newPage();
    await tab.goto(`${site.origin}${dir}node_1.htm`);
    const popup = await clickToolbarIcon(browser, tab.url());
    await popup.waitFor(`document.querySelector('button.read-all')`);
    let clicked = 0;
    return { tab, popup, clickedAt: () => clicked || (clicked = Date.now()) };
  }
  const articleRequests = () => site.requests.filter((r) => r.includes('/content_'));

  it('lists the articles; Read all fetches each after the click from the page’s origin, shows each with progress, says which failed; one saved is on the notes page', async () => {
    const { tab, popup, clickedAt } = await openPageView();
    expect(await popup.evaluate<string[]>(`[...document.querySelectorAll('.page-articles li a')].map((a) => a.textContent)`)).toEqual(listed.map(([, title]) => title));
    expect(articleRequests()).toEqual([]); // nothing asked for before the reader's click
    const before = seen.length;
    clickedAt();
    await popup.evaluate(`document.querySelector('button.read-all').click()`);
    const progress = await popup.waitFor<string>(`document.querySelector('.articles-progress span')?.textContent.match(/[1-4] of 5/) && document.querySelector('.articles-progress span').textContent`);
    expect(progress).toMatch(/^Reading the page's articles: [1-4] of 5$/);
    await popup.waitFor(`!document.querySelector('.articles-progress') && document.querySelectorAll('.page-articles article.story').length === 4`);
    await popup.screenshot('popup-epaper-read-all.png');
    expect(await popup.evaluate<string[]>(HEADLINES)).toEqual(listed.filter(([file]) => file !== missing).map(([, title]) => title));
    expect(await popup.evaluate<string[]>(`[...document.querySelectorAll('.article-failed')].map((p) => p.textContent)`)).toEqual(['Could not read “甘肃：全域旅游从“环境革命”抓起”: HTTP 404']);
    // one request per article, in the page's order, each after the click, all to the page's own origin
    expect(articleRequests()).toEqual(listed.map(([file]) => `${dir}${file}?div=${file === 'content_306597.htm' ? '0' : '-1'}`));
    const after = seen.slice(before);
    expect(after.map((r) => new URL(r.url).origin)).toEqual(after.map(() => site.origin));
    expect(after.filter((r) => r.url.includes('/content_'))).toHaveLength(listed.length); // the browser saw the tab's fetches
    expect(after.filter((r) => r.url.includes('/content_')).every((r) => r.at >= clickedAt())).toBe(true);
    // the printed page stays one click away: this page's PDF first (then the edition's other pages' the page lists)
    expect(await popup.evaluate<string>(`document.querySelector('.printed-pages li').textContent`)).toContain('ZGLYB2017101301.pdf');

    await popup.evaluate(`document.querySelectorAll('.page-articles article.story')[1].querySelector('button.primary').click()`);
    await popup.waitFor(`document.querySelectorAll('.page-articles article.story')[1].querySelector('.saved')`);
    const notes = await browser.context.newPage();
    await notes.goto(browser.pageUrl('notes.html'));
    await notes.locator('article.story .headline').first().waitFor();
    expect(await notes.locator('article.story .headline').allTextContents()).toEqual([listed[1][1]]);
    const stored = await notes.evaluate(async () => Object.values(await chrome.storage.local.get(null)).flat().map((v) => JSON.stringify(v)).join('\n'));
    expect(stored).toContain(`${site.origin}${dir}content_306587.htm?div=-1`); // saved under its own article's address
    await notes.close();
    await tab.close();
  });

  it('Cancel stops at once: no article is asked for after it', async () => {
    const { tab, popup } = await openPageView();
    const start = articleRequests().length;
    await popup.evaluate(`document.querySelector('button.read-all').click()`);
    await popup.waitFor(`document.querySelectorAll('.page-articles article.story').length >= 1`);
    await popup.evaluate(`document.querySelector('.articles-progress button').click()`);
    // the article asked for just before the click reaches the server within this; a run not stopped asks again within the wait after
    await new Promise((r) => setTimeout(r, 500));
    const atCancel = articleRequests().length - start;
    await new Promise((r) => setTimeout(r, 2000)); // several articles' time at this site's pace
    expect(articleRequests().length - start).toBe(atCancel);
    expect(atCancel).toBeLessThan(listed.length);
    expect(await popup.evaluate<string>(`document.querySelector('.page-articles p[role=status]').textContent`)).toMatch(/^Stopped: [1-4] of 5 articles were read\.$/);
    expect(await popup.evaluate<number>(`document.querySelectorAll('.page-articles article.story').length`)).toBeGreaterThanOrEqual(1);
    await tab.close();
  });

  it('a printed page that cannot be read returns to the page’s stories with the reason beside them', async () => {
    const { tab, popup } = await openPageView();
    await popup.evaluate(`document.querySelector('button.read-all').click()`);
    await popup.waitFor(`!document.querySelector('.articles-progress') && document.querySelectorAll('.page-articles article.story').length === 4`);
    await popup.evaluate(`document.querySelector('.printed-pages button').click()`);
    const message = await popup.waitFor<string>(`document.querySelector('.printed-pages [role=alert]')?.textContent`);
    expect(message).toBe('This file is not a PDF.');
    // the list that shows them is mounted again and reads the stories' saved state before it shows their cards
    expect(await popup.waitFor<boolean>(`document.querySelectorAll('.page-articles article.story').length === 4`, 5000)).toBe(true);
    expect(await popup.evaluate<number>(`document.querySelectorAll('.page-articles li a').length`)).toBe(5);
    await popup.screenshot('popup-epaper-pdf-failed.png');
    await tab.close();
  });

  it('a "PDF下载" link to "#" is not offered as the printed page', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(`${site.origin}/sample/`);
    const popup = await clickToolbarIcon(browser, tab.url());
    await popup.waitFor(`document.querySelectorAll('article.story').length > 1`);
    expect(await popup.evaluate<number>(`document.querySelectorAll('.printed-pages').length`)).toBe(0);
    await tab.close();
  });

  it('Read the whole edition: every page’s articles, page by page with progress, a pause between requests, grouped by page, a story printed twice shown once', async () => {
    const { tab, popup } = await openPageView();
    const from = site.requests.length;
    const startSeen = seen.length;
    await popup.evaluate(`document.querySelector('button.read-edition').click()`);
    await popup.waitFor(`document.querySelector('.articles-progress span')?.textContent.startsWith('Reading the edition: page 2 of 3 (第02版：旅游报02版)')`);
    await popup.waitFor(`!document.querySelector('.articles-progress') && document.querySelectorAll('.page-articles article.story').length > 0`, 40_000);
    await popup.screenshot('popup-epaper-edition.png');
    const asked = site.requests.slice(from);
    const page = (n: number) => listed.map(([file]) => `${dir}${file.replace('content_3', `content_${n + 2}`)}?div=${file === 'content_306597.htm' ? '0' : '-1'}`);
    expect(asked).toEqual([...page(1), `${dir}node_2.htm`, ...page(2), `${dir}node_3.htm`, ...page(3)]);
    const times = seen.slice(startSeen).filter((r) => new URL(r.url).pathname.startsWith(dir)).map((r) => r.at);
    expect(times).toHaveLength(asked.length);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(350); // the pause (400 ms) between requests
    expect(await popup.evaluate<string[]>(`[...document.querySelectorAll('.page-articles .printed-on')].map((h) => h.textContent)`))
      .toEqual(['第01版：旅游报01版', '第02版：旅游报02版', '第03版：旅游报03版']);
    const headlines = await popup.evaluate<string[]>(HEADLINES);
    expect(headlines).toHaveLength(4 + 5 + 4); // 第01版's missing article not read; 第03版's reprint of 第01版's story shown once
    expect(headlines.filter((h) => h === listed[0][1])).toHaveLength(1);
    expect(await popup.evaluate<string>(`document.querySelector('.page-articles h2').textContent`)).toBe('13 stories in this edition');
    await tab.close();
  }, 60_000);

  it('Read the whole edition: Cancel stops at once', async () => {
    const { tab, popup } = await openPageView();
    const from = site.requests.length;
    await popup.evaluate(`document.querySelector('button.read-edition').click()`);
    await popup.waitFor(`document.querySelectorAll('.page-articles article.story').length >= 2`);
    await popup.evaluate(`document.querySelector('.articles-progress button').click()`);
    await new Promise((r) => setTimeout(r, 500));
    const atCancel = site.requests.length;
    await new Promise((r) => setTimeout(r, 2000));
    expect(site.requests.length).toBe(atCancel);
    expect(atCancel - from).toBeLessThan(17);
    expect(await popup.evaluate<string>(`document.querySelector('.page-articles p[role=status]').textContent`)).toMatch(/^Stopped: \d+ articles of the edition were read\.$/);
    await tab.close();
  });

  it('Read the whole edition: a page whose page view cannot be read is read from its printed page’s PDF, under its page', async () => {
    const node3 = files[`${dir}node_3.htm`]!;
    delete files[`${dir}node_3.htm`];
    files['/images/2017-10/13/03/ZGLYB2017101303.pdf'] = { type: 'application/pdf', body: tinyPdf([textPage('Bridge reopens after repairs', [
      'The river bridge reopened to traffic on Monday after', 'six weeks of repairs to its deck, the county said.'])]) };
    try {
      const { tab, popup } = await openPageView();
      await popup.evaluate(`document.querySelector('button.read-edition').click()`);
      await popup.waitFor(`!document.querySelector('.articles-progress') && document.querySelectorAll('.page-articles article.story').length > 0`, 40_000);
      expect(await popup.evaluate<string[]>(`[...document.querySelectorAll('.page-articles .article-failed')].map((p) => p.textContent)`))
        .toEqual(['Could not read “甘肃：全域旅游从“环境革命”抓起”: HTTP 404', 'Could not read “第03版：旅游报03版”: HTTP 404']);
      expect(await popup.evaluate<string[]>(`[...document.querySelectorAll('.page-articles .printed-on')].map((h) => h.textContent)`))
        .toEqual(['第01版：旅游报01版', '第02版：旅游报02版', '第03版：旅游报03版']);
      expect((await popup.evaluate<string[]>(HEADLINES)).at(-1)).toBe('Bridge reopens after repairs');
      await tab.close();
    } finally {
      files[`${dir}node_3.htm`] = node3;
    }
  }, 60_000);
});
