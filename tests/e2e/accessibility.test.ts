/// <reference types="chrome" />
/**
 * axe-core over the popup and the notes page in real Chromium, in light and in dark: no violation of serious or
 * critical impact. axe is put into the page by the test (its source evaluated there); the extension ships no
 * part of it. Each page is checked as a reader sees it: at rest, and with a story opened, its fields and the
 * tag completions showing, and a message shown.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarIcon, hasChromium, servePages, type ExtensionBrowser } from './harness.js';
import { browserWithLibrary, library } from './seed.js';

const WAIT = 10_000;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs an expression in the page (awaiting a promise) and returns its value. */
type Evaluate = <T>(expression: string) => Promise<T>;
const inPage = (page: Page): Evaluate => (expression) => page.evaluate(expression);

/** axe's violations of serious or critical impact on the page as it is now, one line each. */
async function seriousViolations(evaluate: Evaluate): Promise<string[]> {
  if (!(await evaluate<boolean>(`'axe' in window`))) await evaluate(`${axeSource};0`);
  const { violations, passed } = await evaluate<{ violations: Violation[]; passed: number }>(`
    axe.run(document, { resultTypes: ['violations'] }).then((r) => ({ violations: r.violations, passed: r.passes.length }))`);
  // axe ran its rules on this page (a run that checked nothing would find nothing).
  expect(passed).toBeGreaterThan(10);
  if (process.env['AXE_ALL']) console.log(violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id} (${v.help}) at ${n.target.join(' ')}: ${n.failureSummary ?? ''}`));
}

describe.skipIf(!hasChromium)('Chromium: axe finds no serious or critical violation on the popup, the notes page or the PDF page', () => {
  let browser: ExtensionBrowser;
  let pages: Awaited<ReturnType<typeof servePages>>;
  let control: Page;

  beforeAll(async () => {
    ({ browser, pages, control } = await browserWithLibrary(library, WAIT));
  });
  afterAll(async () => {
    await browser?.close();
    await pages?.close();
  });

  /** Checks the page now in both colour schemes. */
  async function bothSchemes(page: Page, state: string): Promise<void> {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousViolations(inPage(page)), `${state}, ${colorScheme}`).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: null });
  }

  it('the notes page: the list and the reading pane, a story being edited with tag completions, grouped, a search, and a message', async () => {
    const notes = await browser.context.newPage();
    await notes.goto(browser.pageUrl('notes.html'));
    await notes.getByText(/^\d+ of \d+ stories$/).waitFor();
    await bothSchemes(notes, 'notes page');

    await notes.getByRole('listbox', { name: 'Saved stories' }).getByRole('option').nth(1).click();
    const story = notes.locator('.reading-pane article.story');
    await story.getByRole('textbox', { name: 'Summary' }).fill('A summary.');
    await story.getByRole('combobox', { name: 'Add a tag' }).fill('e');
    await story.getByRole('listbox').waitFor();
    await bothSchemes(notes, 'notes page, a story opened');
    await notes.getByLabel('Group').selectOption('site');
    await notes.locator('.group-row').first().waitFor();
    await bothSchemes(notes, 'notes page, grouped by source');
    await notes.getByLabel('Group').selectOption('');

    await notes.getByRole('searchbox', { name: 'Search notes' }).fill('记者');
    await notes.locator('[role=option] mark').first().waitFor();
    await bothSchemes(notes, 'notes page, a search');

    await notes.getByLabel('Import JSON…').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
    await notes.getByRole('alert').waitFor();
    await notes.getByRole('button', { name: 'Delete' }).first().click();
    await notes.getByRole('button', { name: 'Undo' }).waitFor();
    await bothSchemes(notes, 'notes page, an error and the undo toast');
    await notes.close();
  });

  it('the PDF page the notes page opens, before a file is chosen', async () => {
    const pdf = await browser.context.newPage();
    await pdf.goto(browser.pageUrl('pdf.html'));
    await pdf.locator('main, body > *').first().waitFor();
    await pdf.waitForLoadState('networkidle');
    await bothSchemes(pdf, 'PDF page');
    await pdf.close();
  });

  it('the real toolbar popup on an article, as Chromium opens it', async () => {
    const news = await browser.context.newPage();
    await news.goto(pages.url('article-en-heavy-chrome'));
    const popup = await clickToolbarIcon(browser, news.url());
    await popup.waitFor(`document.querySelector('article.story')`, WAIT);
    for (const value of ['light', 'dark']) {
      await popup.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value }] });
      expect(await popup.evaluate(`matchMedia('(prefers-color-scheme: ${value})').matches`)).toBe(true);
      expect(await seriousViolations((expression) => popup.evaluate(expression)), `toolbar popup, ${value}`).toEqual([]);
    }
    await news.close();
  });

  it('the popup on an article: the stories, one opened with its fields, a draft, and after a save', async () => {
    const news = await browser.context.newPage();
    await news.goto(pages.url('article-en-heavy-chrome'));
    const real = await clickToolbarIcon(browser, news.url());
    await real.waitFor(`document.querySelector('article.story')`, WAIT);
    const tabId = await control.evaluate(async (u) => (await chrome.tabs.query({ url: u })).at(0)?.id, news.url());
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(browser.pageUrl(`popup.html?tabId=${tabId}`));
    const story = popup.locator('article.story').first();
    await story.waitFor();
    await bothSchemes(popup, 'popup');

    await story.getByRole('button', { name: 'Read and annotate' }).click();
    await story.getByRole('textbox', { name: 'Summary' }).fill('A summary typed, not saved.');
    await story.getByRole('combobox', { name: 'Add a tag' }).fill('w');
    await story.getByRole('listbox').waitFor();
    await bothSchemes(popup, 'popup, a story opened with a draft');

    await story.getByRole('button', { name: 'Save', exact: true }).click();
    await story.getByText('Saved', { exact: true }).waitFor();
    await bothSchemes(popup, 'popup, saved');
    await popup.close();
    await news.close();
  });

  it('the popup on a tab it may not read (no toolbar click granted it): the message it shows', async () => {
    const news = await browser.context.newPage();
    await news.goto(pages.url('article-en-heavy-chrome'));
    const tabId = await control.evaluate(async (u) => (await chrome.tabs.query({ url: u })).at(0)?.id, news.url());
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(browser.pageUrl(`popup.html?tabId=${tabId}`));
    await popup.locator('.status, .message').first().waitFor();
    await bothSchemes(popup, 'popup, a page it cannot read');
    await popup.close();
    await news.close();
  });
});
