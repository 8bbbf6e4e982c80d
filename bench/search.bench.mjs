// Search over 10 000 saved stories (mixed Chinese/English, generated): index build time and memory,
// query time per keystroke, incremental updates; plus suggest-tags and summary time per story.
// Run: npm run bench -- search   (needs the package export 'broadsheet/reader').
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';

const { SearchIndex, suggestTags, summarize, storyId } = await import('broadsheet/reader');

const STORIES = 10_000;
const RUNS = 30;

// Deterministic: the same stories every run.
let seed = 20240707;
const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const int = (min, max) => min + Math.floor(random() * (max - min + 1));
/** Word frequencies in text fall off roughly as 1/rank (Zipf); draw ranks that way. */
const zipf = (list) => list[Math.min(list.length - 1, Math.floor(Math.exp(random() * Math.log(list.length + 1))) - 1)];

const HAN_POOL = Array.from({ length: 2500 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20900)));
const chineseWords = Array.from({ length: 6000 }, () => Array.from({ length: int(2, 4) }, () => zipf(HAN_POOL)).join(''));
const letters = 'abcdefghijklmnopqrstuvwxyz';
const englishWords = Array.from({ length: 9000 }, () => Array.from({ length: int(3, 10) }, () => letters[int(0, 25)]).join(''));
const tags = [...chineseWords.slice(0, 100), ...englishWords.slice(0, 100)];
const sites = Array.from({ length: 30 }, (_, i) => `site${i}.example.com`);

function chineseParagraph() {
  let text = '';
  const length = int(60, 250);
  while (text.length < length) text += zipf(chineseWords) + (random() < 0.12 ? '，' : random() < 0.05 ? '。' : '');
  return `${text}。`;
}

function englishParagraph() {
  const words = Array.from({ length: int(25, 90) }, () => zipf(englishWords));
  return `${words.join(' ')}.`;
}

function generateStory(i) {
  const chinese = random() < 0.6;
  const paragraph = chinese ? chineseParagraph : englishParagraph;
  const paragraphs = Array.from({ length: int(4, 10) }, paragraph);
  const headline = chinese ? Array.from({ length: int(3, 6) }, () => zipf(chineseWords)).join('') : Array.from({ length: int(5, 10) }, () => zipf(englishWords)).join(' ');
  const url = `https://${sites[i % sites.length]}/news/${i}`;
  const savedAt = Date.UTC(2023, 0, 1) + int(0, 3 * 365 * 86_400_000);
  return {
    id: storyId(url, { kicker: null, headline, subheadline: null, paragraphs }),
    url,
    site: sites[i % sites.length],
    title: { kicker: null, headline, subheadline: null },
    byline: null,
    dateline: null,
    paragraphs,
    tags: Array.from({ length: int(0, 4) }, () => zipf(tags)),
    summary: random() < 0.3 ? paragraphs[0] : '',
    note: random() < 0.2 ? paragraph() : '',
    savedAt,
    updatedAt: savedAt,
    pageTitle: headline,
    publishedTime: null,
  };
}

const stories = Array.from({ length: STORIES }, (_, i) => generateStory(i));
const characters = stories.reduce((sum, s) => sum + s.paragraphs.reduce((n, p) => n + p.length, 0), 0);

function time(fn, runs = RUNS) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { result, median: at(0.5), p95: at(0.95), max: times[times.length - 1] };
}

const ms = (n) => Number(n.toFixed(2));
const heap = () => (globalThis.gc?.(), process.memoryUsage().heapUsed);

// --- build: at once, and in slices as the notes page would (the page stays responsive between) ---
const heapBefore = heap();
let index = SearchIndex.build(stories);
const heapAfter = heap();
const build = time(() => SearchIndex.build(stories), 5);
index = build.result;
let longestSlice = 0;
let slices = 0;
let sliceStart = performance.now();
const slicedStart = performance.now();
await SearchIndex.buildInSlices(stories, {
  sliceMs: 25,
  pause: async () => {
    longestSlice = Math.max(longestSlice, performance.now() - sliceStart);
    slices++;
    await new Promise((resolve) => setTimeout(resolve, 0));
    sliceStart = performance.now();
  },
});
const sliced = performance.now() - slicedStart;
longestSlice = Math.max(longestSlice, performance.now() - sliceStart);
console.table([
  {
    stories: STORIES,
    'story text (M chars)': ms(characters / 1e6),
    'JSON size (MB)': ms(JSON.stringify(stories).length / 1e6),
    'build median (ms)': ms(build.median),
    'build max (ms)': ms(build.max),
    'in slices: total (ms)': ms(sliced),
    'slices': slices,
    'longest slice (ms)': ms(longestSlice),
    'index heap (MB)': ms((heapAfter - heapBefore) / 1e6),
    'load average (1 min)': ms(loadavg()[0]),
  },
]);

