/**
 * Offline extractive summary for Chinese and English: sentences ranked by a TextRank walk over
 * their similarity, with the walk's restarts biased toward the lead (news puts the gist first),
 * then the best picked within a length budget and returned in story order.
 */
import { splitSentences } from './sentences.js';
import { CHINESE_STOPWORDS, ENGLISH_STOPWORDS } from './stopwords.js';
import { cjkBigrams, foldText, stemWord, textPieces } from './text.js';

export interface SummaryOptions {
  /** Upper bound on the length of `text` (the sentences joined), in UTF-16 units. Default 300. */
  maxChars?: number;
  /** Upper bound on the number of sentences. Default 3. */
  maxSentences?: number;
}

export interface Summary {
  /** Whole sentences of the story, verbatim, in story order. */
  sentences: string[];
  /** The sentences joined as prose (no space between Chinese sentences). */
  text: string;
}

const DAMPING = 0.85;
const ITERATIONS = 40;
/** Sentences with fewer distinct terms are labels, bylines or sign-offs ("(完)"), not content. */
const MIN_TERMS = 4;
/** Above this similarity a candidate repeats a chosen sentence and is skipped. */
const REDUNDANT = 0.6;
/** Long pages: rank the opening sentences only; the pairwise graph is quadratic. */
const MAX_SENTENCES_RANKED = 250;

export function summarize(paragraphs: readonly string[], options: SummaryOptions = {}): Summary {
  const maxChars = options.maxChars ?? 300;
  const maxSentences = options.maxSentences ?? 3;
  const sentences = paragraphs.flatMap(splitSentences).slice(0, MAX_SENTENCES_RANKED);
  const vectors = sentences.map(termVector);
  const similarity = vectors.map((a, i) => vectors.map((b, j) => (i === j ? 0 : cosine(a, b))));
  const scores = biasedRank(similarity, leadPrior(sentences.length));

  const order = sentences.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  const pick = (eligible: (i: number) => boolean): number[] => {
    const chosen: number[] = [];
    for (const i of order) {
      if (chosen.length >= maxSentences) break;
      if (!eligible(i)) continue;
      if (chosen.some((j) => (similarity[i]?.[j] ?? 0) > REDUNDANT)) continue;
      if (inStoryOrder([...chosen, i], sentences).text.length > maxChars) continue;
      chosen.push(i);
    }
    return chosen;
  };
  // Content sentences first; a story made only of short ones still gets its best short ones.
  const chosen = pick((i) => (vectors[i]?.size ?? 0) >= MIN_TERMS);
  return inStoryOrder(chosen.length ? chosen : pick(() => true), sentences);
}

function inStoryOrder(indices: number[], sentences: string[]): Summary {
  const picked = [...indices].sort((a, b) => a - b).map((i) => sentences[i] ?? '');
  return { sentences: picked, text: joinSentences(picked) };
}

/** Term counts of a sentence: CJK character pairs and English word stems, function words left out. */
function termVector(sentence: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const piece of textPieces(foldText(sentence))) {
    if (piece.cjk) {
      if (CHINESE_STOPWORDS.has(piece.text)) continue;
      for (const gram of cjkBigrams(piece.text)) if (!CHINESE_STOPWORDS.has(gram)) add(counts, gram);
    } else if (!ENGLISH_STOPWORDS.has(piece.text) && !/^\d+$/u.test(piece.text)) {
      add(counts, stemWord(piece.text));
    }
  }
  return counts;
}

function add(counts: Map<string, number>, term: string): void {
  counts.set(term, (counts.get(term) ?? 0) + 1);
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  for (const [term, count] of a) dot += count * (b.get(term) ?? 0);
  if (!dot) return 0;
  return dot / Math.sqrt(sumSquares(a) * sumSquares(b));
}

function sumSquares(vector: Map<string, number>): number {
  let sum = 0;
  for (const count of vector.values()) sum += count * count;
  return sum;
}

/** Restart probabilities decaying with position: the lead is where a news story states its point. */
function leadPrior(count: number): number[] {
  const raw = Array.from({ length: count }, (_, i) => 1 / Math.sqrt(i + 1));
  const total = raw.reduce((s, v) => s + v, 0);
  return raw.map((v) => v / total);
}

/** PageRank with personalised restarts; a sentence like no other passes its weight to the prior. */
function biasedRank(similarity: number[][], prior: number[]): number[] {
  const n = prior.length;
  const rowSums = similarity.map((row) => row.reduce((s, v) => s + v, 0));
  let rank = prior.slice();
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const next = prior.map((p) => (1 - DAMPING) * p);
    for (let i = 0; i < n; i++) {
      const mass = DAMPING * (rank[i] ?? 0);
      const rowSum = rowSums[i] ?? 0;
      const row = similarity[i] ?? [];
      for (let j = 0; j < n; j++) {
        next[j] = (next[j] ?? 0) + (rowSum ? (mass * (row[j] ?? 0)) / rowSum : mass * (prior[j] ?? 0));
      }
    }
    rank = next;
  }
  return rank;
}

/** Chinese sentences run on without a space; anything else is separated by one. */
export function joinSentences(sentences: readonly string[]): string {
  let text = '';
  for (const sentence of sentences) {
    const tight = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]$/u.test(text) && /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef“‘「『（]/u.test(sentence);
    text += text && !tight ? ` ${sentence}` : sentence;
  }
  return text;
}
