import type { LineHints, PageLine, RestructureInput, StoryPage } from '../core/types.js';
import { characterBalance } from '../text/script.js';
import { restructurePage } from './pipeline.js';

/** End-of-line hyphens the reflow may remove when it repairs a split word. */
const REPAIRABLE = new Set(['-', '\u00ad', '\u2010']);

/*
 * The restructurer, step by step (one module each, tests beside them):
 *   lines.ts          input → normalised lines (text-layer CJK spacing removed, breaks, indents, page layout,
 *                     how wide the page sets CJK quotes)
 *   classify.ts       each line's kind: furniture, caption, byline, author line, title, opening, body
 *   segment.ts        stories (openings, bylines, title pieces, column changes), furniture, author lines
 *   continuations.ts  an article joined across its crossheads / subheads
 *   titles.ts         title pieces → title blocks → one per story, page-wide (affinity + layout, core/hungarian.ts)
 *   authors.ts        author lines (and names broken into letters) to the story below them
 *   reflow.ts         body lines → whole paragraphs (join.ts: how two lines meet; measure.ts: column widths)
 *   pipeline.ts       the steps in order, metadata (dateline, byline)
 * Shared text helpers (scripts, CJK spacing, terms) are in ../text.
 */

/**
 * Restructures a news page's text into clean stories (see ../../shared/schema/stories.schema.json).
 * Synchronous, pure, never throws. Whatever the pipeline returns is checked to hold every non-whitespace
 * character of the input exactly once (repaired hyphens excepted); should that ever fail, the page comes back
 * with all its lines in `unassigned` rather than with text lost or doubled.
 */
export function restructure(input: RestructureInput): StoryPage {
  const page = snapshot(input);
  const texts = typeof page === 'string' ? [page] : page.lines.map((l) => l.text);
  try {
    const restructured = restructurePage(page);
    if (conserves(texts, restructured)) return restructured;
  } catch {
    // fall through to the lossless fallback
  }
  return { language: null, stories: [], unassigned: texts.map((t) => t.trim()).filter(Boolean) };
}

/**
 * The input read once, field by field, before anything else: a field that throws when read (a getter,
 * a proxy) or is not text counts as no text, and the pipeline and the check of its result see the same
 * values, which cannot change under them.
 */
function snapshot(input: RestructureInput): RestructureInput {
  if (typeof input === 'string') return input;
  const lines = attempt(() => input.lines, undefined);
  const count = attempt(() => (Array.isArray(lines) ? lines.length : 0), 0);
  const copied: PageLine[] = [];
  for (let i = 0; i < count; i++) copied.push(lineOf(attempt(() => (lines as unknown[])[i], undefined)));
  const language = attempt(() => input.language, null);
  return { lines: copied, language: typeof language === 'string' ? language : null };
}

function lineOf(value: unknown): PageLine {
  if (typeof value === 'string') return { text: value };
  const text = attempt(() => (value as PageLine).text, '');
  const hints = attempt(() => {
    const given: unknown = (value as PageLine).hints;
    return typeof given === 'object' && given !== null ? { ...(given as LineHints) } : undefined;
  }, undefined);
  return { text: typeof text === 'string' ? text : '', ...(hints && { hints }) };
}

function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** The page's output texts that count as placed text: a byline that also stands in the paragraphs is a copy. */
export function placedTexts(page: StoryPage): string[] {
  const out: string[] = [];
  for (const s of page.stories) {
    for (const f of [s.kicker, s.headline, s.subheadline]) if (f) out.push(f);
    if (s.byline && !s.paragraphs.join('').replace(/\s+/g, '').includes(s.byline.replace(/\s+/g, ''))) out.push(s.byline);
    for (const p of s.paragraphs) out.push(p);
  }
  for (const u of page.unassigned) out.push(u);
  return out;
}

export function conserves(input: readonly string[], page: StoryPage): boolean {
  const { missing, extra } = characterBalance(input, placedTexts(page));
  for (const ch of missing.keys()) if (!REPAIRABLE.has(ch)) return false;
  return extra.size === 0;
}
