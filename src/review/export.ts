/**
 * Exports of saved stories: JSON (full fidelity, re-importable), Markdown (per story or combined,
 * for Obsidian and the like) and CSV (for spreadsheets). Each is written as chunks, a story at a time
 * (see chunks.ts).
 */
import { SCHEMA_VERSION, type SavedStory } from '../store/record.js';
import type { StorySource } from './chunks.js';
import { markdownFiles } from './markdown.js';
import { zipChunks } from './zip.js';

export { exportText, type StorySource } from './chunks.js';
export { storiesToCsv } from './csv.js';
export { storiesToCombinedMarkdown, storiesToMarkdownFiles, storyToMarkdown, type MarkdownFile } from './markdown.js';
export { MAX_ZIP_FILES } from './zip.js';

/** Names a Broadsheet JSON export, so that an import can tell it from any other JSON file. */
export const EXPORT_FORMAT = 'broadsheet-stories';

export interface JsonExport {
  format: typeof EXPORT_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  stories: SavedStory[];
}

/**
 * The file JSON.stringify(file, null, 1) would write, a story at a time: the file around an empty list of stories is
 * written by JSON.stringify itself, and each story's lines indented as at its depth (a JSON string holds no newline).
 */
export async function* storiesToJson(stories: StorySource, exportedAt: Date = new Date()): AsyncGenerator<string, void, undefined> {
  const empty: JsonExport = { format: EXPORT_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: exportedAt.toISOString(), stories: [] };
  const frame = JSON.stringify(empty, null, 1);
  const open = frame.lastIndexOf('[]') + 1;
  let first = true;
  for await (const story of stories) {
    yield `${first ? frame.slice(0, open) : ','}\n  ${JSON.stringify(story, null, 1).replace(/\n/gu, '\n  ')}`;
    first = false;
  }
  yield first ? `${frame}\n` : `\n ${frame.slice(open)}\n`;
}

/** One Markdown file per story, in one ZIP archive to download (an Obsidian vault folder's worth). */
export function storiesToMarkdownZip(stories: StorySource, exportedAt: Date = new Date()): AsyncGenerator<Uint8Array, void, undefined> {
  return zipChunks(markdownFiles(stories), exportedAt);
}
