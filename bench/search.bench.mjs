// Search over 10 000 saved stories (mixed Chinese/English, generated) in Node: index build time and
// memory, query time, incremental updates; plus suggest-tags and summary time per story.
// search-chromium.bench.mjs measures the same in Chromium.
import { loadavg } from 'node:os';
import { buildColumns, measureBuilds, round, searchWorkload, storyGenerator, timeRuns } from './saved-stories.mjs';

const { SearchIndex, createStoryRepository, memoryStorageArea, suggestTags, summarize, storyId, SCHEMA_VERSION } = await import('broadsheet/reader');

const STORIES = 10_000;
const RUNS = 30;
const generator = storyGenerator(storyId);
const stories = generator.stories(STORIES);
const characters = stories.reduce((sum, s) => sum + s.paragraphs.reduce((n, p) => n + p.length, 0), 0);
const heap = () => (globalThis.gc?.(), process.memoryUsage().heapUsed);

// --- build: at once, and in slices as the notes page would (the page stays responsive between) ---
const builds = await measureBuilds(SearchIndex, stories, heap);
const { index } = builds;
console.table([
  {
    stories: STORIES,
    'story text (M chars)': round(characters / 1e6),
    'JSON size (MB)': round(JSON.stringify(stories).length / 1e6),
    ...buildColumns(builds),
    'load average (1 min)': round(loadavg()[0]),
  },
]);

// --- queries ---
console.table(
  searchWorkload(stories, generator).map(([name, query]) => {
    const { result, median, p95, max } = timeRuns(() => index.search(query), RUNS);
    return { query: name, text: query.text ?? '', hits: result.length, 'median (ms)': round(median), 'p95 (ms)': round(p95), 'max (ms)': round(max) };
  }),
);

// --- keeping the index current ---
const edits = stories.slice(0, 200).map((s) => ({ ...s, note: `${s.note} 编辑 edited`, updatedAt: s.updatedAt + 1 }));
const upsert = timeRuns(() => edits.forEach((s) => index.upsert(s)), 1);
const added = generator.stories(200, STORIES);
const add = timeRuns(() => added.forEach((s) => index.upsert(s)), 1);
const remove = timeRuns(() => added.forEach((s) => index.remove(s.id)), 1);
console.table([
  { operation: 'edit a story (upsert existing)', 'per story (ms)': round(upsert.median / edits.length) },
  { operation: 'save a new story (upsert new)', 'per story (ms)': round(add.median / added.length) },
  { operation: 'delete a story (remove)', 'per story (ms)': round(remove.median / added.length) },
]);

// --- reading every saved story back (JSON parse, migration check, field validation) ---
const area = memoryStorageArea(Object.fromEntries(stories.map((story) => [`story:${story.id}`, { v: SCHEMA_VERSION, story }])));
const repository = createStoryRepository(area);
const listed = [];
for (let run = 0; run < 5; run++) {
  const start = performance.now();
  const all = await repository.list();
  listed.push(performance.now() - start);
  if (!all.ok || all.value.length !== STORIES) throw new Error('list() lost stories');
}
listed.sort((a, b) => a - b);
console.table([{ operation: `repository.list() of ${STORIES} stories (in-memory area)`, 'median (ms)': round(listed[2]), 'max (ms)': round(listed[4]) }]);

// --- annotate: what the popup computes per story ---
const some = stories.slice(0, 200);
const tagTime = timeRuns(() => some.forEach((s) => suggestTags({ title: [s.title.headline], paragraphs: s.paragraphs }, { existingTags: generator.tags })), 3);
const summaryTime = timeRuns(() => some.forEach((s) => summarize(s.paragraphs)), 3);
console.table([
  { operation: 'suggestTags (200 reader tags)', 'per story (ms)': round(tagTime.median / some.length) },
  { operation: 'summarize', 'per story (ms)': round(summaryTime.median / some.length) },
]);
