/**
 * Builds the search index a slice of stories at a time, yielding to the browser between slices: with
 * thousands of stories a build in one go blocks the notes page for seconds, so that clicks, scrolling and
 * typing wait; in slices the page stays responsive while the index is built.
 */
import { SearchIndex } from '../../src/review/search.js';
import type { SavedStory } from '../../src/store/record.js';

/** About a hundred stories index in ~30 ms on a slow machine: a pause no one notices. */
const SLICE = 100;

function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((done) => setTimeout(done, 0));
}

/**
 * `current()` gives the stories as they are now; it is asked again at the end, so that stories edited,
 * added or deleted while the index was being built are indexed as they are then.
 */
export async function buildIndexInSlices(current: () => Iterable<SavedStory>, slice = SLICE): Promise<SearchIndex> {
  const index = new SearchIndex();
  const indexed = new Map<string, SavedStory>();
  const stories = [...current()];
  for (let at = 0; at < stories.length; at += slice) {
    for (const story of stories.slice(at, at + slice)) {
      index.upsert(story);
      indexed.set(story.id, story);
    }
    await yieldToBrowser();
  }
  const now = new Map([...current()].map((story) => [story.id, story]));
  for (const story of now.values()) if (indexed.get(story.id) !== story) index.upsert(story);
  for (const id of indexed.keys()) if (!now.has(id)) index.remove(id);
  return index;
}
