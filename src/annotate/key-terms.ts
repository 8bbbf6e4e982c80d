/**
 * Suggested tags from a story's key terms. A term scores by how often it occurs, how many
 * paragraphs it spreads over (a story's subject recurs; an aside does not), whether the title
 * names it and how specific it looks (longer Chinese words, multi-word English names). The
 * reader's own tags found in the story come first, in the reader's spelling.
 */
import { type WordSegmenter, wordSegmenter } from './segment.js';
import { CHINESE_FUNCTION_CHARACTERS, CHINESE_FUNCTION_WORDS, CHINESE_STOPWORDS, ENGLISH_STOPWORDS } from './stopwords.js';
import { type TagCount, tagKey } from './tags.js';
import { hasCjk } from '../text/script.js';
import { foldText, stemWord } from './text.js';

export interface KeyTermStory {
  /** Kicker, headline, subheadline: whatever of the title block there is. */
  title: readonly (string | null | undefined)[];
  paragraphs: readonly string[];
}

export interface SuggestOptions {
  /** The reader's tags (plain or with use counts): found in the story, they are suggested first. */
  existingTags?: readonly (string | TagCount)[];
  /** Tags the story already has: not suggested. */
  exclude?: readonly string[];
  /** How many suggestions at most. Default 5. */
  limit?: number;
  /** Word segmentation; Intl.Segmenter by default, character pairs where there is none. */
  segment?: WordSegmenter;
}

interface Candidate {
  key: string;
  spellings: Map<string, number>;
  count: number;
  paragraphs: Set<number>;
  inTitle: boolean;
  specificity: number;
  readerTag: string | null;
  /** A capital seen inside a sentence of the text (not a sentence's first word, not a title-case headline): a name's. */
  named: boolean;
}

