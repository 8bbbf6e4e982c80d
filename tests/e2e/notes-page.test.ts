/// <reference types="chrome" />
/**
 * The notes page in real Chromium, used as a reader uses it: on a seeded library of Chinese and English
 * stories, search, filter, edit a story in the reading pane, delete with undo, export each format and read the files back,
 * import good and broken files, and see that hostile text from pages or files stays text. As a reading room, from the
 * keyboard alone: the list, the story in the pane, its tags, summary and note edited and saved, with the focus
 * somewhere a reader can see after every key; byline and publication date in the list, sorting and filtering by the
 * published day, grouping; screenshots in light and dark, English and Chinese.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exportText, storiesToJson } from '../../src/review/export.js';
import { displayTitle, SCHEMA_VERSION, type SavedStory } from '../../src/store/record.js';
import { hasChromium, launchWithExtension, repo, saveArtifact, type ExtensionBrowser } from './harness.js';
import { publishedDayStart } from '../../src/review/time.js';
import { cardOf } from '../../src/store/cards.js';
import { clearStorage, library, newestFirst, notesOnLibrary, savedStoryOf, seedStories, storageSnapshot, storedCards, storedStories } from './seed.js';
import { unzip } from '../unzip.js';

/** Every wait in this file is bounded by this (Playwright's own default is 30 s, longer than a test should hang). */
const WAIT = 10_000;

const titles = (stories: readonly SavedStory[]) => stories.map(displayTitle);
/** An export whose first story lost its title block. */
const damagedExport = await exportText(storiesToJson([{ ...library[0]!, title: 'no title block' } as unknown as SavedStory]));
const byTitle = (title: string) => library.find((s) => displayTitle(s) === title)!;

