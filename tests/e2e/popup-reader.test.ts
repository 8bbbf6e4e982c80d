/// <reference types="chrome" />
/**
 * The popup's reader features in real Chromium, on a served news page after a real toolbar click: tag
 * autocomplete from the reader's own tags, suggested tags, a suggested summary quoted from the story, saving
 * (one and all), keyboard-only use, and the popup in light and dark.
 *
 * Extraction and restructuring are being replaced while these tests are written, so they assert behaviour
 * (what is offered, saved, reachable), not the exact story text.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/annotate/sentences.js';
import { clickToolbarIcon, hasChromium, saveArtifact, servePages, type ExtensionBrowser } from './harness.js';
import { browserWithLibrary, clearDrafts, clearStorage, savedStoryOf, seedStories, storedStories } from './seed.js';

const WAIT = 10_000;

/** A story saved earlier from another site: its tags are the reader's existing tags. */
const earlier = savedStoryOf({
  url: 'https://news.example.org/2026/02/levee-repairs',
  headline: 'State funds levee repairs after winter storms',
  paragraphs: ['The state will pay for emergency levee repairs along three rivers, officials said on Monday.'],
  tags: ['flooding', 'infrastructure', '城市规划'],
  savedAt: '2026-02-10T09:00:00Z',
});

/** A story is saved under its page's canonical address, which the article page declares. */
const ARTICLE_CANONICAL = 'https://ledger.example/news/2026/03/14/flood-wall-approved';

