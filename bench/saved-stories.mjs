// Generated saved stories and a search workload, shared by the Node and the Chromium search benches.
// Plain JavaScript with no Node API, so a browser page can import it too. Deterministic per seed.

/** A generator of mixed Chinese (60%) / English saved stories with Zipf-distributed vocabulary. */
export function storyGenerator(storyId, seed = 20240707) {
  let state = seed;
  const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  /** Word frequencies in text fall off roughly as 1/rank (Zipf); draw ranks that way. */
  const zipf = (list) => list[Math.min(list.length - 1, Math.floor(Math.exp(random() * Math.log(list.length + 1))) - 1)];

  const hanPool = Array.from({ length: 2500 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20900)));
  const chineseWords = Array.from({ length: 6000 }, () => Array.from({ length: int(2, 4) }, () => zipf(hanPool)).join(''));
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
    return `${Array.from({ length: int(25, 90) }, () => zipf(englishWords)).join(' ')}.`;
  }

  function story(i) {
    const chinese = random() < 0.6;
    const paragraph = chinese ? chineseParagraph : englishParagraph;
    const paragraphs = Array.from({ length: int(4, 10) }, paragraph);
    const headline = chinese
      ? Array.from({ length: int(3, 6) }, () => zipf(chineseWords)).join('')
      : Array.from({ length: int(5, 10) }, () => zipf(englishWords)).join(' ');
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

  return { story, stories: (count, from = 0) => Array.from({ length: count }, (_, i) => story(from + i)), chineseWords, englishWords, tags, sites };
}

/** Named queries over the generated stories: each keystroke length a reader might send. */
export function searchWorkload(stories, generator) {
  const chineseSample = stories.find((s, i) => i > stories.length / 2 && /[\u4e00-\u9fff]{6}/u.test(s.title.headline));
  const englishSample = stories.find((s, i) => i > stories.length / 2 && /^[a-z]/u.test(s.title.headline));
  const cjkPhrase = chineseSample.paragraphs[1].slice(10, 16);
  const englishWord = englishSample.paragraphs[2].split(' ').sort((a, b) => b.length - a.length)[0].replace(/\W/gu, '');
  const { chineseWords, englishWords, tags, sites } = generator;
  return [
    ['Chinese, 1 character', { text: cjkPhrase.slice(0, 1) }],
    ['Chinese, 2 characters', { text: cjkPhrase.slice(0, 2) }],
    ['Chinese, 4 characters', { text: cjkPhrase.slice(0, 4) }],
    ['Chinese, 6 characters', { text: cjkPhrase }],
    ['Chinese, commonest word', { text: chineseWords[0] }],
    ['Chinese, rare word', { text: chineseWords[5000] }],
    ['English, 1 letter', { text: englishWord.slice(0, 1) }],
    ['English, 2-letter prefix', { text: englishWord.slice(0, 2) }],
    ['English, whole word', { text: englishWord }],
    ['English, commonest word', { text: englishWords[0] }],
    ['English, two words', { text: `${englishWord} ${englishSample.paragraphs[0].split(' ')[0]}` }],
    ['mixed Chinese + English', { text: `${cjkPhrase.slice(0, 2)} ${englishWord.slice(0, 3)}` }],
    ['no match', { text: 'zzzzqqq 龘龘' }],
    ['empty (all stories)', {}],
    ['tag filter', { tag: tags[0] }],
    ['text + site + date', { text: chineseWords[0], site: sites[3], from: Date.UTC(2024, 0, 1), to: Date.UTC(2024, 11, 31) }],
  ];
}

/** Runs fn `runs` times; median, 95th percentile and worst time in ms, and the last result. */
export function timeRuns(fn, runs) {
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

export const round = (n) => Number(n.toFixed(2));

/** Builds the index as the notes page does, in slices with a pause between: total time, slice count, longest slice. */
export async function measureSlicedBuild(SearchIndex, stories, sliceMs = 25) {
  let longest = 0;
  let slices = 0;
  let sliceStart = performance.now();
  const start = performance.now();
  await SearchIndex.buildInSlices(stories, {
    sliceMs,
    pause: async () => {
      longest = Math.max(longest, performance.now() - sliceStart);
      slices++;
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    },
  });
  return { total: performance.now() - start, slices, longest: Math.max(longest, performance.now() - sliceStart) };
}

/** The index built at once (heap it holds, time over 5 builds) and in slices; `heap` reads the runtime's heap in use. */
export async function measureBuilds(SearchIndex, stories, heap) {
  const before = heap();
  const held = SearchIndex.build(stories); // kept alive until the heap is read, or a GC would free it
  const indexHeap = heap() - before;
  held.search({});
  const build = timeRuns(() => SearchIndex.build(stories), 5);
  return { index: build.result, build, indexHeap, sliced: await measureSlicedBuild(SearchIndex, stories) };
}

/** The columns every search bench prints for the builds measureBuilds made. */
export const buildColumns = ({ build, sliced, indexHeap }) => ({
  'build median (ms)': round(build.median),
  'build max (ms)': round(build.max),
  'in slices: total (ms)': round(sliced.total),
  slices: sliced.slices,
  'longest slice (ms)': round(sliced.longest),
  'index heap (MB)': round(indexHeap / 1e6),
});
