/**
 * The credits and date an article prints at its head, where a reader looks for them: the lines between the
 * headline and the body (a byline under the headline or after the standfirst, an info bar) and the body's
 * first lines (a byline line, a dateline crediting reporters).
 */
import { indexOf, slice } from './builtins.js';
import { bylineLine, infoBarCredits, isTimestampLine, printedDate, type Byline } from './credits.js';
import { datelineCredits } from './dateline-credits.js';
import type { PageModel } from './page-model.js';

export interface HeadCredits {
  byline: Byline | null;
  /** Lines of the body that are a byline or a dateline and nothing else: read into those fields, not the story. */
  creditLines: number[];
  /** The date printed there, ISO; null where none is. */
  date: string | null;
}

/** Lines looked at between the headline and the body (share bars and pictures can sit between them too). */
const BETWEEN = 10;
/** Lines of the body looked at. */
const BODY_HEAD = 3;
/** Lines right under the headline, where a dateline of its own belongs. */
const NEAR_HEADLINE = 4;
/** A line that prints a date and little else (a dateline, "Updated Nov. 19, 2019 at 5:10 pm"). */
const DATE_LINE = 40;

/** "Posted by Jane Roe on November 19, 2019, 6:21 AM EST": a byline and its timestamp on one line. */
const BY_ON = /^(?:posted\s+)?(by\s.+?)\s+on\s+(.+)$/i;

function bylineBeforeTimestamp(text: string): ReturnType<typeof bylineLine> {
  const m = BY_ON.exec(text);
  // a comma set apart by spaces ("Ana Ruiz , Tom Baker") still parts names
  return m && isTimestampLine(m[2]!) ? bylineLine(m[1]!.replace(/ +,/g, ',')) : null;
}

/**
 * `after` is the line the headline block ends on (-1 where none is found: only the body's first lines are
 * read); `body` the body's lines in order.
 */
export function headCredits(model: PageModel, after: number, body: readonly number[]): HeadCredits {
  const first = body[0] ?? model.lines.length;
  const between: number[] = [];
  for (let i = Math.max(after + 1, first - BETWEEN); after >= 0 && i < first; i++) between.push(i);
  const found: HeadCredits = { byline: null, creditLines: [], date: null };
  for (const i of [...between, ...slice(body, 0, BODY_HEAD)]) {
    const line = model.lines[i]!;
    // a row of links ("在线荐稿 记者博客 联系记者", a tag list) points elsewhere: no credits of this article
    if (line.linkChars >= line.chars * 0.9) continue;
    const text = line.text;
    const inBody = indexOf(body, i) >= 0;
    const byline = found.byline ? null : bylineLine(text) ?? bylineBeforeTimestamp(text);
    const infoBar = byline ? null : infoBarCredits(text);
    if (byline || infoBar) {
      found.byline ??= byline ?? infoBar!.byline;
      found.date ??= printedDate(text);
      // An info bar stays: the story's boilerplate, set apart by the restructurer's reader (credits.ts).
      if (byline && inBody) found.creditLines.push(i);
      continue;
    }
    found.byline ??= datelineCredits(text);
    // a date alone is the article's only right under the headline or opening the body (not an infobox's dates)
    const near = inBody || i - after <= NEAR_HEADLINE;
    const date = near && text.length <= DATE_LINE && !/[.。!?！？]$/u.test(text) ? printedDate(text) : null;
    if (!date) {
      // a timestamp alone opening the body ("Updated Nov 19, 6:55 AM; Posted …") is no paragraph, dated or not
      if (inBody && isTimestampLine(text)) found.creditLines.push(i);
      continue;
    }
    found.date ??= date;
    // a dateline of its own is the date's field, not the story's first paragraph
    if (inBody) found.creditLines.push(i);
  }
  return found;
}
