/** The dates a reader sees on a story, each labelled for what it is: the day the page says it was published, the day it was saved. */
import { t, uiLanguage } from '../../src/platform/browser.js';
import { publishedDayStart } from '../../src/review/time.js';

/** A day (UTC midnight, or a saved instant) in the reader's language; the published day is the page's own day, so read in UTC. */
const dayText = (ms: number, utc: boolean) => dayFormat(utc).format(ms);

/** One formatter for each, made once: toLocaleDateString makes one per call (most of a search keystroke's rows' time). */
const formats = new Map<boolean, Intl.DateTimeFormat>();
function dayFormat(utc: boolean): Intl.DateTimeFormat {
  let format = formats.get(utc);
  if (!format) formats.set(utc, (format = new Intl.DateTimeFormat(uiLanguage(), utc ? { timeZone: 'UTC' } : {})));
  return format;
}

/** "Published 11 Feb 2023", or null where the page gave no date Broadsheet reads. */
export function publishedLabel(publishedTime: string | null | undefined): string | null {
  const start = publishedDayStart(publishedTime ?? null);
  return start === null ? null : t('publishedOn', dayText(start, true));
}

/** "Saved 3 Mar 2026". */
export function savedLabel(savedAt: number): string {
  return t('savedOn', dayText(savedAt, false));
}
