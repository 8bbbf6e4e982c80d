/**
 * The note about the issuer that closes a press release: "About Ascom" over it, or its first line naming the
 * company and what it is ("Ascom is a global solutions provider focused on …"), then where it is based, its
 * listing, its contacts. It is the same under every release, not the story. Trade vocabulary of press releases;
 * only among an article's closing lines, and everything from it on goes.
 */
import { map, reduce, slice } from './builtins.js';
import type { RawLine } from './page-model.js';
import { weightOf } from './text-stats.js';

const ABOUT = /^about\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{N}&.'’-]*\s*){1,5}[:.]?$/u;
const COMPANY_KIND = String.raw`(?:provider|company|manufacturer|developer|leader|supplier|firm|group|organi[sz]ation|maker|operator|retailer|distributor)`;
const COMPANY = new RegExp(String.raw`^(?:\p{Lu}[\p{L}\p{N}&.'’-]*\s+){1,4}(?:is|are)\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,5}${COMPANY_KIND}\b`, 'u');
/** How many of the article's last lines may open the note. */
const CLOSING_LINES = 5;
/** The note is a small part of what was read: more than a third, and the page is about the company. */
const NOTE_SHARE = 1 / 3;

/** The lines (indices into `lines`, in order) without the note about the issuer that closes a press release. */
export function withoutAboutCompany(lines: readonly RawLine[], kept: readonly number[]): number[] {
  const weights = map(kept, (i) => weightOf(lines[i]!.chars, lines[i]!.cjk));
  const total = reduce(weights, (a: number, b) => a + b, 0);
  let tail = 0;
  let cut = -1;
  for (let k = kept.length - 1; k >= Math.max(0, kept.length - CLOSING_LINES); k--) {
    tail += weights[k]!;
    if (tail > total * NOTE_SHARE) break;
    const line = lines[kept[k]!]!;
    const text = line.text.trim();
    // a self-description alone closing a story is the story's; the note goes on (where it is based, its listing)
    if (line.blockStart && (ABOUT.test(text) || (k < kept.length - 1 && COMPANY.test(text)))) cut = k;
  }
  return slice(kept, 0, cut < 0 ? kept.length : cut);
}
