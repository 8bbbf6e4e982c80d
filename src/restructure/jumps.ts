/**
 * Jumps: a story printed in two parts on two pages, its first part ending on a jump line (下转第4版, Continued on
 * Page A6, See LOTTERY, Page 7A) and its second opening on the matching one (上接第1版, Continued from Page 1,
 * LOTTERY from Page 1). segment.ts reads each part's jump with readJump; joinJumps, given the parts of several
 * pages, makes each pair one story in order. The jump lines themselves stay in `unassigned`, as page furniture.
 */
import type { Story } from '../core/types.js';
import { endsSentence } from './features.js';
import { joinAll } from './join.js';
import type { Jump } from './model.js';

/**
 * The jump a jump line states (one that patterns.ts knows for one: isJumpLine, leadingJump, trailingJump,
 * trailingLatinJump): where it sends the reader and the page it names. Kept small: it runs in the content script
 * with the rest of the restructurer (the keyword, only joining needs: jumpKeyword).
 */
export function readJump(text: string): Jump | null {
  const m = /(下转|上接|转|接)第?\s?([^版]{1,3}?)\s?版|([A-Z]?\d{1,3}[A-Z]?)\W*$/iu.exec(text.trim());
  // back: 上接 / 接, Continued from, LOTTERY from Page 1, von Seite 3
  return m && { back: m[1] ? /^[上接]/u.test(m[1]) : /\b(?:from|von)\b/iu.test(text), page: m[2] ? `第${m[2]}版` : m[3]! };
}

