/**
 * The popup's own share of its opening, in real Chromium with the built extension (dist/): from its document's
 * start (navigation start) to its stories painted, less the wait for the page's answer (the content script's
 * reading in the tab, between the popup's `broadsheet:page-asked` and `broadsheet:page-answered` marks). Measured on
 * an article page and on the sample e-paper page, beside a do-nothing popup (an extension page that paints one
 * story card and nothing else) measured the same way, as the floor this machine sets.
 * Needs /usr/bin/chromium and `npm run build:ext`; prints why and exits quietly when either is missing.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const RUNS = Number(process.env.POPUP_BENCH_RUNS ?? 15);
const CHROMIUM = '/usr/bin/chromium';
const repo = resolve(import.meta.dirname, '..');
const dist = join(repo, 'dist');
const PAGES = [
  { name: 'article page', file: 'tests/pages/article-en-heavy-chrome/page.html', target: 50 },
  { name: 'sample e-paper page', file: 'tests/pages/epaper-zh-erqi/page.html', target: 100 },
];

if (!existsSync(CHROMIUM) || !existsSync(join(dist, 'manifest.json'))) {
  console.log(`popup: skipped (needs ${CHROMIUM} and dist/ — run npm run build:ext)`);
  process.exit(0);
}

// The built extension, copied with the do-nothing popup beside popup.html: same origin, same kind of page.
const extension = mkdtempSync(join(tmpdir(), 'broadsheet-popup-bench-ext-'));
cpSync(dist, extension, { recursive: true });
writeFileSync(join(extension, 'blank.html'), '<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body><div id="app"></div><script type="module" src="blank.js"></script></body></html>');
writeFileSync(join(extension, 'blank.js'), `const card = document.createElement('article'); card.className = 'story'; card.textContent = 'A story'; document.getElementById('app').append(card);`);
const extensionId = [...createHash('sha256').update(extension).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
const pageUrl = (path) => `chrome-extension://${extensionId}/${path}`;

const server = createServer((req, res) => {
  const page = PAGES.find((p) => req.url === `/${p.file}`);
  if (!page) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(join(repo, page.file)));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (ms) => Math.round(ms * 10) / 10;

const profile = mkdtempSync(join(tmpdir(), 'broadsheet-popup-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM, headless: true,
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--enable-unsafe-extension-debugging', '--no-first-run', '--disable-sync', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-sandbox'],
});
try {
  // From navigation start until the frame after the first story card is in the document has been painted (the task
  // after that frame's animation callbacks), and the wait for the page's answer within it.
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('article.story')) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => { window.__paintedAt = performance.now(); }));
    }).observe(document, { childList: true, subtree: true });
  });
  const control = await context.newPage();
  await control.goto(pageUrl('blank.html'));
  const cdp = await context.browser().newBrowserCDPSession();

  /** One opening of the page at `url`: its whole time, and the time it waited for the tab's answer. */
  const open = async (page, url) => {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__paintedAt != null, null, { timeout: 30_000 });
    return page.evaluate(() => {
      const mark = (name) => performance.getEntriesByName(name).at(-1)?.startTime;
      const asked = mark('broadsheet:page-asked');
      const answered = mark('broadsheet:page-answered');
      return { total: window.__paintedAt, waited: asked === undefined || answered === undefined ? 0 : answered - asked };
    });
  };
  const measure = async (page, url) => {
    await open(page, url); // the first opening loads the extension's files from disk: measured apart, not in the median
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await open(page, url));
    const own = runs.map((r) => r.total - r.waited);
    return { own: median(own), total: median(runs.map((r) => r.total)), waited: median(runs.map((r) => r.waited)), slowest: Math.max(...own) };
  };

  const rows = [];
  const blank = await measure(await context.newPage(), pageUrl('blank.html'));
  rows.push({ popup: 'do-nothing popup', page: '', 'own share (median)': `${round(blank.own)} ms`, 'beyond do-nothing': '', slowest: `${round(blank.slowest)} ms`, 'document start → painted': `${round(blank.total)} ms`, 'waiting for the page': '', target: '', met: '' });
  for (const { name, file, target } of PAGES) {
    const tab = await context.newPage();
    const url = `${origin}/${file}`;
    await tab.goto(url);
    // the toolbar click grants activeTab on the tab; the popup page then reads it through ?tabId=, as the browser tests do
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: targetInfos.find((t) => t.url === url).targetId });
    const tabId = await control.evaluate(async (address) => (await chrome.tabs.query({ url: address })).at(0)?.id, url);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    const result = await measure(popup, pageUrl(`popup.html?tabId=${tabId}`));
    const stories = await popup.locator('article.story').count();
    rows.push({ popup: 'Broadsheet', page: `${name} (${stories} stories)`, 'own share (median)': `${round(result.own)} ms`, 'beyond do-nothing': `${round(result.own - blank.own)} ms`, slowest: `${round(result.slowest)} ms`, 'document start → painted': `${round(result.total)} ms`, 'waiting for the page': `${round(result.waited)} ms`, target: `≤ ${target} ms`, met: result.own <= target });
    await popup.close();
    await tab.close();
  }
  console.log(`The popup's own share: document start → stories painted, less the wait for the page's answer; median of ${RUNS} openings each; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores`);
  console.log('"met" holds the own share to its target; where the do-nothing popup alone takes longer than the target, the machine is too loaded for it to say much, and the column beyond it is the popup\'s cost.');
  console.table(rows);
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(extension, { recursive: true, force: true });
}
