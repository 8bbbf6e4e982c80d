/** A stored time as ISO 8601, or null for one no Date can hold: one bad record must not stop a whole export. */
export function isoTime(ms: number): string | null {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * The day a page says it was published (YYYY-MM-DD): the date the page wrote where it starts with one (its own day, not
 * moved to another time zone's), else the UTC day of a time Date reads; null where there is no time or none Date reads.
 */
export function publishedDay(publishedTime: string | null): string | null {
  if (!publishedTime) return null;
  const stated = /^\s*(\d{4})-(\d{2})-(\d{2})(?![\d])/u.exec(publishedTime);
  if (stated && !Number.isNaN(Date.parse(`${stated[1]}-${stated[2]}-${stated[3]}T00:00:00Z`))) return `${stated[1]}-${stated[2]}-${stated[3]}`;
  const ms = Date.parse(publishedTime);
  return Number.isNaN(ms) ? null : (isoTime(ms)?.slice(0, 10) ?? null);
}

/** The UTC day a record was saved (YYYY-MM-DD), or null for a time no Date can hold. */
export function savedDay(savedAt: number): string | null {
  return isoTime(savedAt)?.slice(0, 10) ?? null;
}

/** The start (UTC midnight, ms) of the day a page says it was published, as publishedDay reads it; null where it reads none. */
export function publishedDayStart(publishedTime: string | null): number | null {
  const day = publishedDay(publishedTime);
  return day === null ? null : Date.parse(`${day}T00:00:00Z`);
}