describe.skipIf(!hasChromium)('Chromium: the popup’s reader features on a news page', () => {
  let browser: ExtensionBrowser;
  let pages: Awaited<ReturnType<typeof servePages>>;
  let control: Page;
  const article = () => pages.url('article-en-heavy-chrome');

  beforeAll(async () => {
    ({ browser, pages, control } = await browserWithLibrary([earlier], WAIT));
  });
  // Each test types into the same stories: what one left unsaved must not come back as a draft in the next.
  beforeEach(() => clearDrafts(control));
  afterAll(async () => {
    await browser?.close();
    await pages?.close();
  });

  /** A news tab, clicked on in the toolbar (which grants the extension that tab), then the popup as a tab of its own. */
  async function popupFor(url: string): Promise<Page> {
    const news = await browser.context.newPage();
    await news.goto(url);
    const real = await clickToolbarIcon(browser, news.url());
    await real.waitFor(`document.querySelector('article.story')`, WAIT);
    const tabId = await control.evaluate(async (u) => (await chrome.tabs.query({ url: u })).at(0)?.id, news.url());
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(browser.pageUrl(`popup.html?tabId=${tabId}`));
    await popup.locator('article.story').first().waitFor();
    return popup;
  }

  it('screenshots of the real popup opened by the toolbar icon, in light and in dark', async () => {
    const news = await browser.context.newPage();
    await news.goto(article());
    const popup = await clickToolbarIcon(browser, news.url());
    await popup.waitFor(`document.querySelector('article.story')`, WAIT);
    const background = () => popup.evaluate<string>('getComputedStyle(document.body).backgroundColor');
    await popup.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'light' }] });
    expect(await background()).toBe('rgb(251, 250, 247)');
    await popup.screenshot('popup-article-light.png');
    await popup.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    expect(await background()).toBe('rgb(27, 26, 24)');
    await popup.screenshot('popup-article-dark.png');
    await news.close();
  });

  it('offers the reader’s existing tags as they type (arrow + Enter picks), and suggested tags add with one click', async () => {
    const popup = await popupFor(article());
    const story = popup.locator('article.story').first();
    const tagBox = story.getByRole('combobox', { name: 'Add a tag' });
    await tagBox.fill('fl');
    await story.getByRole('option', { name: 'flooding' }).waitFor();
    expect(await story.getByRole('option').allTextContents()).toEqual(['flooding']);
    expect(await tagBox.getAttribute('aria-expanded')).toBe('true');
    await tagBox.press('ArrowDown');
    expect(await tagBox.getAttribute('aria-activedescendant')).toBe(await story.getByRole('option', { name: 'flooding' }).getAttribute('id'));
    await tagBox.press('Enter');
    await story.getByRole('button', { name: 'Remove tag flooding' }).waitFor();
    expect(await tagBox.inputValue()).toBe('');
    await tagBox.fill('城市');
    await story.getByRole('option', { name: '城市规划' }).waitFor();
    await tagBox.fill('');

    await story.getByRole('button', { name: 'Read and annotate' }).click(); // an opened story shows its suggestions
    const suggestions = story.getByRole('button', { name: /^Add suggested tag / });
    await suggestions.first().waitFor();
    const offered = (await suggestions.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')!))).map((l) => l.replace('Add suggested tag ', ''));
    expect(offered.length).toBeGreaterThan(0);
    expect(offered).not.toContain('flooding'); // already on the story
    const text = (await story.locator('.body').textContent())!.toLowerCase();
    for (const tag of offered) expect(text.includes(tag.toLowerCase()) || earlier.tags.includes(tag)).toBe(true);
    await story.getByRole('button', { name: `Add suggested tag ${offered[0]}` }).click();
    await story.getByRole('button', { name: `Remove tag ${offered[0]}` }).waitFor();
    expect(await story.getByRole('button', { name: `Add suggested tag ${offered[0]}` }).count()).toBe(0);
    await popup.close();
  });

  it('"Suggest" fills the summary with sentences from the story; Save keeps it, and reopening shows it saved', async () => {
    const popup = await popupFor(article());
    const story = popup.locator('article.story').first();
    await story.getByRole('button', { name: 'Read and annotate' }).click();
    const paragraphs = await story.locator('.body p').allTextContents();
    const summary = story.getByRole('textbox', { name: 'Summary' });
    await story.getByRole('button', { name: 'Suggest', exact: true }).click();
    await expect.poll(() => summary.inputValue()).not.toBe('');
    const text = await summary.inputValue();
    const quoted = asSentencesOf(text, paragraphs);
    expect(quoted, JSON.stringify({ text, paragraphs })).not.toBeNull();
    expect(quoted!.length).toBeGreaterThan(0);
    expect(text.length).toBeLessThan(paragraphs.join(' ').length);

    await story.getByRole('combobox', { name: 'Add a tag' }).fill('riverfront');
    await story.getByRole('combobox', { name: 'Add a tag' }).press('Enter');
    await story.getByRole('textbox', { name: 'Note' }).fill('Check the construction schedule in April.');
    await story.getByRole('button', { name: 'Save', exact: true }).click();
    await story.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    const saved = (await storedStories(control)).filter((s) => s.url === ARTICLE_CANONICAL);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ tags: ['riverfront'], summary: text, note: 'Check the construction schedule in April.' });

    await popup.reload();
    const again = popup.locator('article.story').first();
    await again.getByRole('button', { name: 'Update' }).waitFor();
    expect(await again.getByRole('textbox', { name: 'Summary' }).inputValue()).toBe(text);
    await again.getByRole('button', { name: 'Remove tag riverfront' }).waitFor();
    // Saving again updates the same record.
    await again.getByRole('textbox', { name: 'Note' }).fill('Meeting on April 2.');
    await again.getByRole('button', { name: 'Update' }).click();
    await expect.poll(async () => (await storedStories(control)).filter((s) => s.url === ARTICLE_CANONICAL).map((s) => s.note)).toEqual(['Meeting on April 2.']);
    await popup.close();
  });

  it('keyboard only: Tab reaches the story, its tag field, summary and Save; Enter opens, adds the tag and saves', async () => {
    await clearStorage(control);
    await seedStories(control, [earlier]);
    const popup = await popupFor(article());
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const focused = () => popup.evaluate(() => {
      const e = document.activeElement as HTMLElement | null;
      return e ? `${e.getAttribute('role') ?? e.tagName.toLowerCase()}:${e.getAttribute('aria-label') || (e.id && document.querySelector(`label[for="${e.id}"]`)?.textContent) || e.textContent}` : '';
    });
    /** Presses Tab until the wanted control has focus (at most 40 presses); returns how many it took. */
    const tabTo = async (wanted: string) => {
      for (let presses = 1; presses <= 40; presses++) {
        await popup.keyboard.press('Tab');
        if ((await focused()) === wanted) return presses;
      }
      throw new Error(`Tab never reached ${wanted} (last: ${await focused()})`);
    };
    await tabTo('button:Read and annotate');
    await popup.keyboard.press('Enter');
    await tabTo('combobox:Add a tag');
    await popup.keyboard.type('infra');
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('Enter');
    await popup.keyboard.type('城市');
    await popup.keyboard.press('Enter'); // nothing picked: what was typed becomes a tag
    await tabTo('textarea:Summary');
    await popup.keyboard.type('A flood wall for the Lowlands, approved 5-2.');
    await tabTo('button:Save');
    await popup.keyboard.press('Enter');
    await popup.locator('article.story').first().getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    const saved = (await storedStories(control)).filter((s) => s.url === ARTICLE_CANONICAL);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ tags: ['infrastructure', '城市'], summary: 'A flood wall for the Lowlands, approved 5-2.' });
    saveArtifact('popup-keyboard-saved.png', await popup.screenshot({ fullPage: true }));
    await popup.close();
  });

  it('shows markup-like text from a page as text: nothing in it runs or becomes an element', async () => {
    const img = '<img src=x onerror="window.__pwned = 1">';
    const script = '<script>window.__pwned = 2</script>';
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const url = 'http://hostile.test/story';
    await browser.context.route(url, (route) => route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><title>${escape(`Breaking ${img}`)}</title><body><article><h1>${escape(`Breaking ${img}`)}</h1>`
        + `<p>${escape(`${script} The council met on Monday evening to debate the budget for the coming year, and the chamber was full. ${img}`)}</p>`
        + `<p>${escape('<a href="javascript:window.__pwned=3">Read more</a> The vote was close: five members voted for the plan and four against it, after a debate of three hours.')}</p>`
        + '<p>The mayor said the city would publish the final figures next week, once the clerk has checked every line of the budget.</p></article></body>',
    }));
    const dialogs: string[] = [];
    const popup = await popupFor(url);
    popup.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    const story = popup.locator('article.story').first();
    await story.getByRole('button', { name: 'Read and annotate' }).click();
    await story.getByRole('combobox', { name: 'Add a tag' }).fill(img);
    await story.getByRole('combobox', { name: 'Add a tag' }).press('Enter');
    await story.getByRole('button', { name: 'Suggest', exact: true }).click();
    const dom = await popup.evaluate(() => ({
      pwned: (window as { __pwned?: unknown }).__pwned,
      elements: document.querySelectorAll('img, svg, iframe, object, embed, a').length,
      inlineScripts: [...document.querySelectorAll('script')].filter((e) => !e.src).length,
      text: document.querySelector('article.story')!.textContent,
    }));
    expect(dom).toMatchObject({ pwned: undefined, elements: 0, inlineScripts: 0 });
    expect(dom.text).toContain(script);
    expect(dom.text).toContain('<a href="javascript:window.__pwned=3">Read more</a>');
    await story.getByRole('button', { name: `Remove tag ${img}` }).waitFor();
    expect(dialogs).toEqual([]);
    await popup.close();
  });

  it('Save all saves every story on a page that holds several', async () => {
    await clearStorage(control);
    const popup = await popupFor(pages.url('epaper-zh-erqi'));
    const stories = popup.locator('article.story');
    const count = await stories.count();
    expect(count).toBeGreaterThan(1);
    await stories.nth(1).getByRole('combobox', { name: 'Add a tag' }).fill('郑州');
    await stories.nth(1).getByRole('combobox', { name: 'Add a tag' }).press('Enter');
    await popup.getByRole('button', { name: 'Save all' }).click();
    await expect.poll(() => popup.getByRole('status').filter({ hasText: /^Saved$/ }).count()).toBe(count);
    const saved = await storedStories(control);
    expect(saved).toHaveLength(count);
    expect(saved.filter((s) => s.tags.includes('郑州'))).toHaveLength(1);
    await popup.close();
  });
});

/**
 * The story's sentences that, joined, make up `summary` (in any order), or null when some part of it is not a
 * sentence of the story. Longest match first, so a sentence that starts like a shorter one is not cut.
 */
function asSentencesOf(summary: string, paragraphs: readonly string[]): string[] | null {
  const sentences = [...new Set(paragraphs.flatMap(splitSentences))].sort((a, b) => b.length - a.length);
  const found: string[] = [];
  for (let at = 0; at < summary.length;) {
    const next = sentences.find((s) => summary.startsWith(s, at));
    if (!next) return null;
    found.push(next);
    at += next.length;
    if (summary[at] === ' ') at++;
  }
  return found;
}
