/// <reference types="chrome" />
/**
 * A reader's library for the browser tests: realistic Chinese and English saved stories, and helpers that
 * write them into (and read them back from) the extension's own storage through one of its pages.
 */
import type { Page } from 'playwright-core';
import { launchWithExtension, servePages, type ExtensionBrowser } from './harness.js';
import { CARD_SHARDS, decodeShard, NEWEST_KEY, newestFirst as newestCardFirst, shardKey, type Card } from '../../src/store/cards.js';
import { storyId } from '../../src/store/identity.js';
import { SCHEMA_VERSION, STORY_KEY_PREFIX, type SavedStory } from '../../src/store/record.js';

export interface StoryFields {
  url: string;
  headline: string;
  paragraphs: string[];
  /** ISO date-time (UTC) the reader saved it. */
  savedAt: string;
  kicker?: string | null;
  subheadline?: string | null;
  site?: string | null;
  byline?: string | null;
  dateline?: string | null;
  tags?: string[];
  summary?: string;
  note?: string;
  /** As the page stated it. */
  publishedTime?: string | null;
  /** The printed page it was read from: an edition's label or a PDF's page number. */
  page?: string | null;
  continuesOn?: string | null;
}

/** A SavedStory as the store writes it, with the identity the store would compute for it. */
export function savedStoryOf(fields: StoryFields): SavedStory {
  const title = { kicker: fields.kicker ?? null, headline: fields.headline, subheadline: fields.subheadline ?? null };
  const time = Date.parse(fields.savedAt);
  return {
    id: storyId(fields.url, { ...title, paragraphs: fields.paragraphs }),
    url: fields.url,
    site: fields.site ?? new URL(fields.url).hostname.replace(/^www\./u, ''),
    title,
    byline: fields.byline ?? null,
    dateline: fields.dateline ?? null,
    paragraphs: fields.paragraphs,
    tags: fields.tags ?? [],
    summary: fields.summary ?? '',
    note: fields.note ?? '',
    savedAt: time,
    updatedAt: time,
    pageTitle: null,
    publishedTime: fields.publishedTime ?? null,
    page: fields.page ?? null,
    continuesOn: fields.continuesOn ?? null,
  };
}

/** Writes stories the way the repository does ("story:<id>" → {v, story}); `page` must be an extension page. */
/**
 * Writes stories straight into storage, as an older Broadsheet without story cards would have: the cards are
 * dropped too (and the newest cards), so the store rebuilds them from the stories on its next read instead of trusting stale ones.
 */
export async function seedStories(page: Page, stories: readonly SavedStory[]): Promise<void> {
  const items = Object.fromEntries(stories.map((story) => [`${STORY_KEY_PREFIX}${story.id}`, { v: SCHEMA_VERSION, story }]));
  const cards = [...Array.from({ length: CARD_SHARDS }, (_, shard) => shardKey(shard)), NEWEST_KEY];
  await page.evaluate(async ([entries, stale]) => {
    await chrome.storage.local.set(entries);
    await chrome.storage.local.remove(stale);
  }, [items, cards] as const);
}

/** The notes page open on exactly these stories (storage cleared first), as each notes-page test begins. */
export async function notesOnLibrary(browser: ExtensionBrowser, page: Page, stories: readonly SavedStory[]): Promise<void> {
  await page.goto(browser.pageUrl('notes.html'));
  await clearStorage(page);
  await seedStories(page, stories);
}

export async function clearStorage(page: Page): Promise<void> {
  await page.evaluate(() => chrome.storage.local.clear());
  await clearDrafts(page);
}

/** The popup's unsaved drafts (kept in storage.session) are gone, so a test opens the popup on a story bare. */
export async function clearDrafts(page: Page): Promise<void> {
  await page.evaluate(() => chrome.storage.session.clear());
}

/** Everything in the extension's storage.local, for "nothing changed" checks. */
export function storageSnapshot(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => chrome.storage.local.get(null));
}

export async function storedStories(page: Page): Promise<SavedStory[]> {
  const all = await storageSnapshot(page);
  return Object.entries(all).filter(([key]) => key.startsWith(STORY_KEY_PREFIX)).map(([, value]) => (value as { story: SavedStory }).story);
}

/** The cards as stored, newest first; null while any shard is missing (not yet built). */
export async function storedCards(page: Page): Promise<Card[] | null> {
  const keys = Array.from({ length: CARD_SHARDS }, (_, shard) => shardKey(shard));
  const stored = await page.evaluate((wanted) => chrome.storage.local.get(wanted), keys);
  const shards = keys.map((key) => decodeShard(stored[key]));
  return shards.every((shard) => shard !== null) ? shards.flat().sort(newestCardFirst) : null;
}

/** Newest saved first, as the notes page lists them. */
export const newestFirst = (stories: readonly SavedStory[]): SavedStory[] => [...stories].sort((a, b) => b.savedAt - a.savedAt);

