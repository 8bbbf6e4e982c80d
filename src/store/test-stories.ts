/** Story inputs for the store's and the review's tests. */
import type { Story } from '../core/types.js';
import type { StoryInput } from './record.js';

export function storyOf(headline: string, paragraphs: string[], extra: Partial<Story> = {}): Story {
  return { kicker: null, headline, subheadline: null, dateline: null, byline: null, paragraphs, ...extra };
}

export function inputOf(url: string, headline: string, paragraphs: string[], extra: Partial<StoryInput> = {}): StoryInput {
  return { url, story: storyOf(headline, paragraphs), ...extra };
}
