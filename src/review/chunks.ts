/**
 * Exports are written as a sequence of chunks, story by story, so that a library of 100,000 stories is never one
 * string: the notes page hands the chunks to the browser as the parts of one file.
 */
import type { SavedStory } from '../store/record.js';

/** The stories an export writes, as they are read: a list, or stories read from storage a batch at a time. */
export type StorySource = Iterable<SavedStory> | AsyncIterable<SavedStory>;

/** A whole text export as one string: for a library small enough to hold twice (tests, scripts). */
export async function exportText(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}
