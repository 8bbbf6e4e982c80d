import type { DraftStory, Placed } from './model.js';

/** Letters of one name broken apart by the text layer: at most this many make one name. */
const MAX_NAME_LETTERS = 3;

/**
 * Gives each author line to the story that starts after it, unless that story has a byline already (then it goes
 * to `unassigned`). Lone letters — a name the text layer broke into single characters (肖 … 培), often far apart
 * when the name is set vertically — are joined into names first, each given where its first letter stands.
 */
export function giveAuthorLines(authors: readonly Placed[], drafts: readonly DraftStory[], unassigned: Placed[]): void {
  let s = 0;
  for (const author of joinNameFragments(authors)) {
    while (s < drafts.length && (drafts[s]!.body[0]?.line.index ?? -1) < author.at) s++;
    const story = drafts[s];
    if (story && !story.bylines.length) story.bylines.push(author.text);
    else unassigned.push(author);
  }
}

/** Joins single-letter author lines, in page order, into names of up to three letters (all of them if that few). */
export function joinNameFragments(authors: readonly Placed[]): Placed[] {
  const letters = authors.filter((a) => a.text.length === 1);
  if (letters.length < 2) return [...authors];
  const per = letters.length <= MAX_NAME_LETTERS ? letters.length : 2;
  const names = new Map<Placed, Placed>();
  for (let k = 0; k < letters.length; k += per) {
    const parts = letters.slice(k, k + per);
    names.set(parts[0]!, { at: parts[0]!.at, text: parts.map((p) => p.text).join(' ') });
  }
  return authors.filter((a) => a.text.length !== 1 || names.has(a)).map((a) => names.get(a) ?? a);
}