// --- queries: every keystroke of a typed query counts ---
const sample = stories[1234];
const chineseSample = stories.find((s, i) => i > 5000 && /[\u4e00-\u9fff]{6}/.test(s.title.headline));
const englishSample = stories.find((s, i) => i > 5000 && /^[a-z]/.test(s.title.headline));
const cjkPhrase = chineseSample.paragraphs[1].slice(10, 16);
const englishWord = englishSample.paragraphs[2].split(' ').sort((a, b) => b.length - a.length)[0];
const rareChinese = chineseWords[5000];
const queries = [
  ['Chinese, 1 character', { text: cjkPhrase.slice(0, 1) }],
  ['Chinese, 2 characters', { text: cjkPhrase.slice(0, 2) }],
  ['Chinese, 4 characters', { text: cjkPhrase.slice(0, 4) }],
  ['Chinese, 6 characters', { text: cjkPhrase }],
  ['Chinese, rare word', { text: rareChinese }],
  ['Chinese, commonest word', { text: chineseWords[0] }],
  ['English, 1 letter', { text: englishWord.slice(0, 1) }],
  ['English, 2-letter prefix', { text: englishWord.slice(0, 2) }],
  ['English, whole word', { text: englishWord }],
  ['English, commonest word', { text: englishWords[0] }],
  ['English, two words', { text: `${englishWord} ${englishSample.paragraphs[0].split(' ')[0]}` }],
  ['mixed Chinese + English', { text: `${cjkPhrase.slice(0, 2)} ${englishWord.slice(0, 3)}` }],
  ['no match', { text: 'zzzzqqq 龘龘' }],
  ['empty (all stories)', {}],
  ['tag filter', { tag: sample.tags[0] ?? tags[0] }],
  ['text + site + date', { text: cjkPhrase.slice(0, 2), site: sites[3], from: Date.UTC(2024, 0, 1), to: Date.UTC(2024, 11, 31) }],
];
console.table(
  queries.map(([name, query]) => {
    const { result, median, p95, max } = time(() => index.search(query));
    return { query: name, text: query.text ?? '', hits: result.length, 'median (ms)': ms(median), 'p95 (ms)': ms(p95), 'max (ms)': ms(max) };
  }),
);

// --- keeping the index current ---
const edits = stories.slice(0, 200).map((s) => ({ ...s, note: `${s.note} 编辑 edited`, updatedAt: s.updatedAt + 1 }));
const upsert = time(() => edits.forEach((s) => index.upsert(s)), 1);
const added = Array.from({ length: 200 }, (_, i) => generateStory(STORIES + i));
const add = time(() => added.forEach((s) => index.upsert(s)), 1);
const remove = time(() => added.forEach((s) => index.remove(s.id)), 1);
console.table([
  { operation: 'edit a story (upsert existing)', 'per story (ms)': ms(upsert.median / edits.length) },
  { operation: 'save a new story (upsert new)', 'per story (ms)': ms(add.median / added.length) },
  { operation: 'delete a story (remove)', 'per story (ms)': ms(remove.median / added.length) },
]);

// --- annotate: what the popup computes per story ---
const some = stories.slice(0, 200);
const tagTime = time(() => some.forEach((s) => suggestTags({ title: [s.title.headline], paragraphs: s.paragraphs }, { existingTags: tags })), 3);
const summaryTime = time(() => some.forEach((s) => summarize(s.paragraphs)), 3);
console.table([
  { operation: 'suggestTags (200 reader tags)', 'per story (ms)': ms(tagTime.median / some.length) },
  { operation: 'summarize', 'per story (ms)': ms(summaryTime.median / some.length) },
]);
