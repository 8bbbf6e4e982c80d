/**
 * One article: the best-scoring body on the page. A page whose best body is short among more text, or is a
 * run of linked headlines with teasers (a section front, search results), holds no article; a page with
 * little text in all is read whole, for that text is what it has to say.
 */
import { countMatches, weightOf } from '../text-stats.js';
import { cleanedLines, linkDensity, type MainText } from '../main-text.js';
import { linesWithin, type Integration, type PageContext } from './context.js';

/** About two sentences in English, a short paragraph in Chinese. */
const MIN_ARTICLE = 250;
const TEASER_SENTENCES = 2;
/** A full stop, question or exclamation mark that ends a sentence (before a space, a closing quote or the end). */
const SENTENCE_ENDS = /[。！？]|[.!?](?=["'”’)]*(?:\s|$))/gu;

export const singleArticle: Integration<MainText> = {
  kind: 'article',
  detect(page) {
    const main = page.main();
    if (!main || main.weight < MIN_ARTICLE || main.linkDensity > 0.5) return shortPage(page, main) ?? widened(page, main);
    return isTeaserList(page, main.root) ? null : main;
  },
  read: (_page, main) => main.lines,
};

/**
 * A page whose text outside links is less than an article's minimum (a note, a short post, a page of
 * headings and pictures): its best body, else all its text but the furniture. A page of links alone is none.
 */
function shortPage({ model, totals }: PageContext, main: MainText | null): MainText | null {
  const body = model.body;
  const weight = totals.weight[body]!;
  if (weight === 0 || weight - totals.link[body]! >= MIN_ARTICLE || linkDensity(totals, body) > 0.5) return null;
  if (main && main.weight > 0 && main.linkDensity <= 0.5) return main;
  return { root: body, lines: cleanedLines(model, totals, [body]), weight, linkDensity: linkDensity(totals, body) };
}

/**
 * A short best body among more text (a notice beside a product page's lists of features, each item a
 * heading and a sentence): the nearest container around it holding an article's worth of prose, unless
 * that is mostly links or a list of teasers.
 */
function widened(page: PageContext, main: MainText | null): MainText | null {
  const { model, totals } = page;
  if (!main || main.weight === 0 || main.linkDensity > 0.5) return null;
  for (let a = model.parent[main.root]!; a >= 0 && a !== model.body; a = model.parent[a]!) {
    if (totals.weight[a]! - totals.link[a]! < MIN_ARTICLE) continue;
    if (linkDensity(totals, a) > 0.5 || isTeaserList(page, a)) return null;
    const lines = cleanedLines(model, totals, [a]);
    let weight = 0;
    for (const i of lines) weight += weightOf(model.lines[i]!.chars, model.lines[i]!.cjk);
    return weight >= MIN_ARTICLE ? { root: a, lines, weight, linkDensity: linkDensity(totals, a) } : null;
  }
  return null;
}

/**
 * Prose blocks that each follow a block that is a link alone (headline, teaser, headline, teaser …): a
 * list of links to articles. An article's own paragraphs follow one another; its related-links box is a
 * run of links with no prose between them. A teaser sums its story up in a sentence or two: a linked
 * heading followed by paragraphs of several sentences is a section of the article (a review's entries).
 */
function isTeaserList({ model }: PageContext, root: number): boolean {
  let teasers = 0;
  let proseBlocks = 0;
  let proseTotal = 0;
  let previousWasLink = false;
  let blockWeight = 0;
  let blockLink = 0;
  let blockSentences = 0;
  const close = () => {
    if (blockWeight === 0) return;
    const isLink = blockLink >= blockWeight * 0.8;
    if (!isLink) {
      proseBlocks++;
      proseTotal += blockWeight - blockLink;
      if (previousWasLink && blockSentences <= TEASER_SENTENCES) teasers++;
    }
    previousWasLink = isLink;
    blockWeight = 0;
    blockLink = 0;
    blockSentences = 0;
  };
  for (const i of linesWithin(model, root)) {
    const line = model.lines[i]!;
    if (line.blockStart) close();
    const w = weightOf(line.chars, line.cjk);
    blockWeight += w;
    blockLink += line.chars > 0 ? (w * line.linkChars) / line.chars : 0;
    blockSentences += countMatches(line.text, SENTENCE_ENDS);
  }
  close();
  return teasers >= 4 && teasers >= proseBlocks * 0.6 && proseTotal < proseBlocks * 400;
}
