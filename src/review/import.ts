/**
 * Import of a JSON export. The whole file is checked before anything is written: too large, not
 * JSON, not a Broadsheet export, from a newer version, or any story malformed → a message saying
 * so and no change. A good file merges by identity (no duplicates; the newer edit wins), in one
 * write. Checking a large file reports its progress.
 */
import { type Locale, message } from '../annotate/messages.js';
import { err, ok, type Result } from '../core/result.js';
import { decodeStory, isObject } from '../store/decode.js';
import { storyId } from '../store/identity.js';
import { migrate } from '../store/migrations.js';
import { SCHEMA_VERSION, type SavedStory } from '../store/record.js';
import type { ImportCounts, StoryRepository } from '../store/repository.js';
import { EXPORT_FORMAT } from './export.js';

/**
 * An export of 100,000 stories is about 270–390 MB (measured: in Chromium the notes page imported one of 386.5 MB in one
 * write). The file is read as one string, and V8 holds at most 2^29 − 24 characters in one: 500 MB stays under that.
 */
export const MAX_IMPORT_BYTES = 500 * 1024 * 1024;
/** How far ahead of this clock a file's times may be (another device's clock); later ones would win every merge. */
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;
/** Problems listed in a message at most; a broken file usually repeats one mistake. */
const PROBLEMS_SHOWN = 3;

export interface ImportOptions {
  /** The language of the messages in errors. Default English. */
  locale?: Locale;
  /** The largest file taken, in bytes. Default MAX_IMPORT_BYTES. */
  maxBytes?: number;
  /** The clock that times in the file may not be far ahead of. Default Date.now. */
  now?: () => number;
  /**
   * Told how many of the file's stories are checked, after each batch (checked = total: all checked, now saved).
   * Between batches the page gets its turn, so that it can show the count.
   */
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportProgress {
  checked: number;
  total: number;
}

/** Stories checked between two reports of progress. */
const CHECK_BATCH = 1000;

/** For the file picker: refuse an oversized file before reading it. */
export function checkImportSize(bytes: number, { locale = 'en', maxBytes = MAX_IMPORT_BYTES }: ImportOptions = {}): Result<void> {
  const megabytes = (n: number) => Number((n / 1024 / 1024).toFixed(1));
  return bytes > maxBytes ? err(message(locale, 'importTooLarge', { size: megabytes(bytes), limit: megabytes(maxBytes) })) : ok(undefined);
}

export async function parseJsonExport(text: string, options: ImportOptions = {}): Promise<Result<SavedStory[]>> {
  const locale = options.locale ?? 'en';
  const size = checkImportSize(utf8Length(text), options);
  if (!size.ok) return size;
  let file: unknown;
  try {
    file = JSON.parse(text.replace(/^\uFEFF/u, '')); // some editors save a byte-order mark first
  } catch {
    return err(message(locale, 'importNotJson'));
  }
  if (!isObject(file) || file['format'] !== EXPORT_FORMAT || !Array.isArray(file['stories'])) return err(message(locale, 'importForeign'));
  const version = file['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return err(message(locale, 'importNoVersion'));
  if (version > SCHEMA_VERSION) return err(message(locale, 'importNewer', { found: version, supported: SCHEMA_VERSION }));
  const latest = (options.now ?? Date.now)() + CLOCK_SKEW_MS;
  const raws: unknown[] = file['stories'];
  const stories: SavedStory[] = [];
  const problems: string[] = [];
  for (let i = 0; i < raws.length; i++) {
    const migrated = migrate(raws[i], version);
    const story = migrated.ok ? decodeStory(migrated.value) : migrated;
    const problem = story.ok ? futureTime(story.value, latest) : story.error;
    if (problem) problems.push(`story ${i + 1}: ${problem}`);
    else if (story.ok) stories.push(withIdentity(story.value));
    if ((i + 1) % CHECK_BATCH === 0 || i + 1 === raws.length) {
      options.onProgress?.({ checked: i + 1, total: raws.length });
      if (i + 1 < raws.length) await nextTurn();
    }
  }
  if (problems.length) {
    const more = problems.length > PROBLEMS_SHOWN ? message(locale, 'importMoreProblems', { count: problems.length - PROBLEMS_SHOWN }) : '';
    return err(message(locale, 'importDamaged', { problems: `${problems.slice(0, PROBLEMS_SHOWN).join('; ')}${more}` }));
  }
  return ok(stories);
}

/** Validates, then merges into the store in one write; on any problem nothing changes. */
export async function importJsonExport(repository: StoryRepository, text: string, options: ImportOptions = {}): Promise<Result<ImportCounts>> {
  const stories = await parseJsonExport(text, options);
  return stories.ok ? repository.importStories(stories.value) : stories;
}

/** A macrotask, so that a page paints (and answers the reader) between batches. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function futureTime(story: SavedStory, latest: number): string | null {
  const future = (['savedAt', 'updatedAt'] as const).filter((field) => story[field] > latest);
  return future.length ? future.map((field) => `${field}: in the future`).join('; ') : null;
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