/** A small library with what a reader of Chinese and English news keeps: sites, tags and dates differ. */
export const library: SavedStory[] = [
  savedStoryOf({
    url: 'https://www.xinhuanet.com/politics/2026-02/03/c_1130.htm',
    site: '新华网',
    headline: '春运返程客流迎来高峰 铁路部门加开夜间列车',
    dateline: '新华社北京2月3日电',
    byline: '记者 王晓明',
    paragraphs: [
      '新华社北京2月3日电（记者 王晓明）随着春节假期临近尾声，全国铁路迎来返程客流高峰。国铁集团表示，3日全国铁路预计发送旅客1450万人次。',
      '为满足旅客出行需求，铁路部门在京沪、京广等繁忙干线加开夜间高铁列车，并延长部分车站的售票和候车服务时间。',
      '专家提醒，旅客应提前规划行程，错峰出行，并通过官方渠道购票。',
    ],
    tags: ['春运', '交通'],
    savedAt: '2026-02-03T09:30:00Z',
    publishedTime: '2026-02-03T08:12:00+08:00',
  }),
  savedStoryOf({
    url: 'https://paper.people.com.cn/rmrb/html/2026-01/15/nw.D110000renmrb_20260115_2-01.htm',
    site: '人民日报',
    kicker: '产业观察',
    headline: '我国新能源汽车产销连续十年居全球首位',
    byline: '本报记者 李静',
    paragraphs: [
      '本报北京1月14日电（记者 李静）中国汽车工业协会14日发布数据，2025年我国新能源汽车产销量均超过1600万辆，连续十年位居全球第一。',
      '与此同时，配套设施建设加快推进。截至去年底，全国充电桩保有量达到1200万台，县域覆盖率明显提高。',
      '业内人士认为，电池技术进步和成本下降，是推动市场持续增长的重要因素。',
    ],
    tags: ['新能源', '产业'],
    savedAt: '2026-01-15T08:00:00Z',
    publishedTime: '2026-01-15',
  }),
  savedStoryOf({
    url: 'http://epaper.zynews.cn/2026-03/02/content_88.htm',
    site: '郑州日报',
    headline: '二七区召开优化营商环境推进会',
    byline: '通讯员 张华',
    paragraphs: [
      '本报讯（通讯员 张华）3月1日，二七区召开优化营商环境推进会，部署全年重点任务。',
      '会议要求，各部门要压缩审批时限，推行“一网通办”，为企业提供更加便利的政务服务。',
    ],
    tags: ['营商环境', '产业'],
    note: '可与去年的政策对比。',
    savedAt: '2026-03-02T07:15:00Z',
    publishedTime: '2026-02-27T14:00:00Z',
  }),
  savedStoryOf({
    url: 'https://www.people.com.cn/n1/2026/0220/c1001-4012.html',
    site: '人民日报',
    headline: '高校毕业生就业形势总体稳定',
    byline: '本报记者 陈曦',
    paragraphs: [
      '教育部20日介绍，今年高校毕业生规模预计达1222万人。各地各高校持续开展访企拓岗，拓宽就业渠道。',
      '人力资源社会保障部门将加强就业指导和职业培训，帮助毕业生尽早落实去向。',
    ],
    tags: ['就业', '教育'],
    savedAt: '2026-02-20T11:45:00Z',
    publishedTime: '2026-02-20T06:00:00Z',
  }),
  savedStoryOf({
    url: 'https://apnews.com/article/drought-west-reservoir-levels-2026',
    site: 'AP News',
    headline: 'Drought pushes reservoir levels to record lows across the West',
    dateline: 'DENVER',
    byline: 'By Jane Holloway, Associated Press',
    paragraphs: [
      'DENVER (AP) — Water managers across the American West warned on Tuesday that a third dry winter has left the region’s largest reservoir at its lowest level since it was filled.',
      'Scientists say rising temperatures linked to climate change are shrinking the snowpack that feeds the Colorado River, and cities are preparing for deeper cuts.',
      '“We are planning for the worst and hoping for rain,” said one utility director in Arizona.',
    ],
    tags: ['water', 'West'],
    savedAt: '2026-01-28T16:20:00Z',
  }),
  savedStoryOf({
    url: 'https://www.bbc.co.uk/news/business-68210',
    site: 'BBC News',
    headline: 'Central bank holds interest rates as inflation cools',
    byline: 'By Sam Fleming, Economics correspondent',
    paragraphs: [
      'The central bank kept interest rates unchanged on Thursday after figures showed inflation easing for a fourth month in a row.',
      'Policymakers said they wanted more evidence that price rises were under control before cutting borrowing costs.',
    ],
    tags: ['economy'],
    summary: 'Rates held; cuts may follow later in the year.',
    savedAt: '2026-02-12T13:05:00Z',
  }),
  savedStoryOf({
    url: 'https://www.theguardian.com/environment/2026/mar/05/arctic-sea-ice',
    site: 'The Guardian',
    headline: 'Climate scientists warn of faster Arctic ice loss',
    byline: 'Staff Writer',
    paragraphs: [
      'Arctic sea ice is thinning faster than models predicted, according to a study published on Wednesday.',
      'The researchers combined satellite measurements with data from buoys drifting in the ice pack.',
    ],
    tags: ['science', 'Arctic'],
    savedAt: '2026-03-05T10:00:00Z',
  }),
  savedStoryOf({
    url: 'https://apnews.com/article/city-council-bike-lanes-downtown',
    site: 'AP News',
    headline: 'City council approves new bike lanes downtown',
    byline: 'By Carlos Mendes, Associated Press',
    paragraphs: [
      'The city council voted 7-2 on Monday night to add protected bike lanes on four downtown streets.',
      'Business owners raised concerns about parking, while cycling groups called the vote overdue.',
    ],
    tags: ['transport', 'local'],
    savedAt: '2026-01-06T19:40:00Z',
    publishedTime: '2026-01-05T22:00:00-05:00',
  }),
];

/** Chromium with the extension, the test pages served, and a notes page holding exactly these saved stories. */
export async function browserWithLibrary(stories: readonly SavedStory[], wait: number): Promise<{
  browser: ExtensionBrowser; pages: Awaited<ReturnType<typeof servePages>>; control: Page;
}> {
  const pages = await servePages();
  const browser = await launchWithExtension();
  browser.context.setDefaultTimeout(wait);
  const control = await browser.context.newPage();
  await control.goto(browser.pageUrl('notes.html'));
  await clearStorage(control);
  await seedStories(control, stories);
  return { browser, pages, control };
}
