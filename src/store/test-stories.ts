/** Story inputs for the store's and the review's tests. */
import type { Story } from '../core/types.js';
import type { SavedStory, StoryInput } from './record.js';

export function storyOf(headline: string, paragraphs: string[], extra: Partial<Story> = {}): Story {
  return { kicker: null, headline, subheadline: null, dateline: null, byline: null, paragraphs, ...extra };
}

export function inputOf(url: string, headline: string, paragraphs: string[], extra: Partial<StoryInput> = {}): StoryInput {
  return { url, story: storyOf(headline, paragraphs), ...extra };
}

let serial = 0;

/** A saved record with defaults for what a test does not care about. */
export function savedStory(fields: Partial<Omit<SavedStory, 'title'>> & { headline?: string | null } = {}): SavedStory {
  const { headline = 'Headline', ...rest } = fields;
  serial++;
  return {
    id: `story-${serial}`,
    url: `https://news.example.com/${serial}`,
    site: 'example.com',
    title: { kicker: null, headline, subheadline: null },
    byline: null,
    dateline: null,
    paragraphs: [],
    tags: [],
    summary: '',
    note: '',
    savedAt: 1_700_000_000_000 + serial,
    updatedAt: 1_700_000_000_000 + serial,
    pageTitle: null,
    publishedTime: null,
    page: null,
    continuesOn: null,
    ...rest,
  };
}
