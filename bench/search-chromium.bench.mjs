// The search bench of search.bench.mjs, run inside real Chromium (V8 as the notes page has it):
// 10 000 generated saved stories, index build (at once and in slices), heap, query times.
// Skipped, with a note, where no Chromium is installed (set CHROMIUM to its path).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.log(`Chromium not found at ${executablePath}: skipped.`);
  process.exit(0);
}

// Serve the Node build's reader module and the shared workload to the page from a made-up origin.
const libDir = dirname(fileURLToPath(import.meta.resolve('broadsheet/reader')));
const benchDir = dirname(fileURLToPath(import.meta.url));
const ORIGIN = 'http://bench.invalid';

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--enable-precise-memory-info', '--js-flags=--expose-gc', '--disable-gpu', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = path === '/' ? null : path.startsWith('/lib/') ? join(libDir, path.slice(5)) : join(benchDir, path.slice(1));
    if (!file || !existsSync(file)) return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>bench</title>' });
    return route.fulfill({ status: 200, contentType: extname(file) === '.html' ? 'text/html' : 'text/javascript', body: readFileSync(file) });
  });
  await page.goto(`${ORIGIN}/`);
  const tables = await page.evaluate(async () => {
    const { SearchIndex, storyId } = await import('/lib/reader.js');
    const { buildColumns, measureBuilds, round, searchWorkload, storyGenerator, timeRuns } = await import('/saved-stories.mjs');
    const heap = () => (globalThis.gc?.(), performance.memory?.usedJSHeapSize ?? Number.NaN);
    const generator = storyGenerator(storyId);
    const stories = generator.stories(10_000);
    const builds = await measureBuilds(SearchIndex, stories, heap);
    const { index } = builds;
    const summary = {
      stories: stories.length,
      ...buildColumns(builds),
    };
    const queries = searchWorkload(stories, generator).map(([name, query]) => {
      const { result, median, p95, max } = timeRuns(() => index.search(query), 30);
      return { query: name, text: query.text ?? '', hits: result.length, 'median (ms)': round(median), 'p95 (ms)': round(p95), 'max (ms)': round(max) };
    });
    return { summary, queries, userAgent: navigator.userAgent.replace(/^.*(Chrome\/\S+).*$/u, '$1') };
  });
  console.log(`In ${tables.userAgent} (headless):`);
  console.table([tables.summary]);
  console.table(tables.queries);
} finally {
  await browser.close();
}
