/** From the model's raw lines to the PageLine[] the restructurer reads, and the plain text. */
import type { PageLine, LineHints } from '../core/types.js';
import { IN_CAPTION, type RawLine } from './page-model.js';

export function toPageLines(
  raw: readonly RawLine[], indices: readonly number[], fontScale?: (line: RawLine) => number | null, storyStarts?: ReadonlySet<number>,
): PageLine[] {
  const out: PageLine[] = [];
  let first = true;
  for (const i of indices) {
    const line = raw[i]!;
    const hints: LineHints = {};
    // A blank line is passed on as one: in an e-paper text layer it can fall mid-sentence (a column
    // break), which the restructurer judges; only markup boundaries are asserted as block starts.
    if (line.blankBefore && !first) out.push({ text: '' });
    else if (line.blockStart || first) hints.blockStart = true;
    if (line.heading > 0) hints.heading = line.heading;
    if (line.boldChars > 0 && line.boldChars >= line.chars * 0.9) hints.bold = true;
    if ((line.flags & IN_CAPTION) !== 0) hints.caption = true;
    if (storyStarts?.has(i)) hints.storyStart = true;
    if (line.indent > 0) hints.indent = line.indent;
    const scale = fontScale?.(line);
    if (scale && Math.abs(scale - 1) > 0.05) hints.fontScale = Math.round(scale * 100) / 100;
    out.push({ text: line.text, hints });
    first = false;
  }
  return out;
}

/** Body text: lines joined, a blank line between blocks; captions are not body text. */
export function toText(lines: readonly PageLine[]): string {
  let text = '';
  let blank = false;
  for (const line of lines) {
    if (!line.text) blank = true;
    if (line.hints?.caption || !line.text) continue;
    if (text.length > 0) text += line.hints?.blockStart || blank ? '\n\n' : '\n';
    text += line.text;
    blank = false;
  }
  return text;
}
