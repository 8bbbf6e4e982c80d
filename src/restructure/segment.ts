import { isAsciiDigit, firstCodePoint } from '../text/script.js';
import { endsSentence, startsLowercase } from './features.js';
import { COLUMN_LAYOUT, type DraftStory, type Layout, type Line, type LineKind, type Placed, type Segmentation, type TitlePiece } from './model.js';
import { readJump } from './jumps.js';
import { isJumpLine, isLatinBylineLine, isLatinSignature, leadingJump, trailingBylineContinuation, trailingCjkByline, trailingJump, trailingLatinJump } from './patterns.js';

/**
 * Walks the page once and cuts it into stories: an opening or an opening byline starts one, a closing byline or a
 * title piece ends one, body text with no story open starts an unmarked one. A lower-case line after a break
 * resumes the latest story left mid-sentence (a column continued past a boxed sidebar).
 */
export function segment(lines: readonly Line[], kinds: readonly LineKind[], layout: Layout = COLUMN_LAYOUT): Segmentation {
  const stories: DraftStory[] = [];
  const pieces: TitlePiece[] = [];
  const furniture: Placed[] = [];
  const authors: Placed[] = [];
  let current: DraftStory | null = null;
  let lastBylined: DraftStory | null = null;
  const open = (i: number, marked: boolean): DraftStory => {
    const story: DraftStory = { body: [], bylines: [], marked, closed: false, first: i, last: i };
    // a jump line back to a story's first part (Continued from Page 1) stands right over the part it heads
    const jump = i > 0 && isJumpLine(lines[i - 1]!.text) ? readJump(lines[i - 1]!.text) : null;
    if (jump?.back) story.continuedFrom = jump.page;
    stories.push(story);
    return story;
  };
  /** A jump on to another page ends the story it closes. */
  const jumpsOn = (story: DraftStory | null, jumpText: string) => {
    const jump = readJump(jumpText);
    if (!jump?.back && story?.body.length) story.continuesOn = jump?.page;
  };
  const addBody = (story: DraftStory, i: number, text: string) => {
    story.body.push({ line: lines[i]!, text });
    story.last = i;
  };

  lines.forEach((line, i) => {
    const kind = kinds[i]!;
    if (kind === 'furniture' || kind === 'caption') {
      furniture.push({ at: line.index, text: line.text });
      // a jump line (See X, Page 3A / Continued from Page 1A): the story goes on elsewhere, none goes on here
      if (isJumpLine(line.text)) {
        // only right under the story's last line: a jump line set apart (the layout's leftovers) names no story
        jumpsOn(current?.last === i - 1 ? current : null, line.text);
        if (current?.body.length) current.closed = true;
        current = null;
      }
      return;
    }
    if (kind === 'author') { authors.push({ at: line.index, text: line.text }); current = null; return; }
    if (kind === 'title') {
      const piece = pieces[pieces.length - 1];
      // without any break on the page, nothing tells a kicker from its headline: each line is a piece of its own
      const continues = piece && piece.last === i - 1 && !line.breakBefore && sameType(lines[i - 1]!, line) && layout.breaks;
      if (continues) { piece.lines.push(line); piece.last = i; } else pieces.push({ lines: [line], first: i, last: i });
      current = null;
      return;
    }
    // a teaser or a story's part ends on a jump after a bullet, its byline often on the same line before it
    // (di Massimo Pisa ● a pagina 8): the jump is furniture, the story goes on elsewhere, and a byline so set closes it
    const latinJump = !line.cjk && (kind === 'body' || kind === 'byline') ? trailingLatinJump(line.text) : -1;
    if (latinJump > 0) {
      furniture.push({ at: line.index, text: line.text.slice(latinJump).trim() });
      const rest = line.text.slice(0, latinJump).trimEnd();
      // the rest of a byline broken over two lines (di Candito, Cerami, / Scaramuzzi e Vecchio ● da pagina 2 a 7)
      if (kinds[i - 1] === 'byline' && !line.breakBefore && lastBylined?.bylines.length && !isLatinBylineLine(rest)) {
        lastBylined.bylines[lastBylined.bylines.length - 1] += ` ${rest}`;
        current = null;
        return;
      }
      if (isLatinBylineLine(rest) && current?.body.length) current.bylines.push(rest);
      else if (isLatinBylineLine(rest)) furniture.push({ at: line.index, text: rest });
      else { if (!current) current = open(i, false); addBody(current, i, rest); }
      jumpsOn(current, line.text.slice(latinJump));
      if (current?.body.length) current.closed = true;
      current = null;
      return;
    }
    if (kind === 'bylineMore') {
      const target = lastBylined;
      if (target && target.bylines.length) target.bylines[target.bylines.length - 1] += ` ${line.text}`;
      else furniture.push({ at: line.index, text: line.text });
      return;
    }
    if (kind === 'byline') {
      // a Chinese byline after text closes its story; in Latin script only a signature does (a By line opens one)
      const closing = current !== null && current.body.length > 0 && !current.closed && (line.cjk || isLatinSignature(line.text) || jumpsRightAfter(lines, i));
      if (closing) {
        current!.bylines.push(line.text);
        current!.closed = true;
        current!.last = i;
        lastBylined = current;
        current = null;
        return;
      }
      if (!current || current.body.length > 0) current = open(i, true);
      current.marked = true;
      current.bylines.push(line.text);
      current.last = i;
      lastBylined = current;
      return;
    }
    // a story continued from another page opens with its jump (（上接第1版）…): page furniture, and a new story here
    const lead = line.cjk ? leadingJump(line.text) : -1;
    if (lead > 0) {
      furniture.push({ at: line.index, text: line.text.slice(0, lead).trim() });
      if (current?.body.length) current = null;
    }
    if (kind === 'opening') {
      if (!current || current.body.length > 0) current = open(i, true);
      current.marked = true;
    } else if (line.breakBefore && !line.cjk && startsLowercase(line.text)) {
      current = resumable(stories, current) ?? current ?? open(i, false);
    } else if (!current || (line.breakBefore && changesColumn(current, lines, i))) current = open(i, false);
    if (lead > 0 && !current.body.length) current.continuedFrom = readJump(line.text)!.page;
    let text = lead > 0 ? line.text.slice(lead) : line.text;
    const jump = line.cjk ? trailingJump(text) : -1;
    if (jump > 0) {
      current.continuesOn = readJump(text.slice(jump))!.page;
      furniture.push({ at: line.index, text: text.slice(jump) });
      text = text.slice(0, jump);
    }
    // columns extracted side by side can put the rest of an opening byline at the end of the next line
    const credit = kinds[i - 1] === 'byline' && current.body.length === 0 && current.bylines.length ? trailingBylineContinuation(text) : -1;
    if (credit > 0) {
      current.bylines[current.bylines.length - 1] += ` ${text.slice(credit)}`;
      text = text.slice(0, credit).trimEnd();
    }
    const trailing = line.cjk ? trailingCjkByline(text) : null;
    if (trailing && trailing.at > 0) {
      addBody(current, i, text.slice(0, trailing.at).trimEnd());
      current.bylines.push(trailing.byline);
      current.closed = true;
      lastBylined = current;
      current = null;
      return;
    }
    addBody(current, i, text);
  });
  return { stories, pieces, furniture, authors };
}

