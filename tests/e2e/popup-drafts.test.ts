/// <reference types="chrome" />
/**
 * Drafts survive the popup closing, in real Chromium through the real toolbar popup: typed tags, summary and
 * note, Escape twice (the first closes the tag completions, the second the popup), the popup opened again on
 * the same tab shows the draft marked unsaved, and Save saves it once.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarIcon, hasChromium, servePages, type ExtensionBrowser, type PopupTarget } from './harness.js';
import { browserWithLibrary, savedStoryOf, storedStories } from './seed.js';

const WAIT = 10_000;
const ARTICLE_CANONICAL = 'https://ledger.example/news/2026/03/14/flood-wall-approved';

/** Saved earlier: its tag is what the completions offer when the reader types "fl". */
const earlier = savedStoryOf({
  url: 'https://news.example.org/2026/02/levee-repairs',
  headline: 'State funds levee repairs after winter storms',
  paragraphs: ['The state will pay for emergency levee repairs along three rivers, officials said on Monday.'],
  tags: ['flooding'],
  savedAt: '2026-02-10T09:00:00Z',
});

const SUMMARY = 'The council approved the flood wall, 5-2.';
const NOTE = 'Ask the clerk for the construction schedule.';

/** Typing and keys as the popup's renderer receives them from the keyboard. */
async function focus(popup: PopupTarget, selector: string): Promise<void> {
  await popup.evaluate(`document.querySelector(${JSON.stringify(selector)}).focus()`);
}
const typeText = (popup: PopupTarget, text: string) => popup.send('Input.insertText', { text });
const keyEvent = (type: 'rawKeyDown' | 'keyUp', key: 'Enter' | 'Escape') =>
  ({ type, key, code: key, windowsVirtualKeyCode: { Enter: 13, Escape: 27 }[key] });
async function press(popup: PopupTarget, key: 'Enter' | 'Escape'): Promise<void> {
  await popup.send('Input.dispatchKeyEvent', keyEvent('rawKeyDown', key));
  await popup.send('Input.dispatchKeyEvent', keyEvent('keyUp', key));
}
/** A key that closes the popup: it may be gone before it answers, so the test waits for the popup to go instead. */
function pressClosing(popup: PopupTarget, key: 'Escape'): void {
  popup.send('Input.dispatchKeyEvent', keyEvent('rawKeyDown', key)).catch(() => undefined);
}

describe.skipIf(!hasChromium)('Chromium: a draft in the popup survives the popup closing', () => {
  let browser: ExtensionBrowser;
  let pages: Awaited<ReturnType<typeof servePages>>;
  let control: Page;

  beforeAll(async () => {
    ({ browser, pages, control } = await browserWithLibrary([earlier], WAIT));
  });
  afterAll(async () => {
    await browser?.close();
    await pages?.close();
  });

  const popupIsOpen = async () => {
    const { targetInfos } = await browser.cdp.send('Target.getTargets');
    return targetInfos.some((t) => t.url.startsWith(browser.pageUrl('popup.html')));
  };

  it('typed, closed with Escape twice, reopened: the draft is there marked unsaved; Save saves it once', async () => {
    const news = await browser.context.newPage();
    await news.goto(pages.url('article-en-heavy-chrome'));
    let popup = await clickToolbarIcon(browser, news.url());
    await popup.waitFor(`document.querySelector('article.story')`, WAIT);

    const card = 'article.story';
    await focus(popup, `${card} input[role=combobox]`);
    await typeText(popup, 'riverfront');
    await press(popup, 'Enter');
    await popup.waitFor(`document.querySelector('${card} button[aria-label="Remove tag riverfront"]')`);
    await popup.evaluate(`document.querySelector('${card} button[aria-expanded]').click()`);
    await popup.waitFor(`document.querySelector('${card} textarea')`);
    await focus(popup, '#story-0-summary');
    await typeText(popup, SUMMARY);
    await focus(popup, '#story-0-note');
    await typeText(popup, NOTE);
    await popup.waitFor(`document.querySelector('${card} .draft-mark')?.textContent === 'Unsaved draft'`);

    await focus(popup, `${card} input[role=combobox]`);
    await typeText(popup, 'fl');
    await popup.waitFor(`document.querySelector('${card} [role=listbox]')?.textContent === 'flooding'`);
    await press(popup, 'Escape');
    await popup.waitFor(`!document.querySelector('[role=listbox]')`);
    await new Promise((r) => setTimeout(r, 500));
    expect(await popupIsOpen()).toBe(true); // the first Escape closed the completions only
    pressClosing(popup, 'Escape');
    await expect.poll(popupIsOpen, { timeout: WAIT }).toBe(false);
    expect((await storedStories(control)).filter((s) => s.url === ARTICLE_CANONICAL)).toEqual([]);

    popup = await clickToolbarIcon(browser, news.url());
    await popup.waitFor(`document.querySelector('${card} .draft-mark')`, WAIT);
    const restored = await popup.evaluate<{ tags: string[]; fields: string[]; mark: string; button: string }>(`(() => {
      const story = document.querySelector('${card}');
      return {
        tags: [...story.querySelectorAll('[role=group] .chip')].map((c) => c.firstChild.textContent),
        fields: [...story.querySelectorAll('textarea')].map((t) => t.value),
        mark: story.querySelector('.draft-mark').textContent,
        button: story.querySelector('button.primary').textContent,
      };
    })()`);
    expect(restored).toEqual({ tags: ['riverfront'], fields: [SUMMARY, NOTE], mark: 'Unsaved draft', button: 'Save' });
    await popup.screenshot('popup-draft-restored.png');

    await popup.evaluate(`document.querySelector('${card} button.primary').click()`);
    await popup.waitFor(`document.querySelector('${card} .saved')?.textContent === 'Saved'`);
    expect(await popup.evaluate(`!!document.querySelector('.draft-mark')`)).toBe(false);
    await popup.screenshot('popup-draft-saved.png');

    await control.reload();
    const onNotesPage = control.locator('article.story').filter({ hasText: 'riverfront' });
    await onNotesPage.first().waitFor();
    expect(await onNotesPage.count()).toBe(1);
    expect(await onNotesPage.getByRole('textbox', { name: 'Summary' }).inputValue()).toBe(SUMMARY);
    expect(await onNotesPage.getByRole('textbox', { name: 'Note' }).inputValue()).toBe(NOTE);
    const saved = (await storedStories(control)).filter((s) => s.url === ARTICLE_CANONICAL);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ tags: ['riverfront'], summary: SUMMARY, note: NOTE });
    expect(await control.evaluate(() => chrome.storage.session.get(null))).toEqual({}); // the draft is gone
    await news.close();
  });
});
