/**
 * The popup on a PDF of several printed pages, in real Chromium after a real toolbar click: each page's stories
 * show as soon as that page is read (page 1's before page 4 is read), under a page navigator; the reading is kept
 * for the tab, so the popup opened again shows it without fetching or reading the PDF again; and the keyboard
 * moves from story to story and saves the one it is on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarIcon, closePopups, hasChromium, launchWithExtension, serveFiles, type ExtensionBrowser, type PopupTarget } from './harness.js';
import { textPage, tinyPdf } from './tiny-pdf.js';

/**
 * A page set close with small type, as a dense broadsheet page is: pdf.js takes a while over it, which is the
 * time in which the pages before it must already show.
 */
function densePage(headline: string): string {
  const lines = [textPage(headline, ['The last page of the edition carries the full tables of results.'])];
  for (let row = 0; row < 160; row++) {
    for (let column = 0; column < 12; column++) lines.push(`BT /F1 3 Tf ${40 + column * 46} ${640 - row * 3.6} Td (r${row} c${column} 12.5) Tj ET`);
  }
  return lines.join('\n');
}

const headlines = ['Bridge reopens after repairs', 'Library extends its hours', 'Council passes the budget', 'Results of the county fair'] as const;
const fourPages = tinyPdf([
  textPage(headlines[0], ['The river bridge reopened to traffic on Monday after', 'six weeks of repairs to its deck, the county said.']),
  textPage(headlines[1], ['The central library will stay open until nine on', 'weekdays from March, the board decided on Tuesday.']),
  textPage(headlines[2], ['The council passed next year’s budget on Thursday', 'after a long debate over the price of road repairs.']),
  densePage(headlines[3]),
]);

const TITLES = `[...document.querySelectorAll('article.story .headline')].map((h) => h.textContent)`;

describe.skipIf(!hasChromium)('Chromium: the popup on a PDF of several pages', () => {
  let browser: ExtensionBrowser;
  let site: Awaited<ReturnType<typeof serveFiles>>;
  const path = '/edition/2026-12-07.pdf';

  beforeAll(async () => {
    site = await serveFiles({ [path]: { type: 'application/pdf', body: fourPages } });
    browser = await launchWithExtension();
    browser.context.setDefaultTimeout(20_000);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const closePopup = () => closePopups(browser);
  const press = (popup: PopupTarget, key: string) => popup.send('Input.dispatchKeyEvent', { type: 'keyDown', key, text: key.length === 1 ? key : undefined });

  it('shows page 1’s stories before page 4 is read, and the popup opened again shows them without reading the PDF again', async () => {
    const tab = await browser.context.newPage();
    const url = `${site.origin}${path}`;
    await tab.goto(url).catch(() => undefined); // the PDF viewer's navigation ends without a usual load
    await expect.poll(() => tab.url()).toBe(url);
    await tab.waitForTimeout(500);

    const popup = await clickToolbarIcon(browser, url);
    // the moment the first story shows: which stories, and how many pages pdf.js had read by then
    const first = await popup.waitFor<{ titles: string[]; pagesRead: number; pages: number }>(`(() => {
      const titles = ${TITLES};
      const progress = document.querySelector('.pdf-progress progress');
      return titles.length ? { titles, pagesRead: progress ? progress.value : -1, pages: progress ? progress.max : -1 } : null;
    })()`, 20_000, 5);
    expect(first.titles).toContain(headlines[0]);
    expect(first.pages).toBe(4);
    expect(first.pagesRead).toBeGreaterThanOrEqual(1);
    expect(first.pagesRead).toBeLessThan(4);

    await popup.waitFor(`!document.querySelector('.pdf-progress') && ${TITLES}.length === 4`, 30_000);
    // page 4's title is the layout's to decide among its dense type: the test holds it to being there
    const titles = await popup.evaluate<string[]>(TITLES);
    expect(titles.slice(0, 3)).toEqual(headlines.slice(0, 3));
    // grouped by page, with a navigator to each page's stories
    expect(await popup.evaluate<string[]>(`[...document.querySelectorAll('.page-nav button')].map((b) => b.textContent)`)).toEqual(['Page 1 1', 'Page 2 1', 'Page 3 1', 'Page 4 1']);
    await popup.evaluate(`document.querySelectorAll('.page-nav button')[2].click()`);
    expect(await popup.evaluate<string>(`document.activeElement.querySelector('.headline').textContent`)).toBe(headlines[2]);
    await popup.screenshot('popup-pdf-pages.png');

    const fetched = site.requests.filter((r) => r === path).length;
    await closePopup();
    const again = await clickToolbarIcon(browser, url);
    const shownAgain = await again.waitFor<{ titles: string[]; progress: boolean }>(`(() => {
      const titles = ${TITLES};
      return titles.length ? { titles, progress: !!document.querySelector('.pdf-progress') } : null;
    })()`, 5_000, 5);
    expect(shownAgain).toEqual({ titles, progress: false });
    expect(site.requests.filter((r) => r === path).length).toBe(fetched);
    await closePopup();
    await tab.close();
  });

  it('the keyboard moves from story to story and saves the one it is on', async () => {
    const tab = await browser.context.newPage();
    const url = `${site.origin}${path}`;
    await tab.goto(url).catch(() => undefined);
    await expect.poll(() => tab.url()).toBe(url);
    const popup = await clickToolbarIcon(browser, url);
    await popup.waitFor(`${TITLES}.length === 4 && !document.querySelector('.pdf-progress')`, 30_000);
    const focusedTitle = `document.activeElement.closest('article.story')?.querySelector('.headline').textContent ?? null`;

    await press(popup, 'j');
    expect(await popup.evaluate(focusedTitle)).toBe(headlines[0]);
    await press(popup, 'j');
    await press(popup, 'ArrowDown');
    await press(popup, 'k');
    expect(await popup.evaluate(focusedTitle)).toBe(headlines[1]);
    await press(popup, 's');
    await popup.waitFor(`document.activeElement.closest('article.story').querySelector('.saved')`);
    // only the focused story was saved
    expect(await popup.evaluate<number>(`document.querySelectorAll('article.story .saved').length`)).toBe(1);
    // read from the popup itself: opening another page would take the focus, and Chromium closes its popup then
    expect(await popup.evaluate<string[]>(`chrome.storage.local.get(null).then((all) => Object.entries(all).filter(([key]) => key.startsWith('story:')).map(([, value]) => value.story.title.headline))`)).toEqual([headlines[1]]);
    await closePopup();
    await tab.close();
  });
});
