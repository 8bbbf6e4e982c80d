/** Story inputs for the store's and the review's tests. */
import fc from 'fast-check';
import type { Story } from '../core/types.js';
import { storyId } from './identity.js';
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

/** Text a page or a reader may put in a story: any code point, Chinese, quotes and backslashes, controls, line separators and lone surrogates. */
const anyText = fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom('市', '政', '"', '\\', '\n', '\u0000', '\u001b', '\u2028', '\ud800', '\udfff', '😀')), maxLength: 30 });
const nullable = fc.option(anyText, { nil: null });
const time = fc.integer({ min: 0, max: Date.now() });

/** Any well-formed saved record, filed under the identity of its content. */
export const arbitrarySavedStory: fc.Arbitrary<SavedStory> = fc
  .record({
    url: anyText,
    site: nullable,
    title: fc.record({ kicker: nullable, headline: nullable, subheadline: nullable }),
    byline: nullable,
    dateline: nullable,
    paragraphs: fc.array(anyText, { maxLength: 4 }),
    tags: fc.array(anyText, { maxLength: 4 }),
    summary: anyText,
    note: anyText,
    savedAt: time,
    updatedAt: time,
    pageTitle: nullable,
    publishedTime: nullable,
    page: nullable,
    continuesOn: nullable,
  })
  .map((s) => ({ ...s, id: storyId(s.url, { ...s.title, paragraphs: s.paragraphs }) }));
