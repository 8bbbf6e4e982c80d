/**
 * Printed pages' PDFs in Debian's firefox-esr over raw WebDriver BiDi: a PDF tab (Firefox's own viewer, closed to
 * extensions) gets the clear message and the way on after a toolbar click, and the PDF page reads a picked file.
 * Does not cover: the e-paper page's printed-page link (the same injected fetch as Chromium's test, which drives it).
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canClickToolbar, clickToolbarIcon, extensionUrl, hasFirefox, launchFirefox, type Firefox } from './firefox-bidi.js';
import { dist, repo, serveFiles } from './harness.js';

const pdfPath = join(repo, '../shared/fixtures/epaper-en-keizertimes-2015-02-20-a10/page.pdf');

describe.skipIf(!hasFirefox)('Firefox: printed pages from PDFs', () => {
  let firefox: Firefox;
  let site: Awaited<ReturnType<typeof serveFiles>>;
  let notesTab: string;
  const pdfUrl = () => `${site.origin}/a10.pdf`;

  beforeAll(async () => {
    site = await serveFiles({ '/a10.pdf': { type: 'application/pdf', body: readFileSync(pdfPath) } });
    firefox = await launchFirefox();
    await firefox.bidi.send('webExtension.install', { extensionData: { type: 'path', path: dist } });
    await firefox.bidi.send('browsingContext.navigate', { context: firefox.firstTab, url: pdfUrl(), wait: 'complete' });
    notesTab = await firefox.bidi.newTab(extensionUrl('notes.html'));
  });
  afterAll(async () => {
    await firefox?.close();
    await site?.close();
  });

  it('a PDF tab: the toolbar click says Firefox’s viewer is closed to extensions and offers the PDF page', async ({ skip }) => {
    // the click needs Firefox's chrome scope over BiDi, which older releases (ESR 140) lack
    if (!(await canClickToolbar(firefox.bidi))) skip('firefox-esr here gives BiDi no chrome scope, so the toolbar cannot be clicked');
    await clickToolbarIcon(firefox.bidi);
    const shown = await firefox.bidi.waitFor<{ message: string; offer: string | null }>(notesTab, `(() => {
      const doc = browser.extension.getViews({ type: 'popup' })[0]?.document;
      const alert = doc?.querySelector('[role=alert]');
      return alert && { message: alert.textContent, offer: doc.querySelector('.message button')?.textContent ?? null };
    })()`);
    expect(shown.message).toMatch(/Firefox's own PDF viewer.*web page for this printed page.*Broadsheet's PDF page/);
    expect(shown.offer).toBe('Open a PDF file…');
    // The same popup as a tab for the PDF tab (still the selected one: extension pages open in the background), to be looked at.
    const tabId = await firefox.bidi.evaluate<number>(notesTab, `browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab.id)`);
    const popupTab = await firefox.bidi.newTab(extensionUrl(`popup.html?tabId=${tabId}`));
    await firefox.bidi.waitFor(popupTab, `document.querySelector('[role=alert]')`);
    await firefox.bidi.screenshot(popupTab, 'firefox-popup-pdf-viewer.png');
  });

  it('the PDF page reads a picked PDF and lists its stories', async () => {
    const page = await firefox.bidi.newTab(extensionUrl('pdf.html'));
    await firefox.bidi.waitFor(page, `document.querySelector('#pdf-files')`);
    const { result } = await firefox.bidi.send<{ result: { sharedId: string } }>('script.evaluate', {
      target: { context: page }, expression: `document.querySelector('#pdf-files')`, awaitPromise: false, resultOwnership: 'root',
    });
    await firefox.bidi.send('input.setFiles', { context: page, element: { sharedId: result.sharedId }, files: [pdfPath] });
    const titles = await firefox.bidi.waitFor<string[]>(page, `document.querySelector('article.story, [role=alert]') &&
      [...document.querySelectorAll('article.story .headline, [role=alert]')].map((h) => h.textContent)`, 30_000);
    await firefox.bidi.screenshot(page, 'firefox-pdf-page.png');
    expect(titles).toEqual(expect.arrayContaining(['Champs in the making?', 'Two district titles for Kuch']));
  });
});
