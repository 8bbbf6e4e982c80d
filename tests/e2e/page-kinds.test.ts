/** Each kind of page, read through the real toolbar popup in Chromium. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarIcon, hasChromium, launchWithExtension, servePages, type ExtensionBrowser } from './harness.js';

describe.skipIf(!hasChromium)('Chromium: what the popup shows for each kind of page', () => {
  let browser: ExtensionBrowser;
  let pages: Awaited<ReturnType<typeof servePages>>;

  beforeAll(async () => {
    pages = await servePages();
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await pages?.close();
  });

  async function popupFor(url: string) {
    const tab = await browser.context.newPage();
    await tab.goto(url);
    const popup = await clickToolbarIcon(browser, tab.url());
    await popup.waitFor(`document.querySelector('article.story, .status:not([role=status])')`);
    return { tab, popup };
  }

  it('a single-article page with heavy chrome: one clean story with headline, byline and dateline', async () => {
    const { popup } = await popupFor(pages.url('article-en-heavy-chrome'));
    const stories = await popup.evaluate<{ headline: string; meta: string; text: string }[]>(`[...document.querySelectorAll('article.story')].map((a) => {
      a.querySelector('button[aria-expanded]').click();
      return { headline: a.querySelector('.headline').textContent, meta: a.querySelector('.meta')?.textContent ?? '', text: a.querySelector('.body, .lead').textContent };
    })`);
    await popup.screenshot('popup-article-en.png');
    expect(stories).toHaveLength(1);
    expect(stories[0]!.headline).toBe('City council approves riverfront flood wall after two-year fight');
    expect(stories[0]!.meta).toContain('Maria Okafor');
    expect(stories[0]!.meta).toContain('RIVERSIDE');
    for (const chrome of ['Advertisement', 'Sign up', 'Related stories', 'basement has flooded', 'Share on', 'All rights reserved', 'cookies']) {
      expect(stories[0]!.text).not.toContain(chrome);
    }
  });

  it('a page with no article: a clear message, not an empty list', async () => {
    const { popup } = await popupFor(pages.url('no-article-search'));
    expect(await popup.evaluate('document.querySelectorAll("article.story").length')).toBe(0);
    expect(await popup.evaluate('document.querySelector(".status").textContent')).toBe('No article found on this page.');
  });

  it('a page the server answers with an error (a bare 404, shown as the browser’s own error page): the page could not be loaded', async () => {
    const tab = await browser.context.newPage();
    // the navigation itself fails: the tab shows Chromium's "HTTP ERROR 404" page
    await tab.goto(pages.url('no-such-page')).catch(() => undefined);
    const popup = await clickToolbarIcon(browser, tab.url());
    await popup.waitFor(`document.querySelector('.status:not([role=status])')`);
    expect(await popup.evaluate('document.querySelector(".status").textContent')).toMatch(/could not be loaded/);
  });

  it('a browser page the extension may not read: a clear message', async () => {
    const { popup } = await popupFor('chrome://version/');
    expect(await popup.evaluate('document.querySelector(".status").textContent')).toMatch(/can't read this page/);
  });
});
