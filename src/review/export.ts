/**
 * Exports of saved stories: JSON (full fidelity, re-importable), Markdown (per story or combined,
 * for Obsidian and the like) and CSV (for spreadsheets).
 */
import { SCHEMA_VERSION, type SavedStory } from '../store/record.js';
import { storiesToMarkdownFiles } from './markdown.js';
import { zipFiles } from './zip.js';

export { storiesToCsv } from './csv.js';
export { storiesToCombinedMarkdown, storiesToMarkdownFiles, storyToMarkdown, type MarkdownFile } from './markdown.js';

/** Names a Broadsheet JSON export, so that an import can tell it from any other JSON file. */
export const EXPORT_FORMAT = 'broadsheet-stories';

export interface JsonExport {
  format: typeof EXPORT_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  stories: SavedStory[];
}

export function storiesToJson(stories: readonly SavedStory[], exportedAt: Date = new Date()): string {
  const file: JsonExport = { format: EXPORT_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: exportedAt.toISOString(), stories: [...stories] };
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** One Markdown file per story, in one ZIP archive to download (an Obsidian vault folder's worth). */
export function storiesToMarkdownZip(stories: readonly SavedStory[], exportedAt: Date = new Date()): Uint8Array {
  return zipFiles(storiesToMarkdownFiles(stories), exportedAt);
}
