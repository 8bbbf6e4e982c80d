/**
 * What another page's writes mean for this one: the notes page listens to storage.onChanged and
 * keeps its list and search index current when the popup saves (and the other way round).
 */
import { decodeStoredStory } from './decode.js';
import { STORY_KEY_PREFIX, type SavedStory } from './record.js';

/** The shape of one entry of storage.onChanged's `changes`. */
export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

export interface StoryChanges {
  /** Saved or edited stories, as they now are. */
  saved: SavedStory[];
  /** Ids of deleted stories. */
  removed: string[];
}

export function storyChanges(changes: Readonly<Record<string, StorageChange>>): StoryChanges {
  const result: StoryChanges = { saved: [], removed: [] };
  for (const [key, change] of Object.entries(changes)) {
    if (!key.startsWith(STORY_KEY_PREFIX)) continue;
    if (change.newValue === undefined) {
      result.removed.push(key.slice(STORY_KEY_PREFIX.length));
      continue;
    }
    const story = decodeStoredStory(change.newValue);
    if (story.ok) result.saved.push(story.value);
  }
  return result;
}
