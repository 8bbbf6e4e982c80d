/**
 * Checks that an untrusted value (storage, an import file) is a SavedStory of the current schema,
 * field by field. Strings are kept exactly as they are — text, never interpreted.
 */
import { err, ok, type Result } from '../core/result.js';
import { migrate } from './migrations.js';
import type { SavedStory, TitleBlock } from './record.js';

type Fields = Record<string, unknown>;

export function decodeStory(value: unknown): Result<SavedStory> {
  if (!isObject(value)) return err('is not an object');
  const title = value['title'];
  if (!isObject(title)) return err('title: not an object');
  const problems = [
    check(value, 'id', isNonEmptyString, 'a non-empty string'),
    check(value, 'url', isString, 'a string'),
    check(value, 'site', isStringOrNull, 'a string or null'),
    check(title, 'kicker', isStringOrNull, 'a string or null', 'title.'),
    check(title, 'headline', isStringOrNull, 'a string or null', 'title.'),
    check(title, 'subheadline', isStringOrNull, 'a string or null', 'title.'),
    check(value, 'byline', isStringOrNull, 'a string or null'),
    check(value, 'dateline', isStringOrNull, 'a string or null'),
    check(value, 'paragraphs', isStringArray, 'a list of strings'),
    check(value, 'tags', isStringArray, 'a list of strings'),
    check(value, 'summary', isString, 'a string'),
    check(value, 'note', isString, 'a string'),
    check(value, 'savedAt', isTime, 'a time in milliseconds (0 to 8.64e15)'),
    check(value, 'updatedAt', isTime, 'a time in milliseconds (0 to 8.64e15)'),
    check(value, 'pageTitle', isStringOrNull, 'a string or null'),
    check(value, 'publishedTime', isStringOrNull, 'a string or null'),
    check(value, 'page', isStringOrNull, 'a string or null'),
    check(value, 'continuesOn', isStringOrNull, 'a string or null'),
  ].filter((p): p is string => p !== null);
  if (problems.length) return err(problems.join('; '));
  // Copy the known fields only: anything else an outside file carries is dropped.
  const titleBlock: TitleBlock = {
    kicker: title['kicker'] as string | null,
    headline: title['headline'] as string | null,
    subheadline: title['subheadline'] as string | null,
  };
  return ok({
    id: value['id'] as string,
    url: value['url'] as string,
    site: value['site'] as string | null,
    title: titleBlock,
    byline: value['byline'] as string | null,
    dateline: value['dateline'] as string | null,
    paragraphs: [...(value['paragraphs'] as string[])],
    tags: [...(value['tags'] as string[])],
    summary: value['summary'] as string,
    note: value['note'] as string,
    savedAt: value['savedAt'] as number,
    updatedAt: value['updatedAt'] as number,
    pageTitle: value['pageTitle'] as string | null,
    publishedTime: value['publishedTime'] as string | null,
    page: value['page'] as string | null,
    continuesOn: value['continuesOn'] as string | null,
  });
}

/** A story as stored ({v: schema version, story}), carried forward to the current schema. */
export function decodeStoredStory(value: unknown): Result<SavedStory> {
  if (!isObject(value) || typeof value['v'] !== 'number') return err('not a stored story');
  const migrated = migrate(value['story'], value['v']);
  return migrated.ok ? decodeStory(migrated.value) : migrated;
}

function check(fields: Fields, name: string, test: (v: unknown) => boolean, expected: string, prefix = ''): string | null {
  return test(fields[name]) ? null : `${prefix}${name}: expected ${expected}`;
}

export function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isNonEmptyString = (v: unknown): boolean => typeof v === 'string' && v.length > 0;
export const isStringOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
export const isStringArray = (v: unknown): boolean => Array.isArray(v) && v.every(isString);
/** The latest time a Date can hold (ECMAScript's time range, ±10^8 days): beyond it, formatting a date throws. */
export const MAX_TIME = 8.64e15;
export const isTime = (v: unknown): boolean => typeof v === 'number' && v >= 0 && v <= MAX_TIME;