/** The word a jump line names its story by: See LOTTERY, Page 7A / LOTTERY from Page 1 → LOTTERY; null where none. */
export function jumpKeyword(text: string): string | null {
  const t = text.trim();
  return /^\(?(?:Please )?see ([\w'’ .-]{1,40}?),? (?:on )?(?:page )?[A-Z]?\d/iu.exec(t)?.[1] ?? /^(?!continued )([A-Z][\w'’]{0,20}) from page/iu.exec(t)?.[1] ?? null;
}

const CJK_DIGITS = '一二三四五六七八九';

/** A page label's number: 6 for "A6" and "6A", 4 for "第04版：要闻" and "第四版", the number itself for a PDF's page; null for none. */
export function pageNumber(page: string | number): number | null {
  if (typeof page === 'number') return page;
  const digits = /\d{1,3}/u.exec(page);
  if (digits) return Number(digits[0]);
  const cjk = /第([一二三四五六七八九十]{1,3})版/u.exec(page);
  if (!cjk) return null;
  const [tens, units] = cjk[1]!.includes('十') ? cjk[1]!.split('十') : ['', cjk[1]!];
  return (cjk[1]!.includes('十') ? (tens ? CJK_DIGITS.indexOf(tens) + 1 : 1) * 10 : 0) + (units ? CJK_DIGITS.indexOf(units) + 1 : 0);
}

/** One part of a story as a page gives it, with the page (a PDF page number or an edition's page label). */
export interface PagedStory<S extends Story = Story, P extends string | number = string | number> {
  page: P;
  story: S;
}

/**
 * The stories of several pages, jumped stories joined (each with `first`, the index among the parts given of the part
 * it begins with), and the text that joining set apart (the second parts' jump heads).
 */
export interface JoinedStories<S extends Story, P extends string | number> {
  stories: Array<PagedStory<S, P> & { first: number }>;
  unassigned: string[];
}

/**
 * Joins each story that jumps on to another page with the part that page continues it in: the part there that says
 * it comes from this story's page, and, where several do, the one whose title shares most words with this story's
 * title or with the keyword its jump named. A part that names its own title and shares none of the words is another
 * story's. Pages in reading order; `jumpLines`, each page's jump lines in order (its `unassigned`), give each jump
 * its keyword. The joined story stands where its first part did; a part whose other part is not there keeps its
 * continuesOn / continuedFrom.
 */
export function joinJumps<S extends Story, P extends string | number>(parts: ReadonlyArray<PagedStory<S, P>>, jumpLines: ReadonlyMap<P, readonly string[]> = new Map()): JoinedStories<S, P> {
  const keywords = keywordsByStory(parts, jumpLines);
  const taken = new Set<PagedStory<S, P>>();
  const unassigned: string[] = [];
  const stories: Array<PagedStory<S, P> & { first: number }> = [];
  for (const [first, part] of parts.entries()) {
    if (taken.has(part)) continue;
    // a part read already is nobody's second part (a page that jumps back to an earlier one)
    taken.add(part);
    let joined = part;
    let keyword = keywords.get(part) ?? null;
    for (let next = secondPart(joined, keyword, parts, taken); next; next = secondPart(joined, keyword, parts, taken)) {
      taken.add(next);
      joined = { page: joined.page, story: joinParts(joined.story, next.story, unassigned) };
      keyword = keywords.get(next) ?? null;
    }
    stories.push({ ...joined, first });
  }
  return { stories, unassigned };
}

/** Each jumping story's keyword: a page's `on` jump lines taken in order, paired with its jumping stories in order, per target page. */
function keywordsByStory<S extends Story, P extends string | number>(parts: ReadonlyArray<PagedStory<S, P>>, jumpLines: ReadonlyMap<P, readonly string[]>): Map<PagedStory<S, P>, string> {
  const out = new Map<PagedStory<S, P>, string>();
  for (const [page, lines] of jumpLines) {
    const jumps = lines.flatMap((line) => { const jump = readJump(line); return jump && !jump.back ? [{ ...jump, keyword: jumpKeyword(line) }] : []; });
    const jumping = parts.filter((p) => p.page === page && p.story.continuesOn);
    for (const target of new Set(jumps.map((j) => j.page))) {
      const named = jumps.filter((j) => j.page === target);
      const stories = jumping.filter((p) => p.story.continuesOn === target);
      stories.forEach((p, k) => { const keyword = named[k]?.keyword; if (keyword) out.set(p, keyword); });
    }
  }
  return out;
}

function secondPart<S extends Story, P extends string | number>(first: PagedStory<S, P>, keyword: string | null, parts: ReadonlyArray<PagedStory<S, P>>, taken: ReadonlySet<PagedStory<S, P>>): PagedStory<S, P> | null {
  const on = first.story.continuesOn;
  if (!on) return null;
  const target = pageNumber(on), from = pageNumber(first.page);
  const candidates = parts.filter((p) => p !== first && !taken.has(p) && p.story.continuedFrom !== undefined &&
    samePage(pageNumber(p.page), target) && samePage(pageNumber(p.story.continuedFrom), from));
  const wanted = wordsOf([...titleOf(first.story), keyword ?? '']);
  let best: PagedStory<S, P> | null = null, bestShared = 0;
  for (const c of candidates) {
    const title = titleOf(c.story);
    const shared = countShared(wanted, wordsOf(title));
    if (shared > bestShared) { best = c; bestShared = shared; }
  }
  if (best) return best;
  // no words to go by: the one part on that page that comes from this page, where it names no other title
  const untitled = candidates.filter((c) => titleOf(c.story).length === 0);
  return candidates.length === 1 && untitled.length === 1 ? untitled[0]! : null;
}

/** Page numbers agree, or one side has none to compare. */
const samePage = (a: number | null, b: number | null) => a === null || b === null || a === b;

const titleOf = (s: Story): string[] => [s.kicker, s.headline, s.subheadline].filter((t): t is string => !!t);

/** Latin words of three letters or more (lower case) and CJK character pairs: what two titles can share. */
function wordsOf(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    for (const w of text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []) if (!/\p{Script=Han}/u.test(w)) out.add(w);
    for (const run of text.match(/\p{Script=Han}+/gu) ?? []) for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  }
  return out;
}

function countShared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

/**
 * The first part, then the second: a paragraph cut mid-sentence at the jump goes on in the second part's first one.
 * The second part's title (its jump head) goes to `unassigned`; its byline joins a first part that had none.
 */
function joinParts<S extends Story>(first: S, second: S, unassigned: string[]): S {
  unassigned.push(...titleOf(second));
  const ownByline = second.byline !== null && !second.paragraphs.join('').replace(/\s+/g, '').includes(second.byline.replace(/\s+/g, ''));
  if (ownByline && first.byline !== null) unassigned.push(second.byline!);
  const last = first.paragraphs[first.paragraphs.length - 1];
  const [next, ...rest] = second.paragraphs;
  const paragraphs = last !== undefined && next !== undefined && !endsSentence(last)
    ? [...first.paragraphs.slice(0, -1), joinAll([last, next], { hyphenated: new Set() }), ...rest]
    : [...first.paragraphs, ...second.paragraphs];
  const { continuesOn: _on, ...joined } = { ...first, paragraphs, byline: first.byline ?? (ownByline ? second.byline : null) };
  return (second.continuesOn ? { ...joined, continuesOn: second.continuesOn } : joined) as S;
}
