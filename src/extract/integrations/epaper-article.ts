/**
 * Article views of e-paper systems, read as the page shows them. Their title block stands in the system's
 * title fields, apart from the body: Founder (方正) `intro-title` (kicker), `main-title` (headline) and
 * `sub-title` (subheadline) over a `<founder-content>` body; People's Daily's `<h3>` kicker, `<h1>` headline
 * and `<h2>`/`<h4>` subheadline over its `ozoom` body; where a page has neither, the `enpproperty` comment
 * Founder leaves in the page. The body is read as any article's (byline, opening and closing credits).
 */
import { filter, find, map } from '../builtins.js';
import { printedDate } from '../credits.js';
import { elementText, NODE_COMMENT } from '../dom-access.js';
import type { PageModel } from '../page-model.js';
import { dateInAddress } from '../address-date.js';
import { linesWithin, type ArticleHeader, type Integration } from './context.js';

interface ArticleView {
  body: number;
  header: ArticleHeader;
}

type TitleBlock = Omit<ArticleHeader, 'date'>;

export const epaperArticle: Integration<ArticleView> = {
  kind: 'article',
  detect({ model, url }) {
    const body = articleBody(model);
    if (body < 0) return null;
    const properties = enpproperty(model, body);
    const block = titleFields(model) ?? headingsOver(model, body) ?? titleOf(properties);
    if (!block) return null;
    const date = printedDate(properties.get('date') ?? '')?.slice(0, 10) ?? dateInAddress(url);
    return { body, header: { ...block, date } };
  },
  read: ({ model }, view) => linesWithin(model, view.body),
  header: (_, view) => view.header,
};

/** The element holding an article view's body: Founder's `<founder-content>`, else People's Daily's `ozoom`; -1 where there is none. */
export function articleBody(model: PageModel): number {
  for (let i = 0; i < model.elements.length; i++) if (model.names[i] === 'founder-content') return i;
  return elementWithId(model, 'ozoom');
}

/** Founder's title fields, where the page has a headline in them. */
function titleFields(model: PageModel): TitleBlock | null {
  const field = (id: string) => {
    const i = elementWithId(model, id);
    return i < 0 ? null : elementText(model.access, model.elements[i]!) || null;
  };
  const headline = field('main-title');
  return headline ? { kicker: field('intro-title'), headline, subheadline: field('sub-title') } : null;
}

/** People's Daily's title block: the `<h1>` among the body's elders' children, its `<h3>` above and `<h2>`/`<h4>` below. */
function headingsOver(model: PageModel, body: number): TitleBlock | null {
  // The headings sit beside the body or beside the box that holds it.
  for (let holder = model.parent[body]!, up = 0; holder >= 0 && up < 3; holder = model.parent[holder]!, up++) {
    const children: number[] = [];
    for (let child = holder + 1; child < model.end[holder]!; child = model.end[child]!) children.push(child);
    const h1 = find(children, (e) => model.names[e] === 'h1');
    if (h1 === undefined) continue;
    const text = (e: number) => elementText(model.access, model.elements[e]!) || null;
    const headline = text(h1);
    if (!headline) return null;
    const kicker = find(children, (e) => e < h1 && model.names[e] === 'h3');
    const subheadline = map(filter(children, (e) => e > h1 && e < body && (model.names[e] === 'h2' || model.names[e] === 'h4')), text);
    return { kicker: kicker === undefined ? null : text(kicker), headline, subheadline: filter(subheadline, Boolean).join(' ') || null };
  }
  return null;
}

function titleOf(properties: ReadonlyMap<string, string>): TitleBlock | null {
  const headline = properties.get('title');
  return headline ? { kicker: properties.get('introtitle') || null, headline, subheadline: properties.get('subtitle') || null } : null;
}

/**
 * The fields of Founder's `<!--enpproperty <date>…</date><title>…</title>…/enpproperty-->` comment (date,
 * title, subtitle, introtitle, author …), found among the children of the body and of its elders.
 */
function enpproperty(model: PageModel, body: number): Map<string, string> {
  const { access } = model;
  const fields = new Map<string, string>();
  for (let holder = body; holder >= 0; holder = model.parent[holder]!) {
    for (let node = access.firstChild(model.elements[holder]!); node !== null; node = access.nextSibling(node)) {
      if (access.nodeType(node) !== NODE_COMMENT) continue;
      const comment = access.text(node);
      if (!/^\s*enpproperty\b/.test(comment)) continue;
      for (const [, name, value] of comment.matchAll(/<([\w-]+)>([^<]*)<\/\1>/g)) fields.set(name!.toLowerCase(), value!.replace(/\s+/g, ' ').trim());
      return fields;
    }
  }
  return fields;
}

function elementWithId(model: PageModel, id: string): number {
  for (let i = 0; i < model.elements.length; i++) if (model.access.attr(model.elements[i]!, 'id') === id) return i;
  return -1;
}