/** A Latin byline right over a jump (its own line or its continuation's end): it closes a teaser, not opens a story. */
function jumpsRightAfter(lines: readonly Line[], i: number): boolean {
  const next = lines[i + 1];
  return next !== undefined && !next.breakBefore && !next.cjk && (isJumpLine(next.text) || trailingLatinJump(next.text) > 0);
}

/** Set in the same type as far as hints tell: a change of heading level or size starts a new title piece. */
function sameType(a: Line, b: Line): boolean {
  return a.hints.heading === b.hints.heading && a.hints.fontScale === b.hints.fontScale;
}

/** Widths this far apart (ratio) are different columns, so different stories when text stops between them. */
const OTHER_COLUMN = 1.35;

/**
 * After a break, the block ahead is set in a clearly different column width than the open story's last lines,
 * and that story's text had come to a full stop: an unmarked new story (a commentary, a boxed piece).
 */
function changesColumn(story: DraftStory, lines: readonly Line[], i: number): boolean {
  const last = story.body[story.body.length - 1];
  if (!last || !endsSentence(last.text)) return false;
  const before = medianOf(story.body.slice(-8).map((b) => b.line.width));
  const ahead: number[] = [];
  for (let k = i; k < lines.length && ahead.length < 8 && (k === i || !lines[k]!.breakBefore); k++) ahead.push(lines[k]!.width);
  if (ahead.length < 3) return false;
  const after = medianOf(ahead);
  return before > 0 && after > 0 && Math.max(before, after) / Math.min(before, after) >= OTHER_COLUMN;
}

function medianOf(xs: number[]): number {
  xs.sort((a, b) => a - b);
  return xs[xs.length >> 1] ?? 0;
}

/** The latest story whose text stops mid-sentence, if the open one does not (a list or a finished sentence). */
function resumable(stories: readonly DraftStory[], current: DraftStory | null): DraftStory | null {
  if (current && current.body.length && !endsSentence(current.body[current.body.length - 1]!.text) && !endsInList(current)) return current;
  for (let k = stories.length - 1; k >= 0 && k >= stories.length - 4; k--) {
    const s = stories[k]!;
    const lastLine = s.body[s.body.length - 1];
    if (s !== current && !s.closed && lastLine && !endsSentence(lastLine.text) && !endsInList(s)) return s;
  }
  return null;
}

/** Its last lines are items of a list (each opens with a number or a bullet): complete without a full stop. */
function endsInList(story: DraftStory): boolean {
  const tail = story.body.slice(-2);
  return tail.length === 2 && tail.every((b) => isListItem(b.text));
}

export function isListItem(text: string): boolean {
  const cp = firstCodePoint(text);
  return isAsciiDigit(cp) || cp === 0x2022 || cp === 0x25cf || cp === 0x25a0 || cp === 0x2013 || (cp === 0x2d && text[1] === ' ') || cp === 0x2a;
}
