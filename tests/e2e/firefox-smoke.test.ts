/**
 * Smoke test in Debian's firefox-esr over raw WebDriver BiDi: the built add-on installs, its notes page renders,
 * and a toolbar click on the sample e-paper page lets the extension read the page's stories.
 *
 * Covers: Firefox accepts dist/ (the one MV3 manifest) as an add-on; extension pages load with their i18n strings;
 * before the click the extension cannot inject into the page (no host permissions); the click grants activeTab and
 * opens the real popup, which injects content.js and lists the stories; the content script's read-page answer over
 * the typed contract, in Firefox's engine; the popup page opened as a tab for the news tab (?tabId=).
 * Does not cover: a literal pointer click on the toolbar button (BiDi input reaches web content only, so the click
 * goes through Firefox's own triggerAction, see clickToolbarIcon); tagging, saving and the notes list in Firefox
 * (the Chromium flow test drives those); story counts or titles (the restructurer is being rewritten).
 * The notes page serves as the test's window onto the extension's APIs (browser.*).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeAnswer, type ContentAnswer } from '../../src/messages.js';
import { readingOf } from '../../popup/lib/page-reading.js';
import { canClickToolbar, clickToolbarIcon, extensionUrl, geckoId, hasFirefox, launchFirefox, type Firefox } from './firefox-bidi.js';
import { dist, servePages } from './harness.js';

/** What a popup document shows once it has read the page: its stories, or the message saying why there are none. */
interface Shown { stories: number; message: string | null }
const shownIn = (doc: string) => `${doc}?.querySelector('article.story, .status:not([role=status])') && {
  stories: ${doc}.querySelectorAll('article.story').length,
  message: ${doc}.querySelector('.status:not([role=status])')?.textContent ?? null,
}`;

describe.skipIf(!hasFirefox)('Firefox: install from dist/, notes page, toolbar click → the page’s stories', () => {
  let firefox: Firefox;
  let pages: Awaited<ReturnType<typeof servePages>>;
  let notesTab: string;
  // the toolbar click needs Firefox's chrome scope over BiDi, which older releases (ESR 140) lack: the tests that
  // need the click (and the activeTab grant it gives) say so and skip there; install and the notes page always run
  let clickable = false;
  const needsClick = (skip: (note: string) => void) => { if (!clickable) skip(`firefox-esr here gives BiDi no chrome scope, so the toolbar cannot be clicked`); };
  const sample = () => pages.url('epaper-zh-erqi');
  /** The news page stays the selected tab: extension pages are opened in the background. */
  const newsTabId = () =>
    firefox.bidi.evaluate<number>(notesTab, `browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab.id)`);
  const inject = (tabId: number) => `browser.scripting.executeScript({ target: { tabId: ${tabId} }, files: ['/content.js'] })`;

  beforeAll(async () => {
    pages = await servePages();
    firefox = await launchFirefox();
    await firefox.bidi.send('browsingContext.navigate', { context: firefox.firstTab, url: sample(), wait: 'complete' });
    clickable = await canClickToolbar(firefox.bidi);
  });
  afterAll(async () => {
    await firefox?.close();
    await pages?.close();
  });

  it('installs the built add-on from dist/: Firefox accepts the one MV3 manifest', async () => {
    const { extension } = await firefox.bidi.send<{ extension: string }>('webExtension.install', {
      extensionData: { type: 'path', path: dist },
    });
    expect(extension).toBe(geckoId());
  });

  it('renders the notes page at the address the profile fixed, with its i18n strings', async () => {
    notesTab = await firefox.bidi.newTab(extensionUrl('notes.html'));
    const page = await firefox.bidi.waitFor<{ heading: string; search: string; base: string }>(notesTab, `document.querySelector('h1') && {
      heading: document.querySelector('h1').textContent,
      search: document.querySelector('input[type=search]').placeholder,
      base: browser.runtime.getURL('/'),
    }`);
    await firefox.bidi.screenshot(notesTab, 'firefox-notes-page.png');
    expect(page).toEqual({ heading: 'Broadsheet notes', search: 'Search notes', base: extensionUrl('') });
  });

  it('cannot inject into the news page before the toolbar click (no host permissions)', async () => {
    await expect(firefox.bidi.evaluate(notesTab, inject(await newsTabId()))).rejects.toThrow(/permission/i);
  });

  it('a toolbar click opens the real popup, which reads the page and lists its stories', async ({ skip }) => {
    needsClick(skip);
    await clickToolbarIcon(firefox.bidi);
    const shown = await firefox.bidi.waitFor<Shown>(notesTab, shownIn(`browser.extension.getViews({ type: 'popup' })[0]?.document`));
    expect(shown.message).toBeNull();
    expect(shown.stories).toBeGreaterThan(0);
  });

  it('answers read-page over the typed contract with the page’s text, which the popup restructures into its stories', async ({ skip }) => {
    needsClick(skip);
    const tabId = await newsTabId();
    const injected = await firefox.bidi.evaluate<{ error?: unknown }[]>(notesTab, inject(tabId));
    expect(injected.map((result) => result.error)).toEqual([undefined]);
    const answer = await firefox.bidi.evaluate<ContentAnswer<'read-page'>>(notesTab, `browser.tabs.sendMessage(${tabId}, { type: 'read-page' })`);
    if (!answer.ok) throw new Error(`read-page failed: ${answer.error}`);
    if (answer.value.kind === 'pdf') throw new Error('read-page took the news page for a PDF');
    expect(answer.value.url).toBe(sample());
    const decoded = decodeAnswer('read-page', answer);
    if (!decoded.ok || decoded.value.kind === 'pdf') throw new Error(`read-page's answer is not a page's reading: ${JSON.stringify(decoded)}`);
    const { stories } = (await readingOf(decoded.value)).page;
    expect(stories.length).toBeGreaterThan(0);
    expect(stories.flatMap((story) => story.paragraphs).join('\n')).toContain('本报讯');
  });

  it('lists the stories in the popup page opened as a tab for the news tab', async ({ skip }) => {
    needsClick(skip);
    const popupTab = await firefox.bidi.newTab(extensionUrl(`popup.html?tabId=${await newsTabId()}`));
    const shown = await firefox.bidi.waitFor<Shown>(popupTab, shownIn('document'));
    await firefox.bidi.screenshot(popupTab, 'firefox-popup.png');
    expect(shown.message).toBeNull();
    expect(shown.stories).toBeGreaterThan(0);
  });
});
