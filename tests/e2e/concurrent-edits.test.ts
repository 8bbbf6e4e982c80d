/// <reference types="chrome" />
/**
 * Two extension pages writing the library at once, in real Chromium with the built extension: nothing is lost.
 * Through the store as the pages run it (real storage.local, real Web Locks), each page adds 250 tags to one
 * story and saves stories of its own meanwhile; without Web Locks no write is reported saved and then lost.
 * Through the notes page as a reader uses it, two windows add tags to one story turn about, and two windows
 * edit different fields of one story (one the summary, one the tags): every edit of both sides is saved.
 */
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cardOf } from '../../src/store/cards.js';
import { displayTitle, type SavedStory } from '../../src/store/record.js';
import { bundleScript } from './bundle.js';
import { clickToolbarIcon, hasChromium, launchWithExtension, repo, servePages, type ExtensionBrowser } from './harness.js';
import { clearStorage, library, newestFirst, seedStories, storedCards, storedStories } from './seed.js';

const WAIT = 10_000;
const target = library.find((s) => s.site === 'AP News')!;
const title = displayTitle(target);

describe.skipIf(!hasChromium)('Chromium: two extension pages editing the library at once', () => {
  let browser: ExtensionBrowser;
  let left: Page;
  let right: Page;
  let store: string;
  let served: Awaited<ReturnType<typeof servePages>>;

  beforeAll(async () => {
    served = await servePages();
    store = await bundleScript(join(repo, 'tests/e2e/store-in-page.ts'));
    browser = await launchWithExtension();
    browser.context.setDefaultTimeout(WAIT);
    left = await browser.context.newPage();
    right = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  beforeEach(async () => {
    await left.goto(browser.pageUrl('notes.html'));
    await clearStorage(left);
    await seedStories(left, library);
  });

  const stored = async (id: string): Promise<SavedStory> => (await storedStories(left)).find((s) => s.id === id)!;

  describe('through the store the pages run', () => {
    /**
     * Each page (the extension's PDF page: an extension page that does not re-render a list on every write, which
     * 550 writes of a story with 500 tags would make the test's cost) loads the store bundle: the repository over
     * chrome.storage.local, as the extension's pages build it.
     */
    async function withStore(...pages: Page[]): Promise<void> {
      for (const page of pages) {
        await page.goto(browser.pageUrl('pdf.html'));
        await page.evaluate(store);
      }
      // The cards of the seeded library built, as the notes page would on opening: the writes then keep them.
      await pages[0]!.evaluate(() => globalThis.broadsheetStore.repository({}).cards());
    }

    /** 250 tags added to the target by one page, all at once; meanwhile 25 stories of its own saved one after another. */
    function editAtOnce(page: Page, side: string, withoutWebLocks = false): Promise<{ tagged: (string | null)[]; saved: number }> {
      return page.evaluate(async ({ id, side, withoutWebLocks }) => {
        const repository = globalThis.broadsheetStore.repository({ withoutWebLocks });
        const tags = Array.from({ length: 250 }, (_, i) => `${side}-${i}`);
        const saving = (async () => {
          let saved = 0;
          for (let i = 0; i < 25; i++) {
            const result = await repository.save({
              url: `https://example.org/${side}/${i}`, site: 'example.org',
              story: { kicker: null, headline: `${side} story ${i}`, subheadline: null, dateline: null, byline: null, paragraphs: [`Body ${i}.`] },
              tags: [side],
            });
            if (result.ok) saved++;
          }
          return saved;
        })();
        const results = await Promise.all(tags.map((tag) => repository.update(id, { addTags: [tag] })));
        return { tagged: results.map((r, i) => (r.ok ? tags[i]! : null)), saved: await saving };
      }, { id: target.id, side, withoutWebLocks });
    }

    it('each of two pages adds 250 tags to one story while saving stories of its own: all 500 tags and all 50 stories are kept', async () => {
      await withStore(left, right);
      const [a, b] = await Promise.all([editAtOnce(left, 'left'), editAtOnce(right, 'right')]);
      expect(a.tagged.every(Boolean) && b.tagged.every(Boolean)).toBe(true);
      expect([a.saved, b.saved]).toEqual([25, 25]);

      const story = await stored(target.id);
      expect(story.tags).toHaveLength(target.tags.length + 500);
      expect(new Set(story.tags)).toEqual(new Set([...target.tags, ...a.tagged, ...b.tagged]));
      const all = await storedStories(left);
      expect(all).toHaveLength(library.length + 50);
      // The cards were written with the stories, so they agree with them.
      expect(await storedCards(left)).toEqual(newestFirst(all).map(cardOf));
    });

    it('without Web Locks, no write is reported saved and then lost', async () => {
      await withStore(left, right);
      const [a, b] = await Promise.all([editAtOnce(left, 'left', true), editAtOnce(right, 'right', true)]);
      const story = await stored(target.id);
      const reported = [...a.tagged, ...b.tagged].filter((t): t is string => t !== null);
      for (const tag of reported) expect(story.tags).toContain(tag);
      expect(story.tags).toHaveLength(target.tags.length + reported.length);
      expect((await storedStories(left)).length).toBe(library.length + a.saved + b.saved);
    });
  });

  describe('through the notes page', () => {
    async function openNotes(page: Page): Promise<Locator> {
      await page.goto(browser.pageUrl('notes.html'));
      await page.getByText(/^\d+ of \d+ stories$/).waitFor();
      return choose(page, title);
    }
    /** The story chosen in the list: the reading pane shows it, with its fields. */
    async function choose(page: Page, headline: string): Promise<Locator> {
      await page.getByRole('option').filter({ has: page.getByText(headline, { exact: true }) }).click(); // a row: its title, byline, dates, first line
      const story = page.locator('.reading-pane').getByRole('article', { name: headline, exact: true });
      await story.waitFor();
      return story;
    }
    const tagsShown = (story: Locator) =>
      story.getByRole('group', { name: 'Tags' }).getByRole('button').evaluateAll((b) => b.map((x) => x.getAttribute('aria-label')!.replace(/^Remove tag /, '')));
    const saveButton = (story: Locator) => story.getByRole('button', { name: 'Save changes' });

    async function addTagAndSave(story: Locator, tag: string): Promise<void> {
      const box = story.getByRole('combobox', { name: 'Add a tag' });
      await box.fill(tag);
      await box.press('Enter');
      await saveButton(story).click();
      await expect.poll(() => saveButton(story).isDisabled(), { timeout: WAIT }).toBe(true);
    }

    it('the popup and the notes page: the notes page adds a tag to a story the popup shows (the popup shows it), the popup then saves a summary: both kept', async () => {
      const news = await browser.context.newPage();
      await news.goto(served.url('article-en-heavy-chrome'));
      const real = await clickToolbarIcon(browser, news.url());
      await real.waitFor(`document.querySelector('article.story')`, WAIT);
      const tabId = await left.evaluate(async (u) => (await chrome.tabs.query({ url: u })).at(0)?.id, news.url());
      const popup = await browser.context.newPage();
      await popup.goto(browser.pageUrl(`popup.html?tabId=${tabId}`));
      const inPopup = popup.locator('article.story').first();
      await inPopup.waitFor();
      const headline = (await inPopup.locator('.headline').textContent())!;
      const popupTags = inPopup.getByRole('combobox', { name: 'Add a tag' });
      await popupTags.fill('flood wall');
      await popupTags.press('Enter');
      await inPopup.getByRole('button', { name: 'Save', exact: true }).click();
      await inPopup.getByText('Saved', { exact: true }).waitFor();

      // The notes page adds a tag to that story while the popup stays open on it.
      await left.goto(browser.pageUrl('notes.html'));
      const inNotes = await choose(left, headline);
      const box = inNotes.getByRole('combobox', { name: 'Add a tag' });
      await box.fill('council');
      await box.press('Enter');
      await saveButton(inNotes).click();
      await expect.poll(() => saveButton(inNotes).isDisabled()).toBe(true);

      // The popup shows that save at once, and writes a summary and updates.
      await expect.poll(() => tagsShown(inPopup)).toEqual(['flood wall', 'council']);
      await inPopup.getByRole('button', { name: 'Read and annotate' }).click();
      await inPopup.getByRole('textbox', { name: 'Summary' }).fill('The council approved the wall.');
      await inPopup.getByRole('button', { name: 'Update', exact: true }).click();
      await inPopup.getByText('Saved', { exact: true }).waitFor();
      // It shows the story as saved: its summary with the notes page's tag, no draft left over.
      expect(await tagsShown(inPopup)).toEqual(['flood wall', 'council']);
      expect(await inPopup.getByText('Unsaved draft').count()).toBe(0);

      const saved = (await storedStories(left)).find((s) => displayTitle(s) === headline)!;
      expect(saved).toMatchObject({ tags: ['flood wall', 'council'], summary: 'The council approved the wall.' });
      await expect.poll(() => tagsShown(inNotes)).toEqual(['flood wall', 'council']);
      await expect.poll(() => inNotes.getByRole('textbox', { name: 'Summary' }).inputValue()).toBe('The council approved the wall.');
      await popup.close();
      await news.close();
    });

    it('two windows add tags to one story turn about, each saving after every tag: every tag of both is saved and shown in both', async () => {
      const [a, b] = await Promise.all([openNotes(left), openNotes(right)]);
      const tags = (side: string) => Array.from({ length: 6 }, (_, i) => `${side}${i}`);
      await Promise.all([
        (async () => { for (const tag of tags('left')) await addTagAndSave(a, tag); })(),
        (async () => { for (const tag of tags('right')) await addTagAndSave(b, tag); })(),
      ]);
      const expected = new Set([...target.tags, ...tags('left'), ...tags('right')]);
      expect(new Set((await stored(target.id)).tags)).toEqual(expected);
      await expect.poll(async () => new Set(await tagsShown(a))).toEqual(expected);
      await expect.poll(async () => new Set(await tagsShown(b))).toEqual(expected);
    });

    it('one window edits the summary while the other adds a tag and saves first: both edits are saved, neither window loses what it typed', async () => {
      const [a, b] = await Promise.all([openNotes(left), openNotes(right)]);
      const summary = 'Reservoirs at record lows; deeper cuts planned.';
      await a.getByRole('textbox', { name: 'Summary' }).fill(summary);

      await addTagAndSave(b, 'drought');
      await expect.poll(() => tagsShown(a)).toEqual([...target.tags, 'drought']);
      // What the left window typed and has not saved is still there, over the other's save.
      expect(await a.getByRole('textbox', { name: 'Summary' }).inputValue()).toBe(summary);

      await saveButton(a).click();
      await expect.poll(() => saveButton(a).isDisabled()).toBe(true);
      expect(await stored(target.id)).toMatchObject({ tags: [...target.tags, 'drought'], summary });
      await expect.poll(() => b.getByRole('textbox', { name: 'Summary' }).inputValue()).toBe(summary);
      expect(await tagsShown(b)).toEqual([...target.tags, 'drought']);
    });

    it('the other way round: the note typed in one window, tags removed and added and saved in the other, the note saved last', async () => {
      const [a, b] = await Promise.all([openNotes(left), openNotes(right)]);
      // Right begins a note on the story as it was.
      await b.getByRole('textbox', { name: 'Note' }).fill('Compare with the 2022 cuts.');
      // Left meanwhile removes a tag and adds one, and saves.
      await a.getByRole('button', { name: `Remove tag ${target.tags[0]}` }).click();
      await addTagAndSave(a, 'climate');
      const expectedTags = [...target.tags.slice(1), 'climate'];
      await expect.poll(() => tagsShown(b)).toEqual(expectedTags);
      expect(await b.getByRole('textbox', { name: 'Note' }).inputValue()).toBe('Compare with the 2022 cuts.');
      // Right saves its note over that save: the tags stay as the left window left them.
      await saveButton(b).click();
      await expect.poll(() => saveButton(b).isDisabled()).toBe(true);
      expect(await stored(target.id)).toMatchObject({ tags: expectedTags, note: 'Compare with the 2022 cuts.', summary: target.summary });
      await expect.poll(() => a.getByRole('textbox', { name: 'Note' }).inputValue()).toBe('Compare with the 2022 cuts.');
      expect(await tagsShown(a)).toEqual(expectedTags);
    });
  });
});
