/**
 * Import of a JSON export. The whole file is checked before anything is written: too large, not
 * JSON, not a Broadsheet export, from a newer version, or any story malformed → a message saying
 * so and no change. A good file merges by identity (no duplicates; the newer edit wins).
 */
import { err, ok, type Result } from '../core/result.js';
import { decodeStory, isObject } from '../store/decode.js';
import { storyId } from '../store/identity.js';
import { migrate } from '../store/migrations.js';
import { SCHEMA_VERSION, type SavedStory } from '../store/record.js';
import type { ImportCounts, StoryRepository } from '../store/repository.js';
import { EXPORT_FORMAT } from './export.js';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** Problems listed in a message at most; a broken file usually repeats one mistake. */
const PROBLEMS_SHOWN = 3;

/** For the file picker: refuse an oversized file before reading it. */
export function checkImportSize(bytes: number): Result<void> {
  return bytes > MAX_IMPORT_BYTES
    ? err(`This file is too large to import (${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`)
    : ok(undefined);
}

export function parseJsonExport(text: string): Result<SavedStory[]> {
  const size = checkImportSize(utf8Length(text));
  if (!size.ok) return size;
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return err('This file is not a Broadsheet export: it is not valid JSON.');
  }
  if (!isObject(file) || file['format'] !== EXPORT_FORMAT || !Array.isArray(file['stories'])) {
    return err('This file is not a Broadsheet export (choose a JSON file made with Export → JSON).');
  }
  const version = file['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return err('This Broadsheet export has no valid schema version.');
  if (version > SCHEMA_VERSION) {
    return err(`This export was made by a newer version of Broadsheet (schema ${version}; this one reads up to ${SCHEMA_VERSION}). Update Broadsheet, then import it.`);
  }
  const stories: SavedStory[] = [];
  const problems: string[] = [];
  file['stories'].forEach((raw: unknown, i: number) => {
    const migrated = migrate(raw, version);
    const story = migrated.ok ? decodeStory(migrated.value) : migrated;
    if (story.ok) stories.push(withIdentity(story.value));
    else problems.push(`story ${i + 1}: ${story.error}`);
  });
  if (problems.length) {
    const more = problems.length > PROBLEMS_SHOWN ? ` (and ${problems.length - PROBLEMS_SHOWN} more)` : '';
    return err(`This export is damaged; nothing was imported. ${problems.slice(0, PROBLEMS_SHOWN).join('; ')}${more}.`);
  }
  return ok(stories);
}

/** Validates, then merges into the store in one write; on any problem nothing changes. */
export async function importJsonExport(repository: StoryRepository, text: string): Promise<Result<ImportCounts>> {
  const stories = parseJsonExport(text);
  return stories.ok ? repository.importStories(stories.value) : stories;
}

/** The id is recomputed from the content, so a file cannot file a story under another's identity. */
function withIdentity(story: SavedStory): SavedStory {
  return { ...story, id: storyId(story.url, { ...story.title, paragraphs: story.paragraphs }) };
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdfff ? 2 : 3;
  }
  return bytes;
}
