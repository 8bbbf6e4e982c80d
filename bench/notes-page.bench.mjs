/**
 * The notes page with 10 000 and with 100 000 saved stories, in real Chromium with the built extension (dist/):
 * time until it is usable, time for a search keystroke to paint its first results and to count them all, JS heap, storage size; beside a
 * do-nothing page (an extension page that paints one story and a count, nothing else) opened the same way, as the
 * floor this machine sets at that moment. Each size in a fresh profile, its library written before the notes page
 * is first opened (a reader's existing library); then a notes page kept open while IMPORTED more stories are written
 * 500 at a time (an import elsewhere), to show it keeps up and holds cards, not stories.
 * Then each export of every story shown (JSON, CSV, Markdown, the ZIP): time and the most JS heap used meanwhile, beside
 * the JSON export made the way it was before it streamed (one array, one string), done in the page; and that JSON
 * export imported into a fresh profile's notes page (time, peak JS heap, the progress shown).
 * NOTES_BENCH_SIZES=10000 (comma-separated) measures only those sizes.
 * Needs /usr/bin/chromium and `npm run build:ext`; prints why and exits quietly when either is missing.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdtempSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const SIZES = (process.env.NOTES_BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const OPEN_RUNS = 3;
/** Stories written while a notes page is open, after each size's measurements. */
const IMPORTED = 10_000;
const TARGET_OPEN_MS = 500;
const TARGET_KEYSTROKE_MS = 50;
const TARGET_KEYSTROKE_P95_MS = 100;
const TARGET_SEARCH_OPEN_MS = 1000;
const TARGET_HEAP_MB = 200;
const CHROMIUM = '/usr/bin/chromium';
const dist = resolve(import.meta.dirname, '../dist');

if (!existsSync(CHROMIUM) || !existsSync(join(dist, 'manifest.json'))) {
  console.log(`notes-page: skipped (needs ${CHROMIUM} and dist/ — run npm run build:ext)`);
  process.exit(0);
}

// ---- A reproducible library: mixed Chinese and English stories of 1–3 KB, Zipf-distributed words. ----

/** mulberry32: small, seeded, and free of the short cycles of a plain LCG (which made stories repeat). */
let seed = 20260301;
function random() {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
}
const pick = (list) => list[Math.floor(random() * list.length)];
/** Rank r drawn with probability ∝ 1/r: a few words are everywhere, most are rare, as in news text. */
const zipf = (list) => list[Math.min(list.length - 1, Math.floor(Math.exp(random() * Math.log(list.length + 1))) - 1)];

const HAN = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质造势';
const hanWords = Array.from({ length: 4000 }, () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(HAN)).join(''));
const COMMON = 'the of and to in a is that for on was with he it as at by from his said have has are be an its were which this but not they had been after who their will more would about than over up out year new also government people other two first city police state officials council president week percent million market company minister report workers water school court health plan election'.split(' ');
const SYLLABLES = 'ba be bi bo ca co da de di do fa fe ga go ha he ka la le li lo ma me mi mo na ne no pa pe po ra re ri ro sa se si so ta te ti to va ve vi wa we za ton ter ment tion ing ers ist ary'.split(' ');
const englishWords = [...COMMON, ...Array.from({ length: 12_000 }, () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(SYLLABLES)).join(''))];
const TAGS = ['经济', '政治', '科技', '教育', '环境', '春运', '新能源', '就业', 'climate', 'economy', 'elections', 'health', 'science', 'transport', 'local', 'courts', 'energy', 'housing'];
const SITES = ['人民日报', '新华网', '澎湃新闻', '郑州日报', '南方周末', 'AP News', 'BBC News', 'The Guardian', 'Reuters', 'The Riverside Ledger'];

function englishSentence() {
  const words = Array.from({ length: 8 + Math.floor(random() * 18) }, () => zipf(englishWords));
  return `${words[0][0].toUpperCase()}${words.join(' ').slice(1)}.`;
}
const chineseSentence = () => `${Array.from({ length: 6 + Math.floor(random() * 12) }, () => zipf(hanWords)).join('')}。`;
const utf8 = (text) => Buffer.byteLength(text);

