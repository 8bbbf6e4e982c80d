/// <reference types="chrome" />
/**
 * The reader's flow in real Chromium: click the toolbar icon on the sample e-paper page, see its stories in
 * the popup, tag + summarise + save one, see it saved on reopening, find it on the notes page and in storage.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarIcon, hasChromium, launchWithExtension, repo, saveArtifact, servePages, type ExtensionBrowser } from './harness.js';

const gold = JSON.parse(readFileSync(join(repo, '../shared/fixtures/epaper-zh-erqi/expected.json'), 'utf8')) as {
  stories: { kicker: string | null; headline: string; subheadline: string | null }[];
};
// Which title lines are kicker, headline or subheadline is set by type size in print, which a text layer
// does not carry; like the shared scorer, the title block is compared whole.
const goldTitles = gold.stories.map((s) => [s.kicker, s.headline, s.subheadline].filter(Boolean).join(''));
const TITLE_BLOCK = `[...a.querySelectorAll('.kicker, .headline, .subheadline')].map((e) => e.textContent).join('')`;

describe.skipIf(!hasChromium)('Chromium: toolbar click → stories → tag, summarise, save → notes page', () => {
  let browser: ExtensionBrowser;
  let pages: Awaited<ReturnType<typeof servePages>>;
  let newsPage: Page;
  const sample = () => pages.url('epaper-zh-erqi');

  beforeAll(async () => {
    pages = await servePages();
    browser = await launchWithExtension();
    newsPage = await browser.context.newPage();
    await newsPage.goto(sample());
  });
  afterAll(async () => {
    await browser?.close();
    await pages?.close();
  });

  it('lists the sample page’s stories in the real popup opened by the toolbar icon', async () => {
    const popup = await clickToolbarIcon(browser, sample());
    const count = await popup.waitFor<number>(`document.querySelectorAll('article.story').length`);
    const titles = await popup.evaluate<string[]>(`[...document.querySelectorAll('article.story')].map((a) => ${TITLE_BLOCK})`);
    await popup.screenshot('popup-epaper-zh-erqi.png');
    expect(count).toBe(gold.stories.length);
    expect(titles).toEqual(goldTitles);
  });

  async function openPopupAsTab(): Promise<Page> {
    // The toolbar click above granted activeTab on the news tab; the popup page reads it through ?tabId=.
    const page = await browser.context.newPage();
    await page.goto(browser.pageUrl('notes.html'));
    const tabId = await page.evaluate(async (url) => (await chrome.tabs.query({ url })).at(0)?.id, sample());
    await page.goto(browser.pageUrl(`popup.html?tabId=${tabId}`));
    await page.locator('article.story').first().waitFor();
    return page;
  }

  it('tags, summarises and saves a story, and shows it saved when the popup opens again', async () => {
    const popup = await openPopupAsTab();
    const story = popup.locator('article.story').nth(2);
    await story.getByRole('button', { name: 'Read and annotate' }).click();
    await story.getByRole('combobox', { name: 'Add a tag' }).fill('产业');
    await story.getByRole('combobox', { name: 'Add a tag' }).press('Enter');
    await story.getByRole('textbox', { name: 'Summary' }).fill('区里开会推进产业发展。');
    await story.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => story.getByRole('status').textContent()).toBe('Saved');
    saveArtifact('popup-saved.png', await popup.screenshot({ fullPage: true }));

    await popup.reload();
    const again = popup.locator('article.story').nth(2);
    await again.getByRole('button', { name: 'Update' }).waitFor();
    expect(await again.getByRole('group', { name: 'Tags' }).locator('.chip').allTextContents()).toEqual(['产业×']);
    expect(await again.getByRole('textbox', { name: 'Summary' }).inputValue()).toBe('区里开会推进产业发展。');
    await popup.close();
  });

  it('shows the saved story on the notes page and keeps it in extension storage', async () => {
    const notes = await browser.context.newPage();
    await notes.goto(browser.pageUrl('notes.html'));
    const saved = notes.locator('.reading-pane article.story'); // the list's one row, shown in the reading pane
    await saved.first().waitFor();
    expect(await notes.getByRole('listbox', { name: 'Saved stories' }).getByRole('option').count()).toBe(1);
    expect(await saved.count()).toBe(1);
    expect(await saved.first().evaluate((a) => [...a.querySelectorAll('.kicker, .headline, .subheadline')].map((e) => e.textContent).join(''))).toBe(goldTitles[2]);
    saveArtifact('notes-page.png', await notes.screenshot({ fullPage: true }));

    const stored = await notes.evaluate(async () => Object.entries(await chrome.storage.local.get(null)));
    const records = stored.filter(([key]) => key.startsWith('story:')).map(([, value]) => (value as { story: unknown }).story);
    expect(records).toHaveLength(1);
    const record = records[0] as { title: Record<string, string | null> };
    expect([record.title.kicker, record.title.headline, record.title.subheadline].filter(Boolean).join('')).toBe(goldTitles[2]);
    expect(records[0]).toMatchObject({ tags: ['产业'], summary: '区里开会推进产业发展。', url: sample() });
  });
});
