/**
 * A stand-in for src/read-page.ts's `storiesOf` for UI tests, which test the popup on stories they choose, not the
 * restructurer's judgement: a page's reading as the content script sends it (`pageExtract`, its stories' text as
 * lines), and the restructuring that gives those stories back for those lines.
 */
import type { ExtractedPage, PageLine, Story, StoryPage } from '../src/core/types.js';
import type { PageExtract, PageReading } from '../src/messages.js';
import type { StoriesSource } from '../src/read-page.js';

/** The stories each page's lines stand for, by the lines (the fake platform clones the answers it hands over). */
const storiesByLines = new Map<string, StoryPage>();

const key = (lines: readonly PageLine[]) => JSON.stringify(lines);

const linesOf = (stories: readonly Story[]): PageLine[] => stories.flatMap((story) =>
  [story.kicker, story.headline, story.subheadline, story.byline, ...story.paragraphs].filter((text): text is string => text !== null).map((text) => ({ text, hints: { blockStart: true } })));

/** What the content script answers for a page of these stories; `fields` set the rest of its reading. */
export function pageExtract(
  url: string, stories: Story[], fields: Partial<Omit<PageReading, 'kind' | 'page'>> & { kind?: ExtractedPage['kind'] } = {},
): Extract<PageExtract, { lines: PageLine[] }> {
  const lines = linesOf(stories);
  storiesByLines.set(key(lines), { language: fields.lang ?? 'zh', stories, unassigned: [] });
  return {
    url, kind: 'multi', title: null, byline: null, authors: [], publishedTime: null, siteName: null, lang: 'zh', canonicalUrl: null, linkedPdfs: [], articles: [], pages: [], label: null,
    ...fields, lines,
  };
}

/** Restructures a page set by `pageExtract` into its stories; other lines read as no story. */
export const fakeReadPageModule = () => ({
  storiesOf: (source: StoriesSource): StoryPage =>
    storiesByLines.get(key(source.lines)) ?? { language: source.lang, stories: [], unassigned: source.lines.map((line) => line.text) },
});