function story(i) {
  const chinese = i % 2 === 0;
  const sentence = chinese ? chineseSentence : englishSentence;
  const bytes = 1024 + Math.floor(random() * 2048);
  const paragraphs = [];
  for (let size = 0; size < bytes;) {
    const paragraph = Array.from({ length: 2 + Math.floor(random() * 3) }, sentence).join(chinese ? '' : ' ');
    paragraphs.push(paragraph);
    size += utf8(paragraph);
  }
  const headline = chinese ? Array.from({ length: 4 }, () => zipf(hanWords)).join('') : englishSentence().slice(0, 70).replace(/\.$/, '');
  const savedAt = Date.UTC(2024, 0, 1) + Math.floor(random() * 2 * 365 * 864e5);
  const url = `https://news.example/${chinese ? 'zh' : 'en'}/${i}`;
  return {
    id: createHash('sha256').update(url).digest('hex').slice(0, 16),
    url, site: pick(SITES), title: { kicker: null, headline, subheadline: null },
    byline: chinese ? '本报记者 李明' : 'By Staff Writer', dateline: null, paragraphs,
    tags: Array.from({ length: Math.floor(random() * 4) }, () => pick(TAGS)).filter((t, k, all) => all.indexOf(t) === k),
    summary: random() < 0.3 ? sentence() : '', note: random() < 0.1 ? sentence() : '',
    savedAt, updatedAt: savedAt, pageTitle: null, publishedTime: null,
  };
}

// ---- Chromium with the extension, as the browser tests launch it. ----

