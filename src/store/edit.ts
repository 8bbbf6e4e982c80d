/**
 * An edit of a saved story's annotations as what the reader changed, not as the values they ended with:
 * applied to the record as it is when the write runs (and to another window's newer copy on screen), it
 * keeps every change made elsewhere meanwhile to what the reader left alone — their tags added or removed,
 * the summary or the note — where writing the values back would undo them.
 */
import { tagKey, uniqueTags } from '../annotate/tags.js';
import type { Annotations } from './record.js';

export interface StoryPatch {
  /** Replaces the tags. */
  tags?: readonly string[];
  /** Added to the tags as they are when the patch is applied (merges with concurrent edits). */
  addTags?: readonly string[];
  removeTags?: readonly string[];
  summary?: string;
  note?: string;
}

/** The annotations with the patch applied. */
export function patchAnnotations(current: Annotations, patch: StoryPatch): Annotations {
  let tags = patch.tags ? uniqueTags(patch.tags) : current.tags;
  if (patch.addTags) tags = uniqueTags([...tags, ...patch.addTags]);
  if (patch.removeTags) {
    const removed = new Set(patch.removeTags.map(tagKey));
    tags = tags.filter((t) => !removed.has(tagKey(t)));
  }
  return { tags, summary: patch.summary ?? current.summary, note: patch.note ?? current.note };
}

/** What the reader changed from `base` (what they began editing) to `edited`: tags added and removed, and the fields they changed. */
export function editPatch(base: Annotations, edited: Annotations): StoryPatch {
  const before = new Set(base.tags.map(tagKey));
  const after = new Set(edited.tags.map(tagKey));
  const patch: StoryPatch = {};
  const added = edited.tags.filter((t) => !before.has(tagKey(t)));
  const removed = base.tags.filter((t) => !after.has(tagKey(t)));
  if (added.length) patch.addTags = added;
  if (removed.length) patch.removeTags = removed;
  if (edited.summary !== base.summary) patch.summary = edited.summary;
  if (edited.note !== base.note) patch.note = edited.note;
  return patch;
}

export const isEmptyPatch = (patch: StoryPatch): boolean => Object.keys(patch).length === 0;

/**
 * An edit begun on `base`, carried over to `theirs` (the story as saved since, elsewhere): what the reader
 * changed stays changed, everything else shows as now saved.
 */
export function rebaseEdit(base: Annotations, edited: Annotations, theirs: Annotations): Annotations {
  return patchAnnotations(theirs, editPatch(base, edited));
}

export const sameAnnotations = (a: Annotations, b: Annotations): boolean =>
  a.summary === b.summary && a.note === b.note && a.tags.join('\n') === b.tags.join('\n');
