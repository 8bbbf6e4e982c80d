/**
 * What every page-kind integration sees, and the shape of one: `detect` finds its kind of page (and the
 * region that holds it) or says no; `read` gives that region's lines. Integrations are tried in order.
 */
import type { ExtractedText } from '../../core/types.js';
import { findMainText, subtreeTotals, type MainText, type Totals } from '../main-text.js';
import type { PageModel } from '../page-model.js';

export interface PageContext {
  model: PageModel;
  /** The page's address, where known. */
  url: string | null;
  totals: Totals;
  /** The best article body on the page, computed once on first use. */
  main(): MainText | null;
}

export interface Integration<Found> {
  kind: ExtractedText['kind'];
  detect(page: PageContext): Found | null;
  /** Indices into model.lines, in document order. */
  read(page: PageContext, found: Found): number[];
  /** For pages of several stories: the elements that each hold one story, so their first lines open a story. */
  stories?(page: PageContext, found: Found): number[];
  /** Where the page's system names the article's title block and date in fields of their own: read from there. */
  header?(page: PageContext, found: Found): ArticleHeader;
}

/** An article's title block and date as its page's system names them. */
export interface ArticleHeader {
  kicker: string | null;
  headline: string;
  subheadline: string | null;
  /** ISO date (YYYY-MM-DD). */
  date: string | null;
}

export function pageContext(model: PageModel, url: string | null): PageContext {
  const totals = subtreeTotals(model);
  let main: MainText | null | undefined;
  return {
    model,
    url,
    totals,
    main: () => (main === undefined ? (main = findMainText(model, totals)) : main),
  };
}

export function linesWithin(model: PageModel, root: number): number[] {
  const out: number[] = [];
  const end = model.end[root]!;
  for (let i = 0; i < model.lines.length; i++) {
    const el = model.lines[i]!.el;
    if (el >= root && el < end) out.push(i);
  }
  return out;
}
