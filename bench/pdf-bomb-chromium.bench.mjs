// The shared generator's two Flate bombs (1 GiB in one layer, 2 GiB behind two) read on the extension's PDF page in
// real Chromium: from picking the file to the page's message, the most the browser's processes grew by (resident
// memory summed over the browser and its children), and when pdf.js's worker is gone and the memory back.
// The bombs are made with ../shared/tools/hostile-pdfs.py, or read from HOSTILE_PDFS (a directory it wrote).
// Skipped, with a note, without Chromium, dist/ (npm run build:ext) or the generator.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const repo = resolve(import.meta.dirname, '..');
const distDir = process.env.EXTENSION_DIST ?? join(repo, 'dist');
const generator = join(repo, '../shared/tools/hostile-pdfs.py');
const BOMBS = ['deflate_bomb_1GiB.pdf', 'deflate_bomb_2GiB_double.pdf'];
const RUNS = Number(process.env.PDF_BOMB_BENCH_RUNS ?? 2);

if (!existsSync(CHROMIUM) || !existsSync(join(distDir, 'manifest.json')) || (!process.env.HOSTILE_PDFS && !existsSync(generator))) {
  console.log(`pdf-bomb-chromium: skipped (needs ${CHROMIUM}, dist/ and ${generator} or HOSTILE_PDFS)`);
  process.exit(0);
}

const dist = realpathSync(distDir);
let made = null;
const pdfDir = process.env.HOSTILE_PDFS ?? (made = mkdtempSync(join(tmpdir(), 'broadsheet-hostile-')));
if (made) execFileSync('python3', [generator, made], { stdio: 'ignore' });

/** Resident memory (bytes) of the process `root` and all its descendants. */
function treeRss(root) {
  const rows = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' }).trim().split('\n').map((l) => l.trim().split(/\s+/).map(Number));
  const children = new Map();
  for (const [pid, ppid] of rows) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const rss = new Map(rows.map(([pid, , kb]) => [pid, kb * 1024]));
  let sum = 0;
  for (const todo = [root]; todo.length;) {
    const pid = todo.pop();
    sum += rss.get(pid) ?? 0;
    todo.push(...(children.get(pid) ?? []));
  }
  return sum;
}

const profile = mkdtempSync(join(tmpdir(), 'broadsheet-pdf-bomb-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM, headless: true,
  args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, '--no-first-run', '--disable-sync', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-sandbox'],
});
const browserPid = Number(execFileSync('pgrep', ['-o', '-f', `user-data-dir=${profile}`], { encoding: 'utf8' }).trim());
const mb = (bytes) => Math.round(bytes / 2 ** 20);
try {
  const id = [...createHash('sha256').update(dist).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
  const rows = [];
  for (const name of BOMBS) {
    for (let run = 0; run < RUNS; run++) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/pdf.html`);
      await page.waitForTimeout(1000);
      const baseline = treeRss(browserPid);
      let peak = baseline;
      const sampler = setInterval(() => { peak = Math.max(peak, treeRss(browserPid)); }, 100);
      const start = Date.now();
      await page.locator('#pdf-files').setInputFiles([{ name, mimeType: 'application/pdf', buffer: readFileSync(join(pdfDir, name)) }]);
      const section = page.locator(`section[aria-label="${name}"]`);
      await section.locator('[role=alert], p.status').first().waitFor({ timeout: 120_000 });
      const message = Date.now() - start;
      const text = (await section.locator('[role=alert], p.status').first().textContent()) ?? '';
      // the worker gone: Playwright sees it close, and the memory comes back within 100 MB of the baseline
      const workersGone = Date.now();
      while (page.workers().length > 0 && Date.now() - workersGone < 60_000) await page.waitForTimeout(50);
      const workerEnded = Date.now() - start;
      while (treeRss(browserPid) - baseline > 100 * 2 ** 20 && Date.now() - start < 120_000) await page.waitForTimeout(100);
      const memoryBack = Date.now() - start;
      clearInterval(sampler);
      rows.push({ pdf: name, 'baseline (MB)': mb(baseline), 'grew by (MB)': mb(peak - baseline), 'message (ms)': message, 'workers ended (ms)': workerEnded, 'memory back (ms)': memoryBack, message: text.slice(0, 60) });
      await page.close();
    }
  }
  console.log(`Chromium ${context.browser()?.version() ?? ''}, load ${loadavg()[0].toFixed(1)} on entry to the table:`);
  console.table(rows);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  if (made) rmSync(made, { recursive: true, force: true });
}
