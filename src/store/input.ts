/** From what the popup has — the extracted page and its restructured stories — to what the store saves. */
import type { ExtractedPage, Story } from '../core/types.js';
import type { StoryInput } from './record.js';

export type PageFacts = Pick<ExtractedPage, 'url' | 'canonicalUrl' | 'siteName' | 'title' | 'publishedTime'>;

/**
 * The page's canonical URL is its identity where it states one (the same article reached from a
 * feed, a share link or the mobile site is one page); else the URL it was read from, else the tab's.
 */
export function storyInputs(page: PageFacts, stories: readonly Story[], tabUrl = ''): StoryInput[] {
  const url = page.canonicalUrl || page.url || tabUrl;
  return stories.map((story) => ({ url, story, site: page.siteName, pageTitle: page.title, publishedTime: page.publishedTime }));
}
