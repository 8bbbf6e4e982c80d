/**
 * One article: the best-scoring body on the page. A page whose best body is short, or is a run of linked
 * headlines with teasers (a section front, search results), holds no article.
 */
import { weightOf } from '../text-stats.js';
import type { MainText } from '../main-text.js';
import { linesWithin, type Integration, type PageContext } from './context.js';

/** About two sentences in English, a short paragraph in Chinese. */
const MIN_ARTICLE = 250;

export const singleArticle: Integration<MainText> = {
  kind: 'article',
  detect(page) {
    const main = page.main();
    if (!main || main.weight < MIN_ARTICLE || main.linkDensity > 0.5) return null;
    return isTeaserList(page, main.root) ? null : main;
  },
  read: (_page, main) => main.lines,
};

/**
 * Prose blocks that each follow a block that is a link alone (headline, teaser, headline, teaser …): a
 * list of links to articles. An article's own paragraphs follow one another; its related-links box is a
 * run of links with no prose between them.
 */
function isTeaserList({ model }: PageContext, root: number): boolean {
  let teasers = 0;
  let proseBlocks = 0;
  let proseTotal = 0;
  let previousWasLink = false;
  let blockWeight = 0;
  let blockLink = 0;
  const close = () => {
    if (blockWeight === 0) return;
    const isLink = blockLink >= blockWeight * 0.8;
    if (!isLink) {
      proseBlocks++;
      proseTotal += blockWeight - blockLink;
      if (previousWasLink) teasers++;
    }
    previousWasLink = isLink;
    blockWeight = 0;
    blockLink = 0;
  };
  for (const i of linesWithin(model, root)) {
    const line = model.lines[i]!;
    if (line.blockStart) close();
    const w = weightOf(line.chars, line.cjk);
    blockWeight += w;
    blockLink += line.chars > 0 ? (w * line.linkChars) / line.chars : 0;
  }
  close();
  return teasers >= 4 && teasers >= proseBlocks * 0.6 && proseTotal < proseBlocks * 400;
}
