/** How an incoming copy of a story (from an import) meets the stored one: by identity, newer edit wins. */
import type { SavedStory } from './record.js';

export type MergeOutcome = 'added' | 'updated' | 'unchanged';

export function mergeStory(existing: SavedStory | undefined, incoming: SavedStory): { story: SavedStory; outcome: MergeOutcome } {
  if (!existing) return { story: incoming, outcome: 'added' };
  if (incoming.updatedAt <= existing.updatedAt || sameStory(existing, incoming)) return { story: existing, outcome: 'unchanged' };
  // The first save stays the save date; everything else comes from the newer edit.
  return { story: { ...incoming, savedAt: Math.min(existing.savedAt, incoming.savedAt) }, outcome: 'updated' };
}

function sameStory(a: SavedStory, b: SavedStory): boolean {
  return JSON.stringify({ ...a, updatedAt: 0, savedAt: 0 }) === JSON.stringify({ ...b, updatedAt: 0, savedAt: 0 });
}
