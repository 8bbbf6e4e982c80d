/**
 * CSV export (RFC 4180: every field quoted, quotes doubled, CRLF between records), safe to open in
 * a spreadsheet: a cell that starts like a formula (= + - @, tab, CR) gets a leading apostrophe so
 * it is shown, not run. A byte-order mark tells Excel the file is UTF-8 (Chinese stays readable).
 */
import { displaySite, displayTitle, type SavedStory } from '../store/record.js';
import type { StorySource } from './chunks.js';
import { isoTime } from './time.js';

const COLUMNS: readonly [string, (s: SavedStory) => string][] = [
  ['id', (s) => s.id],
  ['title', (s) => displayTitle(s)],
  ['kicker', (s) => s.title.kicker ?? ''],
  ['subheadline', (s) => s.title.subheadline ?? ''],
  ['url', (s) => s.url],
  ['site', (s) => displaySite(s) ?? ''],
  ['saved', (s) => isoTime(s.savedAt) ?? ''],
  ['updated', (s) => isoTime(s.updatedAt) ?? ''],
  ['published', (s) => s.publishedTime ?? ''],
  ['byline', (s) => s.byline ?? ''],
  ['dateline', (s) => s.dateline ?? ''],
  ['tags', (s) => s.tags.join('; ')],
  ['summary', (s) => s.summary],
  ['note', (s) => s.note],
  ['text', (s) => s.paragraphs.join('\n\n')],
  ['page', (s) => s.page ?? ''],
  ['continues_on', (s) => s.continuesOn ?? ''],
];

export async function* storiesToCsv(stories: StorySource): AsyncGenerator<string, void, undefined> {
  yield `\ufeff${csvRow(COLUMNS.map(([name]) => name))}`;
  for await (const story of stories) yield csvRow(COLUMNS.map(([, value]) => value(story)));
}

function csvRow(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

export function csvField(value: string): string {
  const inert = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  return `"${inert.replace(/"/gu, '""')}"`;
}