// The built extension, copied with the do-nothing page beside notes.html: same origin, same kind of page. It also
// serves to write the library, as a page that does not listen to storage changes.
const extensionPath = realpathSync(mkdtempSync(join(tmpdir(), 'broadsheet-notes-bench-ext-')));
cpSync(dist, extensionPath, { recursive: true });
writeFileSync(join(extensionPath, 'blank.html'), '<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body><main id="app"></main><script type="module" src="blank.js"></script></body></html>');
writeFileSync(join(extensionPath, 'blank.js'), `const card = document.createElement('article'); card.className = 'story'; card.textContent = 'A story'; const count = document.createElement('p'); count.className = 'count'; count.textContent = '1'; document.getElementById('app').append(count, card);`);
const extensionId = [...createHash('sha256').update(extensionPath).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
const notesUrl = `chrome-extension://${extensionId}/notes.html`;
const blankUrl = `chrome-extension://${extensionId}/blank.html`;

/**
 * Polls an async predicate in the page until it holds. page.waitForFunction cannot: it takes the promise an async
 * predicate returns for a truthy value and returns at once (so the runs before this measured pages that were
 * still building the search index, each open starting the build again).
 */
async function until(page, predicate, arg, { timeout, polling }) {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(predicate, arg))) {
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms: ${predicate}`);
    await new Promise((resolve) => setTimeout(resolve, polling));
  }
}

/** Runs `work` while polling the page's JS heap every 50 ms (after a GC first): its time, the most heap seen, what it returned. */
async function heapWhile(cdp, work) {
  await cdp.send('HeapProfiler.collectGarbage');
  const before = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  let peak = before;
  let running = true;
  const polling = (async () => {
    while (running) {
      peak = Math.max(peak, (await cdp.send('Runtime.getHeapUsage')).usedSize);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const start = Date.now();
  const outcome = await work();
  const ms = Date.now() - start;
  running = false;
  await polling;
  const mb = (bytes) => (bytes / 2 ** 20).toFixed(1);
  return { ms, heapBeforeMB: mb(before), peakMB: mb(peak), outcome };
}

/** Clicks an export button: the size of the file the browser is handed, or the message the page shows instead. */
async function exportByButton(page, button, timeout, keepAs = null) {
  const download = page.waitForEvent('download', { timeout });
  const refused = page.getByRole('alert').waitFor({ timeout }).then(async () => `refused: ${await page.getByRole('alert').textContent()}`);
  await page.getByRole('button', { name: button, exact: true }).click();
  const first = await Promise.race([download, refused]);
  if (typeof first === 'string') {
    download.catch(() => null);
    await page.reload();
    await page.locator('.count').waitFor();
    return first;
  }
  refused.catch(() => null);
  const path = await first.path();
  const bytes = statSync(path).size;
  if (keepAs) copyFileSync(path, keepAs);
  await first.delete();
  return `${(bytes / 2 ** 20).toFixed(1)} MB`;
}

/**
 * Imports a JSON export into a fresh profile's notes page, as a reader picks the file: from the pick until the page
 * says what it imported (or why it did not), the most JS heap used meanwhile, the progress it showed, the stories stored.
 */
async function measureImport(file, STORIES) {
  const profile = mkdtempSync(join(tmpdir(), 'broadsheet-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true,
    args: [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`, '--no-first-run', '--disable-sync', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-sandbox'],
  });
  const timeout = STORIES * 20 + 120_000;
  context.setDefaultTimeout(timeout);
  try {
    const page = await context.newPage();
    await page.goto(notesUrl);
    await page.getByLabel('Import JSON…').waitFor();
    await page.evaluate(() => {
      window.__statuses = [];
      new MutationObserver(() => {
        const text = document.querySelector('.tools [role=status], .tools [role=alert]')?.textContent;
        if (text && window.__statuses.at(-1) !== text) window.__statuses.push(text);
      }).observe(document.querySelector('.tools'), { subtree: true, childList: true, characterData: true });
    });
    const cdp = await context.newCDPSession(page);
    const result = await heapWhile(cdp, async () => {
      await page.getByLabel('Import JSON…').setInputFiles(file);
      const said = page.locator('.tools [role=alert], .tools [role=status]', { hasText: /^(Imported:|This|The|Could)/ });
      await said.waitFor({ timeout });
      return said.textContent();
    });
    const statuses = await page.evaluate(() => window.__statuses);
    const stored = await page.evaluate(async () => (await chrome.storage.local.getKeys()).filter((key) => key.startsWith('story:')).length);
    console.log(`  import of that JSON export (${(statSync(file).size / 2 ** 20).toFixed(1)} MB) into an empty library, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    console.table([
      { metric: 'file picked → the page says what it imported', value: `${(result.ms / 1000).toFixed(1)} s` },
      { metric: 'peak JS heap meanwhile (polled every 50 ms)', value: `${result.peakMB} MB` },
      { metric: 'what it said', value: result.outcome },
      { metric: 'progress shown (first, last of them)', value: `${statuses.length} messages: ${statuses.slice(0, 2).join(' | ')} … ${statuses.slice(-2).join(' | ')}` },
      { metric: 'stories stored after', value: String(stored) },
    ]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The JSON export as it was made before it streamed: every story read (400 at a time) into one array, then one string, then one Blob. */
function exportAsOneString(page) {
  return page.evaluate(async () => {
    const keys = (await chrome.storage.local.getKeys()).filter((key) => key.startsWith('story:'));
    const stories = [];
    for (let at = 0; at < keys.length; at += 400) stories.push(...Object.values(await chrome.storage.local.get(keys.slice(at, at + 400))).map((envelope) => envelope.story));
    const text = `${JSON.stringify({ format: 'broadsheet-stories', schemaVersion: 2, exportedAt: new Date().toISOString(), stories }, null, 1)}\n`;
    const blob = new Blob([text], { type: 'application/json;charset=utf-8' });
    return `${(blob.size / 2 ** 20).toFixed(1)} MB`;
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const p95 = (values) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * 0.95) - 1)];
const round = (ms) => Math.round(ms * 10) / 10;

const storiesSeed = seed;
try {
  for (const STORIES of SIZES) await measure(STORIES);
} finally {
  rmSync(extensionPath, { recursive: true, force: true });
}

/** Generated and written 5 000 at a time through `page`, so 100 000 stories (about 250 MB of text) are never all in this process at once; their mean body size. */
async function writeStories(page, from, count) {
  let meanBytes = 0;
  for (let batch = from; batch < from + count; batch += 5000) {
    const library = Array.from({ length: Math.min(5000, from + count - batch) }, (_, i) => story(batch + i));
    meanBytes += library.reduce((sum, s) => sum + utf8(s.paragraphs.join('')), 0) / count;
    for (let at = 0; at < library.length; at += 500) {
      const items = Object.fromEntries(library.slice(at, at + 500).map((s) => [`story:${s.id}`, { v: 1, story: s }]));
      await page.evaluate((entries) => chrome.storage.local.set(entries), items);
    }
  }
  return meanBytes;
}

async function measure(STORIES) {
  seed = storiesSeed; // each size draws the same stories: the 100 000 begin with the 10 000
  const profile = mkdtempSync(join(tmpdir(), 'broadsheet-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true,
    args: [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`, '--no-first-run', '--disable-sync', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-sandbox'],
  });
  context.setDefaultTimeout(STORIES * 6 + 60_000);
  const exported = join(profile, '..', `${profile.split('/').at(-1)}-export.json`);
  try {
    const page = await context.newPage();
    await page.goto(blankUrl);
    const writeStart = Date.now();
    const meanBytes = await writeStories(page, 0, STORIES);
    const writeMs = Date.now() - writeStart;

    // From navigation start (performance.now() counts from it) until the first story and the count are on screen:
    // watched from the document's start, so the time does not depend on when this script gets to ask.
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, ms: e.duration })))).observe({ type: 'longtask' });
      new MutationObserver((_, observer) => {
        if (!document.querySelector('article.story') || !document.querySelector('.count')) return;
        observer.disconnect();
        requestAnimationFrame(() => { window.__usableAt = performance.now(); });
      }).observe(document, { childList: true, subtree: true });
    });
    const untilUsable = async () => {
      await page.waitForFunction(() => window.__usableAt != null, null, { timeout: STORIES * 6 + 60_000 });
      return page.evaluate(() => window.__usableAt);
    };
    // The stories were written without their cards or search index (as by a Broadsheet before them, or seeded
    // directly): the first open builds both from the whole library, once; the opens after read them.
    const firstOpenAt = Date.now();
    await page.goto(notesUrl, { waitUntil: 'commit' });
    const rebuildOpen = await untilUsable();
    await until(page, async () => (await chrome.storage.local.getBytesInUse('cards:0')) > 0, null, { timeout: STORIES * 6 + 60_000, polling: 200 });
    await until(page, async () => (await chrome.storage.local.get('search:meta'))['search:meta']?.ready === true, null, { timeout: STORIES * 6 + 60_000, polling: 500 });
    const indexBuiltMs = Date.now() - firstOpenAt;
    const opens = [];
    const blankOpens = [];
    const blocked = [];
    for (let run = 0; run < OPEN_RUNS; run++) {
      // The do-nothing page just before, measured the same way: the floor the machine sets at this moment.
      await page.goto(blankUrl, { waitUntil: 'commit' });
      blankOpens.push(await untilUsable());
      await page.goto(notesUrl, { waitUntil: 'commit' });
      opens.push(await untilUsable());
      // The page is shown; does it answer a click or a key at once? The longest task in the next 5 s says.
      await page.waitForTimeout(5000);
      blocked.push(await page.evaluate(() => Math.max(0, ...window.__longTasks.filter((t) => t.start >= window.__usableAt).map((t) => t.ms))));
    }
    const shownCount = await page.locator('.count').textContent();
    // Opening with a search (notes.html?q=…) waits for the search index too.
    const searchOpens = [];
    for (let run = 0; run < OPEN_RUNS; run++) {
      await page.goto(`${notesUrl}?q=${encodeURIComponent(COMMON[30])}`, { waitUntil: 'commit' });
      searchOpens.push(await untilUsable());
    }
    // Where the opening time goes: the cards are read first; the whole library is never read on open (here for comparison).
    const readMs = await page.evaluate(async () => { const t = performance.now(); await chrome.storage.local.get(null); return performance.now() - t; });
    const cardKeys = Array.from({ length: 16 }, (_, shard) => `cards:${shard}`);
    const cardsReadMs = await page.evaluate(async (keys) => { const t = performance.now(); await chrome.storage.local.get(keys); return performance.now() - t; }, cardKeys);
    const cardsBytes = await page.evaluate((keys) => chrome.storage.local.getBytesInUse(keys), cardKeys);
    const indexBytes = await page.evaluate(async () => chrome.storage.local.getBytesInUse((await chrome.storage.local.getKeys()).filter((key) => key.startsWith('search:'))));

    // One keystroke: from its input event (a key, or an IME's committed Chinese) until the frame after the result count
    // first changed — the first results painted, which for a long Chinese run is the first screenful while the rest are
    // still confirmed (the count then says so, aria-busy) — and until the frame after the whole answer was counted.
    await page.evaluate(() => {
      window.addEventListener('input', () => { window.__keyAt = performance.now(); window.__shownAt = null; window.__doneAt = null; window.__changed = false; }, { capture: true });
      new MutationObserver(() => {
        if (window.__keyAt == null) return;
        const count = document.querySelector('.count');
        const text = count?.textContent ?? document.querySelector('.status')?.textContent;
        // Once the first results changed the count, the whole answer can end with the count it began with.
        if (text !== window.__before) window.__changed = true;
        if (!window.__changed) return;
        if (window.__shownAt == null) requestAnimationFrame(() => { window.__shownAt ??= performance.now(); });
        if (window.__doneAt == null && !count?.hasAttribute('aria-busy')) requestAnimationFrame(() => { window.__doneAt ??= performance.now(); });
      }).observe(document.querySelector('main'), { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-busy'] });
    });
    const countText = () => page.evaluate(() => document.querySelector('.count')?.textContent ?? document.querySelector('.status')?.textContent);
    /**
     * Until the text typed so far is answered whole: the count not busy and unchanged for a second. (Before, the count
     * was read at once, so a keystroke could be timed by the previous text's matches arriving after it.)
     */
    const settled = async () => {
      let last = null;
      let since = Date.now();
      for (const end = Date.now() + 20_000; Date.now() < end; await page.waitForTimeout(100)) {
        const now = await page.evaluate(() => `${document.querySelector('.count')?.hasAttribute('aria-busy')}|${document.querySelector('.count')?.textContent ?? document.querySelector('.status')?.textContent}`);
        if (now !== last) { last = now; since = Date.now(); } else if (!now.startsWith('true') && Date.now() - since >= 1000) return;
      }
    };
    const box = page.locator('input[type=search]');
    // A first search reads the index keys it needs (measured above with ?q=), keystrokes after.
    await box.fill(COMMON[0]);
    await page.locator('.count').waitFor();
    // The last character of each is the keystroke measured; the text before it is entered first, unmeasured.
    // Frequent to rare (Zipf ranks): lone characters and letters, Chinese pairs, English prefixes, two words.
    const queries = [
      ...'经科治', ...[20, 100, 300, 1000, 2000].map((rank) => hanWords[rank].slice(0, 2)), ...[50, 500].map((rank) => hanWords.filter((w) => w.length > 2)[rank]),
      ...'tmc', ...[60, 80, 120, 200, 400, 2000].map((rank) => englishWords[rank].slice(0, 3)), ...[100, 1000].map((rank) => `council ${englishWords[rank].slice(0, 3)}`),
    ];
    const keystrokes = [];
    for (const query of queries) {
      await box.fill(query.slice(0, -1));
      await settled();
      const before = await countText();
      await page.evaluate((text) => { window.__before = text; window.__keyAt = null; }, before);
      await box.pressSequentially(query.at(-1));
      // Up to 15 s: a slow search is timed, not taken for one whose count stays the same ('no change', left out of the figures).
      await page.waitForFunction(() => window.__doneAt != null, null, { timeout: 15_000 }).catch(() => null);
      const [ms, doneMs] = await page.evaluate(() => [window.__shownAt, window.__doneAt].map((at) => (at == null ? null : at - window.__keyAt)));
      keystrokes.push({ query, ms, doneMs, results: await countText() });
    }
    await box.fill('');

    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');

    // Exports of every story shown (all of them, the search box empty): from the click until the browser is handed
    // the file, and the most JS heap used meanwhile (polled); beside the way before, done in the page by this script.
    await page.waitForFunction((total) => document.querySelector('.count')?.textContent?.startsWith(`${total} of`), STORIES, { polling: 200 });
    const exports = [];
    for (const button of ['JSON', 'CSV', 'Markdown (one file)', 'Markdown (a file per story, zipped)']) {
      exports.push({ export: button, ...(await heapWhile(cdp, () => exportByButton(page, button, STORIES * 6 + 60_000, button === 'JSON' ? exported : null))) });
    }
    exports.push({ export: 'JSON, the way before (every story read into one array, one string, one Blob; run in the page)', ...(await heapWhile(cdp, () => exportAsOneString(page))) });
    const storageBytes = await page.evaluate(() => chrome.storage.local.getBytesInUse(null));

    // An import elsewhere while this page is open: IMPORTED more stories written 500 at a time from another page.
    // Until the page's count shows them all; the longest task meanwhile; the heap after (cards, not stories, are kept).
    await page.goto(notesUrl, { waitUntil: 'commit' });
    await untilUsable();
    await until(page, async () => (await chrome.storage.local.get('search:meta'))['search:meta']?.ready === true, null, { timeout: STORIES * 6 + 60_000, polling: 500 });
    const genBefore = await page.evaluate(async () => (await chrome.storage.local.get('search:meta'))['search:meta'].gen);
    await page.evaluate(() => { window.__importFrom = performance.now(); });
    const writer = await context.newPage();
    await writer.goto(blankUrl);
    const importStart = Date.now();
    await writeStories(writer, STORIES, IMPORTED);
    const importWriteMs = Date.now() - importStart;
    await page.waitForFunction((total) => document.querySelector('.count')?.textContent?.includes(String(total)), STORIES + IMPORTED, { polling: 200 });
    const importSeenMs = Date.now() - importStart;
    // Worn by so many changes, the search index is built again once the writes pause.
    await until(page, async (before) => { const meta = (await chrome.storage.local.get('search:meta'))['search:meta']; return meta?.ready && meta.build === null && meta.gen > before; }, genBefore, { timeout: STORIES * 6 + 60_000, polling: 500 });
    const importIndexedMs = Date.now() - importStart;
    const importBlocked = await page.evaluate(() => Math.max(0, ...window.__longTasks.filter((t) => t.start >= window.__importFrom).map((t) => t.ms)));
    await writer.close();
    await cdp.send('HeapProfiler.collectGarbage');
    const importHeap = await cdp.send('Runtime.getHeapUsage');

    const measured = keystrokes.filter((k) => k.ms != null).map((k) => k.ms);
    const whole = keystrokes.filter((k) => k.doneMs != null).map((k) => k.doneMs);
    console.log(`${STORIES} stories, mean body ${Math.round(meanBytes)} bytes (UTF-8); page shows "${shownCount}"; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores`);
    console.log(`  the ${STORIES} stories written in ${(writeMs / 1000).toFixed(1)} s before the notes page was opened`);
    console.table([
      { metric: 'do-nothing page → its story + count (median of 3, each just before the notes page)', value: `${round(median(blankOpens))} ms`, target: '', met: '' },
      { metric: 'open notes.html → first story + count (median of 3)', value: `${round(median(opens))} ms`, target: `≤ ${TARGET_OPEN_MS} ms`, met: median(opens) <= TARGET_OPEN_MS },
      { metric: 'longest main-thread task in the 5 s after that (median)', value: `${round(median(blocked))} ms`, target: '', met: '' },
      { metric: '  storage.local.get(null) alone, page idle', value: `${round(readMs)} ms`, target: '', met: '' },
      { metric: '  the 16 cards keys alone, page idle', value: `${round(cardsReadMs)} ms`, target: '', met: '' },
      { metric: 'first open, cards rebuilt from the stories (once)', value: `${round(rebuildOpen)} ms`, target: '', met: '' },
      { metric: '  and the stored search index built (once), from navigation', value: `${round(indexBuiltMs)} ms`, target: '', met: '' },
      { metric: 'open notes.html?q=… → results (median of 3)', value: `${round(median(searchOpens))} ms`, target: `≤ ${TARGET_SEARCH_OPEN_MS} ms`, met: median(searchOpens) <= TARGET_SEARCH_OPEN_MS },
      { metric: `search keystroke → first results painted (median of ${measured.length})`, value: `${round(median(measured))} ms`, target: `≤ ${TARGET_KEYSTROKE_MS} ms`, met: median(measured) <= TARGET_KEYSTROKE_MS },
      { metric: 'search keystroke, 95th percentile', value: `${round(p95(measured))} ms`, target: `≤ ${TARGET_KEYSTROKE_P95_MS} ms`, met: p95(measured) <= TARGET_KEYSTROKE_P95_MS },
      { metric: 'search keystroke, slowest', value: `${round(Math.max(...measured))} ms`, target: '', met: '' },
      { metric: `  until the whole answer is counted: median / 95th percentile / slowest (of ${whole.length})`, value: `${round(median(whole))} / ${round(p95(whole))} / ${round(Math.max(...whole))} ms`, target: '', met: '' },
      { metric: 'JS heap used (after GC)', value: `${(heap.usedSize / 2 ** 20).toFixed(1)} MB`, target: `≤ ${TARGET_HEAP_MB} MB`, met: heap.usedSize / 2 ** 20 <= TARGET_HEAP_MB },
      { metric: 'storage.local bytes in use', value: `${(storageBytes / 2 ** 20).toFixed(1)} MB`, target: '', met: '' },
      { metric: '  of which cards', value: `${(cardsBytes / 2 ** 20).toFixed(1)} MB`, target: '', met: '' },
      { metric: '  of which the search index', value: `${(indexBytes / 2 ** 20).toFixed(1)} MB`, target: '', met: '' },
      { metric: `${IMPORTED} more written 500 at a time with the page open: writes / until its count shows them`, value: `${(importWriteMs / 1000).toFixed(1)} s / ${(importSeenMs / 1000).toFixed(1)} s`, target: '', met: '' },
      { metric: '  until the search index is built again with them', value: `${(importIndexedMs / 1000).toFixed(1)} s`, target: '', met: '' },
      { metric: '  longest main-thread task meanwhile (writes and index build)', value: `${round(importBlocked)} ms`, target: '', met: '' },
      { metric: '  JS heap used after (after GC)', value: `${(importHeap.usedSize / 2 ** 20).toFixed(1)} MB`, target: `≤ ${TARGET_HEAP_MB} MB`, met: importHeap.usedSize / 2 ** 20 <= TARGET_HEAP_MB },
    ]);
    console.table(keystrokes.map((k) => ({ query: k.query, 'first results ms': k.ms == null ? 'no change' : round(k.ms), 'whole answer ms': k.doneMs == null ? 'no change' : round(k.doneMs), results: k.results })));
    console.log(`  exports of the ${STORIES} stories shown (JS heap before each, after GC: ${exports.map((e) => e.heapBeforeMB).join(' / ')} MB)`);
    console.table(exports.map(({ export: name, ms, peakMB, outcome }) => ({ export: name, 'click → file handed to the browser': `${(ms / 1000).toFixed(1)} s`, 'peak JS heap': `${peakMB} MB`, file: outcome })));
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  try {
    if (existsSync(exported)) await measureImport(exported, STORIES);
  } finally {
    rmSync(exported, { force: true });
  }
}