describe.skipIf(!hasChromium)('Chromium: the notes page on a seeded library', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchWithExtension();
    browser.context.setDefaultTimeout(WAIT);
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Each test starts from the same library. */
  beforeEach(async () => {
    await notesOnLibrary(browser, page, library);
  });

  async function openNotes(search = ''): Promise<void> {
    await page.goto(browser.pageUrl(`notes.html${search}`));
    await page.getByRole('heading', { name: 'Broadsheet notes' }).waitFor();
    await page.getByText(/^\d+ of \d+ stories$|^No saved story matches\.$|^No saved stories yet/).waitFor();
  }
  /** The list's rows: every story shown (the list renders the rows on screen; this library fits). */
  const row = (title: string, target: Page = page): Locator => target.getByRole('listbox', { name: 'Saved stories' }).getByRole('option').filter({ has: target.locator('.row-title').getByText(title, { exact: true }) });
  const searchBox = () => page.getByRole('searchbox', { name: 'Search notes' });
  const shownTitles = () => page.locator('[role=listbox] [role=option] .row-title').allTextContents();
  const count = () => page.getByText(/^\d+ of \d+ stories$/).textContent();
  const tagFilter = () => page.getByLabel('Tag', { exact: true });
  /** Chooses the story in the list: the reading pane shows it, with its fields. */
  async function article(title: string, target: Page = page): Promise<Locator> {
    await row(title, target).click();
    const story = target.locator('.reading-pane').getByRole('article', { name: title, exact: true });
    await story.waitFor();
    return story;
  }

  /** Types as a person does, then waits for the list to show the expected stories. */
  async function search(text: string, expected: readonly SavedStory[]): Promise<void> {
    await searchBox().fill(text);
    await expect.poll(shownTitles, { timeout: WAIT }).toEqual(titles(expected));
  }

  it('lists every saved story, newest first, with the count', async () => {
    await openNotes();
    expect(await shownTitles()).toEqual(titles(newestFirst(library)));
    expect(await count()).toBe(`${library.length} of ${library.length} stories`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    const original = (await article(displayTitle(library[0]!))).getByRole('link', { name: 'Open original page' });
    expect(await original.getAttribute('href')).toBe(library[0]!.url);
    expect(await original.getAttribute('target')).toBe('_blank');
  });

  it('builds the cards of a library stored without them, and mends them when stories change behind their back', async () => {
    // The library was seeded as story keys only, as a Broadsheet from before the cards left it.
    await openNotes();
    expect(await shownTitles()).toEqual(titles(newestFirst(library)));
    await expect.poll(() => storedCards(page)).toEqual(newestFirst(library).map(cardOf));
    const late = savedStoryOf({ url: 'https://example.org/late', headline: 'Saved without its card', paragraphs: ['Body.'], savedAt: '2026-04-01T00:00:00Z' });
    await seedStories(page, [late]);
    await openNotes();
    await expect.poll(shownTitles).toEqual(titles(newestFirst([...library, late])));
    await expect.poll(() => storedCards(page)).toEqual(newestFirst([...library, late]).map(cardOf));
  });

  it('finds Chinese by a 2-character piece of a word in a story’s body and by a word in a title', async () => {
    await openNotes();
    await search('电桩', [byTitle('我国新能源汽车产销连续十年居全球首位')]); // inside 充电桩, only in the body
    await search('毕业生', [byTitle('高校毕业生就业形势总体稳定')]);
    await search('记者', newestFirst(library.filter((s) => s.byline?.includes('记者'))));
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('记者'); // the address can be bookmarked
    await search('电桩 汽车', [byTitle('我国新能源汽车产销连续十年居全球首位')]);
    await search('高铁电桩', []);
    expect(await page.getByText('No saved story matches.').isVisible()).toBe(true);
  });

  it('finds English by a word and by the start of a word, in titles, text and tags', async () => {
    await openNotes();
    await search('reservoir', [byTitle('Drought pushes reservoir levels to record lows across the West')]);
    // "clim": the Guardian's title (Climate) and the AP story's body (climate change), newest first.
    await search('clim', newestFirst(library.filter((s) => /climate/i.test([displayTitle(s), ...s.paragraphs].join(' ')))));
    await search('CLIM', newestFirst(library.filter((s) => /climate/i.test([displayTitle(s), ...s.paragraphs].join(' ')))));
    await search('transport', [byTitle('City council approves new bike lanes downtown')]);
    await search('clim ARCTIC', [byTitle('Climate scientists warn of faster Arctic ice loss')]);
  });

  it('opens notes.html?q=… with that search and notes.html?tag=… with that filter', async () => {
    await openNotes(`?q=${encodeURIComponent('reservoir')}`);
    expect(await searchBox().inputValue()).toBe('reservoir');
    // the results come after the first screen (painted from the newest cards): wait for them
    await expect.poll(shownTitles).toEqual(['Drought pushes reservoir levels to record lows across the West']);

    await openNotes(`?tag=${encodeURIComponent('产业')}`);
    expect(await tagFilter().inputValue()).toBe('产业');
    await expect.poll(shownTitles).toEqual(titles(newestFirst(library.filter((s) => s.tags.includes('产业')))));
    await expect.poll(count).toBe(`2 of ${library.length} stories`);
  });

  it('filters by tag, by site and by the day saved', async () => {
    await openNotes();
    const tag = tagFilter();
    const site = page.getByLabel('Site', { exact: true });
    await tag.selectOption('产业');
    await expect.poll(shownTitles).toEqual(titles(newestFirst(library.filter((s) => s.tags.includes('产业')))));
    await tag.selectOption('');
    await site.selectOption('AP News');
    await expect.poll(shownTitles).toEqual(titles(newestFirst(library.filter((s) => s.site === 'AP News'))));
    await site.selectOption('人民日报');
    await searchBox().fill('就业');
    await expect.poll(shownTitles).toEqual(['高校毕业生就业形势总体稳定']);
    await searchBox().fill('');
    await site.selectOption('');

    const inFebruary = newestFirst(library.filter((s) => s.savedAt >= Date.parse('2026-02-01T00:00:00Z') && s.savedAt < Date.parse('2026-03-01T00:00:00Z')));
    await page.getByLabel('Saved from', { exact: true }).fill('2026-02-01');
    await page.getByLabel('to', { exact: true }).fill('2026-02-28');
    await expect.poll(shownTitles).toEqual(titles(inFebruary));
    expect(await count()).toBe(`${inFebruary.length} of ${library.length} stories`);
    await page.getByLabel('to', { exact: true }).fill('');
    await expect.poll(shownTitles).toEqual(titles(newestFirst(library.filter((s) => s.savedAt >= Date.parse('2026-02-01T00:00:00Z')))));
  });

  it('edits tags (with autocomplete), summary and note in place; the changes survive a reload', async () => {
    await openNotes();
    const title = 'Drought pushes reservoir levels to record lows across the West';
    const story = await article(title);
    const tagBox = story.getByRole('combobox', { name: 'Add a tag' });
    await tagBox.fill('sci');
    await story.getByRole('option', { name: 'science' }).waitFor();
    await tagBox.press('ArrowDown');
    await expect.poll(() => story.getByRole('option', { name: 'science' }).getAttribute('aria-selected')).toBe('true');
    await tagBox.press('Enter');
    await tagBox.fill('产');
    await tagBox.press('ArrowDown');
    await tagBox.press('Enter');
    await story.getByRole('button', { name: 'Remove tag West' }).click();
    await story.getByRole('textbox', { name: 'Summary' }).fill('The West’s largest reservoir is at a record low.');
    await story.getByRole('textbox', { name: 'Note' }).fill('Follow up on water cuts in Arizona.');
    await story.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => story.getByRole('button', { name: 'Save changes' }).isDisabled()).toBe(true);

    await page.reload();
    await page.getByText(/^\d+ of \d+ stories$/).waitFor();
    const again = await article(title);
    expect(await again.getByRole('group', { name: 'Tags' }).getByRole('button').evaluateAll((b) => b.map((x) => x.getAttribute('aria-label'))))
      .toEqual(['Remove tag water', 'Remove tag science', 'Remove tag 产业']);
    expect(await again.getByRole('textbox', { name: 'Summary' }).inputValue()).toBe('The West’s largest reservoir is at a record low.');
    expect(await again.getByRole('textbox', { name: 'Note' }).inputValue()).toBe('Follow up on water cuts in Arizona.');
    const stored = (await storedStories(page)).find((s) => s.id === byTitle(title).id)!;
    expect(stored).toMatchObject({ tags: ['water', 'science', '产业'], summary: 'The West’s largest reservoir is at a record low.', note: 'Follow up on water cuts in Arizona.' });
    expect(stored.updatedAt).toBeGreaterThan(stored.savedAt);
    // The new tag is now a filter and a search term.
    await tagFilter().selectOption('science');
    await expect.poll(shownTitles).toEqual(titles(newestFirst(library.filter((s) => s.tags.includes('science') || s.id === stored.id))));
  });

  it('deletes with undo: Undo brings the story back; without undo it is gone from storage', async () => {
    await openNotes();
    const first = library.find((s) => s.title.headline === '高校毕业生就业形势总体稳定')!;
    await (await article(displayTitle(first))).getByRole('button', { name: 'Delete' }).click();
    await row(displayTitle(first)).waitFor({ state: 'detached' });
    expect((await storedStories(page)).map((s) => s.id)).not.toContain(first.id);
    await page.getByRole('button', { name: 'Undo' }).click();
    await row(displayTitle(first)).waitFor();
    expect(await shownTitles()).toEqual(titles(newestFirst(library)));
    expect((await storedStories(page)).find((s) => s.id === first.id)).toEqual(first);

    const second = library.find((s) => s.title.headline === 'City council approves new bike lanes downtown')!;
    await (await article(displayTitle(second))).getByRole('button', { name: 'Delete' }).click();
    await row(displayTitle(second)).waitFor({ state: 'detached' });
    await page.reload();
    await page.getByText(/^\d+ of \d+ stories$/).waitFor();
    expect(await count()).toBe(`${library.length - 1} of ${library.length - 1} stories`);
    expect((await storedStories(page)).map((s) => s.id).sort()).toEqual(library.filter((s) => s !== second).map((s) => s.id).sort());
  });

  async function downloadsOf(button: string, expected = 1): Promise<Download[]> {
    const downloads: Download[] = [];
    const collect = (d: Download) => downloads.push(d);
    page.on('download', collect);
    try {
      await page.getByRole('button', { name: button, exact: true }).click();
      await expect.poll(() => downloads.length, { timeout: WAIT }).toBe(expected);
      return downloads;
    } finally {
      page.off('download', collect);
    }
  }
  const textOf = async (download: Download) => readFileSync(await download.path()).toString('utf8');

  it('exports JSON that re-imports, with the full records of the stories shown', async () => {
    await openNotes();
    const [file] = await downloadsOf('JSON');
    expect(file!.suggestedFilename()).toMatch(/^broadsheet-\d{4}-\d{2}-\d{2}\.json$/);
    const json = await textOf(file!);
    const parsed = JSON.parse(json) as { format: string; schemaVersion: number; stories: SavedStory[] };
    expect(parsed).toMatchObject({ format: 'broadsheet-stories', schemaVersion: SCHEMA_VERSION });
    expect(parsed.stories).toEqual(newestFirst(library));

    await clearStorage(page);
    await openNotes();
    await importFile('broadsheet.json', json);
    await page.getByText(`Imported: ${library.length} new, 0 updated, 0 unchanged.`).waitFor();
    await expect.poll(shownTitles).toEqual(titles(newestFirst(library)));
    expect(sortById(await storedStories(page))).toEqual(sortById(library));
  });

  it('exports Markdown, one combined file and a ZIP of one file per story, with YAML front matter', async () => {
    await openNotes();
    const [combined] = await downloadsOf('Markdown (one file)');
    const text = await textOf(combined!);
    expect(frontMatter(text)).toMatchObject({ title: 'Broadsheet export', stories: String(library.length) });
    for (const story of library) {
      expect(text).toContain(`# ${displayTitle(story)}\n`);
      expect(text).toContain(`- URL: [`);
    }

    const [zip] = await downloadsOf('Markdown (a file per story, zipped)');
    expect(zip!.suggestedFilename()).toMatch(/^broadsheet-\d{4}-\d{2}-\d{2}-markdown\.zip$/);
    const files = unzip(readFileSync(await zip!.path()));
    expect(files).toHaveLength(library.length);
    const byUrl = new Map<string, Record<string, string | string[]>>();
    for (const file of files) {
      expect(file.name).toMatch(/^\d{4}-\d{2}-\d{2} .+\.md$/);
      const front = frontMatter(file.content);
      byUrl.set(front['url'] as string, front);
    }
    for (const story of library) {
      expect(byUrl.get(story.url)).toMatchObject({ title: displayTitle(story), tags: story.tags, site: story.site });
    }
  });

  it('exports CSV with a header and one row per story shown', async () => {
    await openNotes();
    await search('clim', newestFirst(library.filter((s) => /climate/i.test([displayTitle(s), ...s.paragraphs].join(' ')))));
    const [file] = await downloadsOf('CSV');
    const rows = parseCsv((await textOf(file!)).replace(/^\ufeff/, ''));
    expect(rows[0]).toEqual(expect.arrayContaining(['id', 'title', 'url', 'site', 'tags', 'summary', 'note', 'text']));
    const column = (name: string) => rows.slice(1).map((row) => row[rows[0]!.indexOf(name)]);
    expect(rows).toHaveLength(3);
    expect(column('title')).toEqual(await shownTitles());
    expect(column('text')[0]).toBe(byTitle('Climate scientists warn of faster Arctic ice loss').paragraphs.join('\n\n'));
  });

  it.each(['Markdown (one file)', 'Markdown (a file per story, zipped)', 'JSON', 'CSV'])('a failed %s export says so, where the reader sees it, and downloads nothing', async (button) => {
    await openNotes();
    // The browser cannot make the file (out of memory for a large library): the export throws after it is built.
    await page.evaluate(() => { URL.createObjectURL = () => { throw new Error('Out of memory'); }; });
    const downloads: Download[] = [];
    const collect = (d: Download) => downloads.push(d);
    page.on('download', collect);
    try {
      await page.getByRole('button', { name: button, exact: true }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toBe('The export failed (Out of memory); nothing was downloaded.');
      expect(await alert.isVisible()).toBe(true);
      expect(downloads).toEqual([]);
    } finally {
      page.off('download', collect);
    }
  });

  async function importFile(name: string, content: string): Promise<void> {
    await page.getByLabel('Import JSON…').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  }

  it('imports a good JSON export, and importing it twice adds no duplicates', async () => {
    await openNotes();
    const incoming = [
      savedStoryOf({ url: 'https://www.thepaper.cn/newsDetail_forward_2901', headline: '长江流域启动禁渔期巡查', paragraphs: ['长江流域各地启动禁渔期联合巡查，守护水生生物多样性。'], tags: ['生态'], savedAt: '2026-03-10T08:00:00Z' }),
      savedStoryOf({ url: 'https://www.reuters.com/world/ports-strike', headline: 'Port workers strike over automation plans', paragraphs: ['Dock workers walked off the job at three ports on Friday.'], tags: ['labour'], savedAt: '2026-03-09T08:00:00Z' }),
      library[0]!, // already saved: merges by identity
    ];
    const file = await exportText(storiesToJson(incoming));
    await importFile('incoming.json', file);
    await page.getByText('Imported: 2 new, 0 updated, 1 unchanged.').waitFor();
    await expect.poll(shownTitles).toEqual(titles(newestFirst([...library, ...incoming.slice(0, 2)])));

    await importFile('incoming.json', file);
    await page.getByText('Imported: 0 new, 0 updated, 3 unchanged.').waitFor();
    expect(await count()).toBe(`${library.length + 2} of ${library.length + 2} stories`);
    expect(await storedStories(page)).toHaveLength(library.length + 2);
  });

  it('says how far an import of thousands of stories has got, then imports all of them', async () => {
    await openNotes();
    const many = Array.from({ length: 2500 }, (_, i) => savedStoryOf({ url: `https://news.example/bulk/${i}`, headline: `Bulk story ${i}`, paragraphs: [`第${i}篇。Story ${i}.`], savedAt: '2026-02-01T08:00:00Z' }));
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as { __statuses?: string[] }).__statuses = seen;
      new MutationObserver(() => {
        const text = document.querySelector('.tools [role=status]')?.textContent;
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document.querySelector('.tools')!, { subtree: true, childList: true, characterData: true });
    });
    await importFile('bulk.json', await exportText(storiesToJson(many)));
    await page.getByText('Imported: 2500 new, 0 updated, 0 unchanged.').waitFor({ timeout: WAIT });
    const statuses = await page.evaluate(() => (window as { __statuses?: string[] }).__statuses);
    expect(statuses).toEqual(['Reading the file…', 'Checking the file: 1,000 of 2,500 stories…', 'Checking the file: 2,000 of 2,500 stories…', 'Saving 2,500 stories…', 'Imported: 2500 new, 0 updated, 0 unchanged.']);
    expect(await count()).toBe(`${library.length + many.length} of ${library.length + many.length} stories`);
  });

  it.each([
    ['not JSON', 'stories,title\n1,hello', /not valid JSON/],
    ['foreign JSON', JSON.stringify({ items: [{ title: 'x' }] }), /not a Broadsheet export/],
    ['a newer schema version', JSON.stringify({ format: 'broadsheet-stories', schemaVersion: SCHEMA_VERSION + 1, exportedAt: '2030-01-01T00:00:00Z', stories: [] }), /newer version of Broadsheet/],
    ['a damaged story', damagedExport, /damaged; nothing was imported/],
  ])('refuses an import file that is %s, says why, and changes nothing', async (_kind, content, message) => {
    await openNotes();
    // The page builds the search index of the seeded library once, after it shows (and drops an index an earlier
    // page left, to build it again): what the import does is compared once the index is built and storage stays still.
    await expect.poll(async () => {
      const first = JSON.stringify(await storageSnapshot(page));
      await page.waitForTimeout(300);
      const meta = (await page.evaluate(() => chrome.storage.local.get('search:meta')))['search:meta'] as { ready?: boolean; build?: string | null } | undefined;
      return meta?.ready === true && meta.build === null && JSON.stringify(await storageSnapshot(page)) === first;
    }, { timeout: 60_000 }).toBe(true);
    const before = await storageSnapshot(page);
    await importFile('library.json', content);
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(message);
    expect(await storageSnapshot(page)).toEqual(before);
    expect(await count()).toBe(`${library.length} of ${library.length} stories`);
  });

  it('shows hostile titles, tags, text, notes and URLs as text: nothing runs, no element is made from them', async () => {
    const script = '<script>window.__pwned = "script"</script>';
    const img = '<img src=x onerror="window.__pwned = \'img\'">';
    const hostile = [
      savedStoryOf({
        url: 'javascript:window.__pwned="link"', site: `<b>site</b>${img}`, kicker: img, headline: `Breaking ${script}`, subheadline: img,
        byline: `By ${img}`, paragraphs: [`${script} first ${img}`, `<iframe src="javascript:window.__pwned='iframe'"></iframe>`],
        tags: [img, '<svg onload=window.__pwned=1>'], summary: script, note: `<a href="javascript:window.__pwned='note'">click</a>`, savedAt: '2026-03-20T08:00:00Z',
      }),
    ];
    const imported = savedStoryOf({
      url: 'JaVaScRiPt:window.__pwned="imported"', headline: `<img src=x onerror=window.__pwned='title'>`, paragraphs: [`<svg><script>window.__pwned=2</script></svg>`],
      tags: [`"><script>window.__pwned=3</script>`], note: img, savedAt: '2026-03-21T08:00:00Z',
    });
    await seedStories(page, hostile);
    const dialogs: string[] = [];
    const cspViolations: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text()); });
    await openNotes();
    await importFile('hostile.json', await exportText(storiesToJson([imported])));
    await page.getByText('Imported: 1 new, 0 updated, 0 unchanged.').waitFor();
    const importedStory = await article(displayTitle(imported));
    expect(await importedStory.getByRole('link').count()).toBe(0);
    // The other story's hostile tags, offered as completions.
    await importedStory.getByRole('combobox', { name: 'Add a tag' }).fill('<');
    await importedStory.getByRole('listbox').getByRole('option', { name: img }).waitFor();
    await tagFilter().selectOption(img);
    await tagFilter().selectOption('');
    // The hostile story in the reading pane, its whole text shown.
    const hostileStory = await article(`Breaking ${script}`);

    const dom = await page.evaluate(() => ({
      pwned: (window as { __pwned?: unknown }).__pwned,
      elements: document.querySelectorAll('img, svg, iframe, object, embed, b').length,
      inlineScripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
      links: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      texts: [...document.querySelectorAll('article.story h2, article.story .kicker, article.story .body, article.story .meta, [role=option] .row-title, [role=option] .row-meta, [role=option] .row-lead')].map((e) => e.textContent),
    }));
    expect(dom.pwned).toBeUndefined();
    expect(dom.elements).toBe(0);
    expect(dom.inlineScripts).toBe(0);
    expect(dom.links.filter((href) => !/^https?:\/\//.test(href ?? ''))).toEqual([]);
    expect(dom.texts).toEqual(expect.arrayContaining([`Breaking ${script}`, img, displayTitle(imported), `${script} first ${img}<iframe src="javascript:window.__pwned='iframe'"></iframe>`,
      `${img}<svg onload=window.__pwned=1>${script} first ${img}`])); // its row: its tags, then its first line
    expect(await page.getByText('javascript:window.__pwned="link"', { exact: true }).count()).toBe(1); // shown as plain text
    expect(await hostileStory.getByRole('link').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(cspViolations).toEqual([]);
  });

  async function screenshotSearch(name: string, target: Page = page): Promise<string> {
    await target.getByRole('searchbox').fill('记者');
    await expect.poll(() => target.locator('[role=listbox] [role=option]').count()).toBe(library.filter((s) => s.byline?.includes('记者')).length);
    return saveArtifact(name, await target.screenshot({ fullPage: true }));
  }

  it('screenshots: search results in light and in dark', async () => {
    await openNotes();
    await page.emulateMedia({ colorScheme: 'light' });
    await screenshotSearch('notes-search-light.png');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(27, 26, 24)');
    await screenshotSearch('notes-search-dark.png');
    await page.emulateMedia({ colorScheme: null });
  });

  it('follows the browser’s language: Simplified Chinese UI under zh-CN, with a screenshot', async () => {
    const zh = await launchWithExtension({ locale: 'zh-CN' });
    try {
      zh.context.setDefaultTimeout(WAIT);
      const notes = await zh.context.newPage();
      await notes.goto(zh.pageUrl('notes.html'));
      await seedStories(notes, library);
      await notes.reload();
      await notes.getByRole('heading', { name: 'Broadsheet 笔记' }).waitFor();
      expect(await notes.getByRole('searchbox').getAttribute('aria-label')).toBe('搜索笔记');
      await notes.getByText(`${library.length} 篇中的 ${library.length} 篇`).waitFor();
      await notes.getByRole('listbox', { name: '已保存的报道' }).getByRole('option').first().waitFor();
      expect(await notes.getByRole('listbox', { name: '已保存的报道' }).getByRole('option').count()).toBe(library.length);
      expect(await notes.locator('.reading-pane').getByRole('button', { name: '删除' }).count()).toBe(1);
      expect(await notes.getByLabel('排序').inputValue()).toBe('saved');
      await screenshotSearch('notes-search-zh-CN.png', notes);
    } finally {
      await zh.close();
    }
  });
  describe('as a reading room, from the keyboard alone', () => {
    /** The page shown with a story in the reading pane. */
    async function openRoom(search = ''): Promise<void> {
      await openNotes(search);
      await page.locator('.reading-pane article.story').waitFor();
    }
    const rowTitles = () => page.locator('[role=listbox] [role=option] .row-title').allTextContents();
    const paneTitle = () => page.locator('.reading-pane article.story h2').textContent();
    /** What has the focus, as a reader would name it; never the page's body. */
    const focused = () => page.evaluate(() => {
      const e = document.activeElement;
      if (!e || e === document.body) return 'nothing';
      return `${e.getAttribute('role') ?? e.tagName.toLowerCase()}:${e.getAttribute('aria-label') ?? e.getAttribute('aria-labelledby') ?? e.textContent?.slice(0, 20) ?? ''}`;
    });
    const press = async (key: string) => {
      await page.keyboard.press(key);
      expect(await focused(), `focus after ${key}`).not.toBe('nothing');
    };

    it('keyboard: list → pane → edit → save, and back; j/k and arrows move, / searches, focus never lost', async () => {
      await openRoom();
      const order = newestFirst(library);
      expect(await rowTitles()).toEqual(titles(order));
      expect(await paneTitle()).toBe(displayTitle(order[0]!));

      await press('Escape'); // from the search box to the list
      expect(await focused()).toBe('listbox:Saved stories');
      await press('j');
      await expect.poll(paneTitle).toBe(displayTitle(order[1]!));
      await press('ArrowDown');
      await expect.poll(paneTitle).toBe(displayTitle(order[2]!));
      await press('k');
      await expect.poll(paneTitle).toBe(displayTitle(order[1]!));
      expect(await page.locator('[role=option][aria-selected=true] .row-title').textContent()).toBe(displayTitle(order[1]!));
      const target = order[1]!;

      await press('Enter'); // into the story
      expect(await focused()).toMatch(/^article:saved-/);
      await press('e'); // edit: the tags first
      expect(await focused()).toBe('combobox:Add a tag');
      await page.keyboard.type('keyboard');
      await press('Enter');
      await press('Tab');
      expect(await focused()).toBe('textarea:');
      await page.keyboard.type('Read from the keyboard.');
      await press('Tab');
      await page.keyboard.type('A note, too.');
      // The edit shows as unsaved in the list too, and survives moving away and back.
      await press('Escape');
      expect(await focused()).toBe('listbox:Saved stories');
      expect(await page.locator('[role=option][aria-selected=true] .draft-mark').count()).toBe(1);
      await press('j');
      await expect.poll(paneTitle).toBe(displayTitle(order[2]!));
      await press('k');
      await expect.poll(paneTitle).toBe(displayTitle(target));
      const pane = page.locator('.reading-pane article.story');
      expect(await pane.getByRole('textbox', { name: 'Summary' }).inputValue()).toBe(`${target.summary}Read from the keyboard.`);

      await press('e');
      for (let i = 0; i < 3; i++) await press('Tab'); // summary, note, Save changes
      expect(await focused()).toBe('button:Save changes');
      await press('Enter');
      await expect.poll(async () => (await storedStories(page)).find((s) => s.id === target.id)).toMatchObject({
        tags: [...target.tags, 'keyboard'], summary: `${target.summary}Read from the keyboard.`, note: `${target.note}A note, too.`,
      });
      await expect.poll(() => pane.getByRole('button', { name: 'Save changes' }).isDisabled()).toBe(true);
      expect(await focused()).toMatch(/^article:saved-/); // the story keeps the focus the disabled button gave up
      expect(await page.locator('[role=option] .draft-mark').count()).toBe(0);

      await press('Escape');
      expect(await focused()).toBe('listbox:Saved stories');
      await press('/');
      expect(await focused()).toBe('input:Search notes');
      await page.keyboard.type('keyboard');
      await expect.poll(rowTitles).toEqual([displayTitle(target)]);
      await press('Escape');
      await press('Delete'); // no such key in the list: nothing happens, focus stays
      expect(await focused()).toBe('listbox:Saved stories');
    });

    it('deleting the story in the pane shows the next one and keeps the focus; undo brings it back into the pane', async () => {
      await openRoom();
      const order = newestFirst(library);
      await page.locator('.reading-pane').getByRole('button', { name: 'Delete' }).click();
      await expect.poll(paneTitle).toBe(displayTitle(order[1]!));
      expect(await focused()).toBe('listbox:Saved stories');
      await page.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(paneTitle).toBe(displayTitle(order[0]!));
      expect(await focused()).toBe('listbox:Saved stories');
    });

    it('shows byline and the published day apart from the saved day; sorts and filters by the published day; groups by source', async () => {
      await openRoom();
      const xinhua = library.find((s) => s.site === '新华网')!;
      const row = page.getByRole('option').filter({ has: page.getByText(displayTitle(xinhua), { exact: true }) });
      const meta = await row.locator('.row-meta').textContent();
      expect(meta).toContain('记者 王晓明');
      expect(meta).toContain(`Published ${new Date(Date.UTC(2026, 1, 3)).toLocaleDateString('en-US', { timeZone: 'UTC' })}`);
      expect(meta).toContain(`Saved ${new Date(xinhua.savedAt).toLocaleDateString('en-US')}`);

      const published = (s: SavedStory) => publishedDayStart(s.publishedTime);
      const dated = library.filter((s) => published(s) !== null).sort((a, b) => published(b)! - published(a)! || b.savedAt - a.savedAt);
      const undated = newestFirst(library.filter((s) => published(s) === null));
      await page.getByLabel('Sort').selectOption('published');
      await expect.poll(rowTitles).toEqual(titles([...dated, ...undated]));
      expect(new URL(page.url()).searchParams.get('sort')).toBe('published');

      await page.getByLabel('Dates').selectOption('published');
      await page.getByLabel('Published from').fill('2026-02-01');
      await expect.poll(rowTitles).toEqual(titles(dated.filter((s) => published(s)! >= Date.UTC(2026, 1, 1))));
      await page.getByLabel('Published from').fill('');

      await page.getByLabel('Group').selectOption('site');
      await expect.poll(() => page.locator('.group-row').count()).toBe(new Set(library.map((s) => s.site)).size);
      // Opened again from its address: the same view.
      await expect.poll(() => new URL(page.url()).searchParams.get('group')).toBe('site');
      await openRoom(new URL(page.url()).search);
      expect(await page.getByLabel('Group').inputValue()).toBe('site');
      expect(await page.getByLabel('Sort').inputValue()).toBe('published');
    });

    it('screenshots: the reading room in light and dark (English), and in Chinese', async () => {
      await openRoom();
      await page.getByRole('option').filter({ has: page.getByText('春运返程客流迎来高峰 铁路部门加开夜间列车', { exact: true }) }).click();
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const path = saveArtifact(`notes-reading-room-${colorScheme}.png`, await page.screenshot());
        if (colorScheme === 'light' && process.env['UPDATE_DOCS_SCREENSHOT']) copyFileSync(path, join(repo, 'docs/notes-reading-room.png'));
      }
      await page.emulateMedia({ colorScheme: null });

      const zh = await launchWithExtension({ locale: 'zh-CN' });
      try {
        const notes = await zh.context.newPage();
        await notes.setViewportSize({ width: 1280, height: 800 });
        await notes.goto(zh.pageUrl('notes.html'));
        await seedStories(notes, library);
        await notes.reload();
        await notes.getByRole('listbox', { name: '已保存的报道' }).waitFor();
        await notes.locator('.reading-pane article.story').waitFor();
        expect(await notes.getByLabel('排序').inputValue()).toBe('saved');
        saveArtifact('notes-reading-room-zh-CN.png', await notes.screenshot());
      } finally {
        await zh.close();
      }
    });
  });
});

const sortById = (stories: readonly SavedStory[]) => [...stories].sort((a, b) => (a.id < b.id ? -1 : 1));

/** The YAML front matter the exports write: `key: "double-quoted"` scalars and `  - "item"` lists. */
function frontMatter(markdown: string): Record<string, string | string[]> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!match) throw new Error(`no front matter in ${markdown.slice(0, 80)}`);
  const fields: Record<string, string | string[]> = {};
  let list: string[] | null = null;
  for (const line of match[1]!.split('\n')) {
    const item = /^ {2}- (.*)$/.exec(line);
    if (item && list) { list.push(JSON.parse(item[1]!) as string); continue; }
    const [, key, value] = /^(\w+):\s*(.*)$/.exec(line) ?? [];
    if (!key) throw new Error(`unexpected front matter line: ${line}`);
    if (value === '') fields[key] = list = [];
    else fields[key] = value === '[]' ? [] : value!.startsWith('"') ? (JSON.parse(value!) as string) : value!;
    if (value !== '') list = null;
  }
  return fields;
}

/** RFC 4180: quoted fields with doubled quotes and line breaks inside, CRLF between records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  return rows;
}
