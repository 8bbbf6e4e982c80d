/**
 * A one-line note about the writer that a site sets at the foot of an article: "Phil Helsel is a reporter for NBC
 * News.", "Jane Roe is the site's deals editor and …". It is about the writer, not the story. Trade vocabulary
 * of newsroom roles; only among an article's closing lines, only a short line that opens with the name.
 */
import type { RawLine } from './page-model.js';

const NAME = String.raw`(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}`;
const OPENING = new RegExp(String.raw`^${NAME}(?:is|was|has been)\s+(?:a|an|the|\p{Lu}[\p{L}'’-]*['’]s?)\s+`, 'u');
/** The role, in any case ("a reporter", "the Asia Digital Editor"), after up to six words (a beat, an outlet). */
const ROLE = /^(?:[\p{L}'’&-]+\s+){0,6}(?:reporter|writer|editor|correspondent|columnist|contributor|curator|journalist|producer|critic|photographer|intern|analyst|blogger|host)s?\b/iu;
/** Longer than this, a line is a paragraph of the story that happens to open with someone's role. */
const BIO_LINE = 200;
/** How many of the article's last lines may be a note about the writer. */
const CLOSING_LINES = 3;

/** The lines (indices into `lines`, in order) without a note about the writer among the closing ones. */
export function withoutWriterBio(lines: readonly RawLine[], kept: readonly number[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < kept.length; k++) {
    const text = lines[kept[k]!]!.text.trim();
    const opening = k >= kept.length - CLOSING_LINES && text.length <= BIO_LINE ? OPENING.exec(text) : null;
    if (opening && ROLE.test(text.slice(opening[0].length))) continue;
    out.push(kept[k]!);
  }
  return out;
}
