/**
 * The popup's own share of its opening, in real Chromium with the built extension (dist/): from its document's
 * start (navigation start) to its stories painted, less the wait for the page's answer (the content script's
 * reading in the tab, between the popup's `broadsheet:page-asked` and `broadsheet:page-answered` marks). Measured on
 * an article page and on the sample e-paper page, beside a do-nothing popup (an extension page that paints one
 * story card and nothing else) measured the same way, as the floor this machine sets. Of the own share, the layout
 * and restructuring of what the page sent (from `broadsheet:page-answered` to `broadsheet:page-restructured`).
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
      const restructured = mark('broadsheet:page-restructured');
      return {
        total: window.__paintedAt, waited: asked === undefined || answered === undefined ? 0 : answered - asked,
        restructuring: answered === undefined || restructured === undefined ? 0 : restructured - answered,
      };
    });
  };
  // The subjects: the do-nothing page, and the popup page on each tab (the toolbar click grants activeTab on the tab;
  // the popup page then reads it through ?tabId=, as the browser tests do).
  const subjects = [{ name: 'do-nothing popup', url: pageUrl('blank.html'), page: await context.newPage() }];
  for (const { name, file, target } of PAGES) {
    const tab = await context.newPage();
    const url = `${origin}/${file}`;
    await tab.goto(url);
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: targetInfos.find((t) => t.url === url).targetId });
    const tabId = await control.evaluate(async (address) => (await chrome.tabs.query({ url: address })).at(0)?.id, url);
    subjects.push({ name, target, url: pageUrl(`popup.html?tabId=${tabId}`), page: await context.newPage() });
  }
  for (const subject of subjects) {
    await subject.page.setViewportSize({ width: 420, height: 600 });
    await open(subject.page, subject.url); // the first opening loads the extension's files from disk: not counted
    subject.runs = [];
  }
  // Taken in turns, so that the machine's load weighs on each alike; each popup is also compared with the
  // do-nothing page opened just before it.
  for (let run = 0; run < RUNS; run++) {
    for (const subject of subjects) subject.runs.push(await open(subject.page, subject.url));
  }
  const ownOf = (r) => r.total - r.waited;
  const [blank, ...popups] = subjects;
  const blankOwn = blank.runs.map(ownOf);
  const rows = [{ popup: blank.name, 'own share (median)': `${round(median(blankOwn))} ms`, 'beyond do-nothing (median of pairs)': '', slowest: `${round(Math.max(...blankOwn))} ms`, 'document start → painted': `${round(median(blank.runs.map((r) => r.total)))} ms`, 'waiting for the page': '', 'of the own share: layout and restructuring': '', target: '', met: '' }];
  for (const { name, target, page, runs } of popups) {
    const own = runs.map(ownOf);
    const stories = await page.locator('article.story').count();
    rows.push({
      popup: `Broadsheet, ${name} (${stories} stories)`,
      'own share (median)': `${round(median(own))} ms`,
      'beyond do-nothing (median of pairs)': `${round(median(own.map((ms, i) => ms - blankOwn[i])))} ms`,
      slowest: `${round(Math.max(...own))} ms`,
      'document start → painted': `${round(median(runs.map((r) => r.total)))} ms`,
      'waiting for the page': `${round(median(runs.map((r) => r.waited)))} ms`,
      'of the own share: layout and restructuring': `${round(median(runs.map((r) => r.restructuring)))} ms`,
      target: `≤ ${target} ms`,
      met: median(own) <= target,
    });
  }
  console.log(`The popup's own share: document start → stories painted, less the wait for the page's answer; median of ${RUNS} openings each; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores`);
  console.log('"met" holds the own share to its target; where the do-nothing page alone takes longer than the target, the machine is too loaded for that to say much, and the column beyond it is the popup\'s own cost.');
  console.table(rows);
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(extension, { recursive: true, force: true });
}