const TITLE_BOOST = 2;
const PHRASE_OVER_WORD = 0.8;
/** Capitalised runs of two or more words: names of people, places, bodies ("Federal Reserve"). */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const NAME_RUN = /\p{Lu}[\p{L}\p{M}’'-]*(?:\s+\p{Lu}[\p{L}\p{M}’'-]*)+/gu;
/** Where a sentence ends: a stop, question or exclamation mark (Western or Chinese) and what closes it, or a line break. */
const SENTENCE_END = /(?<=[.!?。！？…][”"’')）]*)\s*|\n+/u;
const CAPITAL = /^\p{Lu}/u;

export function suggestTags(story: KeyTermStory, options: SuggestOptions = {}): string[] {
  const segment = options.segment ?? wordSegmenter();
  const candidates = new Map<string, Candidate>();
  const blocks = [story.title.filter((t): t is string => !!t).join('\n'), ...story.paragraphs];
  const lowerCaseWords = new Set(story.paragraphs.flatMap((p) => segment(p)).filter((w) => !CAPITAL.test(w)).map(foldText));
  blocks.forEach((block, index) => {
    for (const sentence of block.split(SENTENCE_END)) {
      const words = segment(sentence);
      // The title (often in title case) and a sentence's first word say nothing by their capital.
      words.forEach((word, i) => {
        noteWord(candidates, word, index, index > 0 && i > 0);
        notePhrase(candidates, word, words[i + 1], index, index > 0);
        noteCompound(candidates, word, words[i + 1], sentence, index);
      });
      // Names from the text only: a title-case headline makes any words a capitalised run ("City Borrows").
      if (index > 0) for (const match of sentence.matchAll(NAME_RUN)) noteName(candidates, match[0], /^[^\p{L}\p{N}]*$/u.test(sentence.slice(0, match.index)), lowerCaseWords, index);
    }
  });
  dropFragments(candidates);
  boostReaderTags(candidates, blocks, options.existingTags ?? []);

  // A tag given in any form: "elections" leaves out "election", as the candidates' keys are stems.
  const excluded = new Set((options.exclude ?? []).flatMap((tag) => [tagKey(tag), stemKey(tagKey(tag))]));
  const ranked = [...candidates.values()]
    .filter((c) => !excluded.has(c.key) && (c.readerTag || c.count > 1))
    .map((c) => ({ c, score: score(c) }))
    .sort((a, b) => Number(!!b.c.readerTag) - Number(!!a.c.readerTag) || b.score - a.score || a.c.key.localeCompare(b.c.key));

  const chosen: Candidate[] = [];
  for (const { c, score: best } of ranked) {
    if (chosen.length >= (options.limit ?? 5)) break;
    // A word gives way to a phrase holding it that scores nearly as well: "interest rates" over "rates".
    const phrase = c.key.includes(' ') || hasCjk(c.key) ? undefined : ranked.find((r) => r.c.key.split(' ').includes(c.key) && r.c.key !== c.key && r.score >= PHRASE_OVER_WORD * best);
    const pick = phrase?.c ?? c;
    if (chosen.some((o) => overlaps(o.key, pick.key))) continue;
    chosen.push(pick);
  }
  return chosen.map(displayForm);
}

function noteWord(candidates: Map<string, Candidate>, word: string, block: number, midSentence: boolean): void {
  const folded = foldText(word);
  if (hasCjk(folded)) {
    if (isChineseTerm(folded)) note(candidates, folded, word, block, cjkSpecificity(folded));
  } else if (isContentWord(folded)) {
    note(candidates, stemWord(folded), word, block, 1, midSentence && CAPITAL.test(word));
  }
}

function isChineseTerm(folded: string): boolean {
  return folded.length >= 2 && !CHINESE_STOPWORDS.has(folded) && !CHINESE_FUNCTION_WORDS.has(folded) && !/\d/u.test(folded);
}

function cjkSpecificity(folded: string): number {
  return folded.length >= 4 ? 1.5 : folded.length === 3 ? 1.3 : 1;
}

/** Two content words in a row ("interest rates"), which name a subject better than either alone. */
function notePhrase(candidates: Map<string, Candidate>, word: string, next: string | undefined, block: number, inText: boolean): void {
  if (next === undefined) return;
  const [a, b] = [foldText(word), foldText(next)];
  if (hasCjk(a) || hasCjk(b) || !isContentWord(a) || !isContentWord(b)) return;
  note(candidates, `${stemWord(a)} ${stemWord(b)}`, `${word} ${next}`, block, 1.5, inText && CAPITAL.test(next));
}

/**
 * Two Chinese words written together that make a term of 3–4 characters ("乡村" "振兴", "合作" "社"): noted whole, so that
 * where the whole recurs its parts, never seen apart, give way to it. No part is a function word or character.
 */
function noteCompound(candidates: Map<string, Candidate>, word: string, next: string | undefined, sentence: string, block: number): void {
  if (next === undefined) return;
  const [a, b] = [foldText(word), foldText(next)];
  const term = a + b;
  if (!hasCjk(a) || !hasCjk(b) || term.length < 3 || term.length > 4 || !foldText(sentence).includes(term)) return;
  if (![a, b].every((part) => (part.length === 1 ? !CHINESE_FUNCTION_CHARACTERS.has(part) : isChineseTerm(part)) && hasCjk(part))) return;
  if (!isChineseTerm(term)) return;
  note(candidates, term, word + next, block, cjkSpecificity(term));
}

/** Not a function word ("the", "it's", "that's") nor a contraction ("don't", "they're"); a possessive counts as its word. */
function isContentWord(folded: string): boolean {
  const word = folded.replace(/’/gu, "'");
  if (/n't$|'(?:re|ve|ll|d|m)$/u.test(word)) return false;
  const base = word.replace(/'s$/u, '');
  return base.length >= 3 && !ENGLISH_STOPWORDS.has(base) && !/^[\d.,]+$/u.test(base);
}

function stemKey(key: string): string {
  return hasCjk(key) ? key : key.split(' ').map(stemWord).join(' ');
}

/** A CJK candidate that only ever occurs inside a longer one ("市政" in "市政府") is a fragment of it. */
function dropFragments(candidates: Map<string, Candidate>): void {
  const cjk = [...candidates.values()].filter((c) => hasCjk(c.key));
  for (const shorter of cjk) {
    if (cjk.some((longer) => longer.key.length > shorter.key.length && longer.count >= shorter.count && longer.key.includes(shorter.key))) {
      candidates.delete(shorter.key);
    }
  }
}

/** A sentence's first word is capitalised by its place: it is no part of a name where the text also writes it in lower case. */
function noteName(candidates: Map<string, Candidate>, run: string, sentenceStart: boolean, lowerCaseWords: ReadonlySet<string>, block: number): void {
  const words = run.split(/\s+/u);
  if (sentenceStart && lowerCaseWords.has(foldText(words[0] ?? ''))) words.shift();
  while (words.length && ENGLISH_STOPWORDS.has(foldText(words[0] ?? '').replace(/['’]s$/u, ''))) words.shift();
  // Two plain words are already a phrase candidate; a name run adds longer names and short words ("Xi Jinping").
  if (words.length < 2 || (words.length === 2 && words.every((w) => isContentWord(foldText(w))))) return;
  const name = words.join(' ');
  note(candidates, words.map((w) => stemWord(foldText(w))).join(' '), name, block, 1.5, true);
}

function note(candidates: Map<string, Candidate>, key: string, spelling: string, block: number, specificity: number, named = false): void {
  const c = candidates.get(key) ?? {
    key,
    spellings: new Map<string, number>(),
    count: 0,
    paragraphs: new Set<number>(),
    inTitle: false,
    specificity,
    readerTag: null,
    named: false,
  };
  c.count++;
  if (named) c.named = true;
  c.spellings.set(spelling, (c.spellings.get(spelling) ?? 0) + 1);
  if (block === 0) c.inTitle = true;
  else c.paragraphs.add(block);
  candidates.set(key, c);
}

/** A reader's tag that occurs in the story (as a whole word, for non-CJK tags) becomes a strong candidate. */
function boostReaderTags(candidates: Map<string, Candidate>, blocks: string[], tags: readonly (string | TagCount)[]): void {
  const folded = blocks.map(foldText);
  for (const entry of tags) {
    const tag = typeof entry === 'string' ? entry : entry.tag;
    const key = tagKey(tag);
    if (!key) continue;
    const wholeWordsOnly = !hasCjk(key);
    folded.forEach((text, block) => {
      for (let from = text.indexOf(key); from >= 0; from = text.indexOf(key, from + key.length)) {
        if (!wholeWordsOnly || from === 0 || !LETTER_OR_DIGIT.test(text.charAt(from - 1))) note(candidates, key, tag, block, 1);
      }
    });
    const candidate = candidates.get(key) ?? candidates.get(stemWord(key));
    if (candidate) candidate.readerTag = tag;
  }
}

function score(c: Candidate): number {
  return (
    (1 + Math.log(c.count)) *
    (1 + Math.log1p(c.paragraphs.size)) *
    (c.inTitle ? TITLE_BOOST : 1) *
    c.specificity
  );
}

/** "防汛" and "防汛工作", or "reserve" and "federal reserve": one of them is enough. */
function overlaps(a: string, b: string): boolean {
  if (hasCjk(a) || hasCjk(b)) return a.includes(b) || b.includes(a);
  const wordsA = a.split(' ');
  const wordsB = b.split(' ');
  return wordsA.some((w) => wordsB.some((v) => stemWord(w) === stemWord(v)));
}

/** The reader's spelling; a name's capitals; else lower case (a capital a sentence's start or a headline gave), acronyms kept. */
function displayForm(c: Candidate): string {
  if (c.readerTag) return c.readerTag;
  const spelling = [...c.spellings].sort((a, b) => b[1] - a[1] || capitalised(b[0]) - capitalised(a[0]))[0]?.[0] ?? c.key;
  if (c.named) return spelling;
  return spelling
    .split(' ')
    .map((word) => (/^[\p{Lu}\p{N}]{2,5}s?$/u.test(word) ? word : word.toLowerCase()))
    .join(' ');
}

function capitalised(word: string): number {
  return /^\p{Lu}/u.test(word) ? 1 : 0;
}
