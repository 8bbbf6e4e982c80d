/**
 * The pages of an e-paper site that list articles rather than hold one. A page view (Founder's `node_N.htm`,
 * People's Daily's `nbs…` and `pc/layout/…/node_NN.html`) shows one printed page: its image with a map of
 * areas linking each article view, the list of its article titles beside it, its label (第01版：要闻), its PDF,
 * and the edition's page list (版面导航), each page often with its own PDF. An edition index (a CMS page)
 * lists every page's titles under its label (→ A1版 ←). Both are read into their lists, never into stories.
 */
import type { EpaperArticleLink, EpaperPageLink, ExtractedEpaperEdition, ExtractedEpaperPage } from '../../core/types.js';
import { filter, find, map } from '../builtins.js';
import { elementText, NODE_ELEMENT, type DomAccess } from '../dom-access.js';
import { documentLink, leadsToPdf, siteLink } from '../links.js';
import type { PageModel } from '../page-model.js';
import { articleBody } from './epaper-article.js';
import { ARTICLE_VIEW_ADDRESS, articleKey, PAGE_VIEW_ADDRESS } from './epaper-conventions.js';

export type EpaperView = Pick<ExtractedEpaperPage, 'kind' | 'label' | 'articles' | 'pdf' | 'pages'> | Pick<ExtractedEpaperEdition, 'kind' | 'pages'>;

/** A printed page's label as page lists and page views print it: 第01版：要闻, 第A01版：头版, A01： 头版, 01版：要闻. */
const PAGE_LABEL = /^(?:第\s*)?[A-Za-z]?\d{1,3}\s*版?\s*[：:]/;
/** A page (版) heading its titles in an edition index: A1版, 第3版. */
const EDITION_PAGE = /^(?:第\s*)?[A-Za-z]?\d{1,3}\s*版$/;
/** Marks set around a heading in an index (→ A1版 ←, 【要闻】). */
const HEADING_MARKS = /[→←【】〖〗*·\s]+/g;
/** A heading of an index's section is a label, not a sentence. */
const MAX_SECTION_LABEL = 12;

interface Link {
  el: number;
  text: string;
  /** Where it leads on the page's site (null: elsewhere, or nowhere a reader may be sent). */
  url: string | null;
}

export function epaperView(model: PageModel, pageUrl: string | null): EpaperView | null {
  // what any page is asked first is cheap: its links' addresses, its lines' text
  const anchors = anchorsOf(model);
  if (filter(anchors, (a) => PAGE_VIEW_ADDRESS.test(a.href)).length >= 2) {
    const links = withText(model, anchors, pageUrl);
    const pageLinks = filter(links, (l) => l.url !== null && PAGE_VIEW_ADDRESS.test(l.url) && PAGE_LABEL.test(l.text));
    if (pageLinks.length >= 2 && articleBody(model) < 0) return pageView(model, pageUrl, links, pageLinks);
  }
  const headsPages = find(model.lines, (l) => l.linkChars === 0 && EDITION_PAGE.test(l.text.replace(HEADING_MARKS, '')));
  return headsPages ? editionIndex(model, withText(model, anchors, pageUrl)) : null;
}

function pageView(model: PageModel, pageUrl: string | null, links: readonly Link[], pageLinks: readonly Link[]): EpaperView {
  const self = pageUrl && siteLink(pageUrl, pageUrl);
  const pdfs = filter(links, (l) => l.url !== null && l.url !== self && leadsToPdf(l.url, l.text));
  const rowOf = (l: Link) => ancestorNamed(model, l.el, ['tr', 'li']);
  const pageRows = new Set(map(pageLinks, rowOf));
  const pdfOfRow = new Map<number, string>();
  for (const pdf of pdfs) if (!pdfOfRow.has(rowOf(pdf))) pdfOfRow.set(rowOf(pdf), pdf.url!);
  const pages = new Map<string, EpaperPageLink>();
  for (const link of pageLinks) {
    const row = rowOf(link);
    const pdf = row < 0 ? null : pdfOfRow.get(row) ?? null;
    const known = pages.get(link.url!);
    // a page listed twice (a menu and a table) keeps the label in the paper's own form (第A01版：头版) and any PDF
    if (!known) pages.set(link.url!, { label: link.text, url: link.url, pdf });
    else pages.set(link.url!, { label: /^第/.test(known.label) ? known.label : link.text, url: link.url, pdf: known.pdf ?? pdf });
  }
  const printedLabel = find(model.lines, (l) => l.linkChars === 0 && /^第/.test(l.text) && PAGE_LABEL.test(l.text))?.text ?? null;
  // this page's entry in the list: by its address, or on a saved page by its label
  const own = (self ? pages.get(self) : undefined) ?? find([...pages.values()], (p) => p.label === printedLabel);
  return {
    kind: 'epaper-page',
    label: printedLabel ?? own?.label ?? null,
    articles: articlesOf(model, links, pageUrl),
    // the printed page's own PDF link, beside its image; else its row in the page list
    pdf: find(pdfs, (p) => rowOf(p) < 0 || !pageRows.has(rowOf(p)))?.url ?? own?.pdf ?? null,
    pages: [...pages.values()],
  };
}

/** The page's articles: the title list's, then those only the image map links, each article once. */
function articlesOf(model: PageModel, links: readonly Link[], pageUrl: string | null): EpaperArticleLink[] {
  const articles = new Map<string, EpaperArticleLink>();
  for (const link of links) {
    if (link.url && link.text && ARTICLE_VIEW_ADDRESS.test(link.url) && !articles.has(articleKey(link.url))) articles.set(articleKey(link.url), { title: link.text, url: link.url });
  }
  for (const area of mapAreas(model.access, model.elements[0]!)) {
    const url = documentLink(model.access.attr(area, 'href') ?? '', pageUrl);
    if (!url || !ARTICLE_VIEW_ADDRESS.test(url) || articles.has(articleKey(url))) continue;
    const title = model.access.attr(area, 'alt')?.trim() || model.access.attr(area, 'title')?.trim() || null;
    articles.set(articleKey(url), { title, url });
  }
  return [...articles.values()];
}

/**
 * An edition index: rows of section headings (A1版, A2版 …), each over a row of cells listing that page's
 * titles; a heading spanning two columns heads both. The index's sections stand together in one container.
 */
function editionIndex(model: PageModel, links: readonly Link[]): EpaperView | null {
  const sections: Array<{ table: number; label: string; cells: number[] }> = [];
  for (let row = 0; row < model.elements.length; row++) {
    if (model.names[row] !== 'tr') continue;
    const headings = cellsOf(model, row);
    const labels = map(headings, (c) => elementText(model.access, model.elements[c]!).replace(HEADING_MARKS, ''));
    if (!headings.length || labels.some((l) => !l || l.length > MAX_SECTION_LABEL) || headings.some((c) => linksWithin(links, model, c).length > 0)) continue;
    const next = nextSibling(model, row);
    if (next < 0 || model.names[next] !== 'tr') continue;
    const cells = cellsOf(model, next);
    if (!cells.length || cells.some((c) => linksWithin(links, model, c).length < 2)) continue;
    const starts = columnStarts(model, headings);
    const cellStarts = columnStarts(model, cells);
    for (let k = 0; k < headings.length; k++) {
      const end = k + 1 < starts.length ? starts[k + 1]! : Infinity;
      const under: number[] = [];
      for (let j = 0; j < cells.length; j++) if (cellStarts[j]! >= starts[k]! && cellStarts[j]! < end) under.push(cells[j]!);
      sections.push({ table: ancestorNamed(model, row, ['table']), label: labels[k]!, cells: under });
    }
  }
  const first = find(sections, (s) => EDITION_PAGE.test(s.label));
  if (!first || filter(sections, (s) => EDITION_PAGE.test(s.label)).length < 2) return null;
  const container = model.parent[first.table]!;
  const pages = map(filter(sections, (s) => model.parent[s.table] === container && s.cells.length > 0), ({ label, cells }) => {
    const articles = new Map<string, EpaperArticleLink>();
    for (const cell of cells) for (const link of linksWithin(links, model, cell)) if (link.url && link.text && !articles.has(link.url)) articles.set(link.url, { title: link.text, url: link.url });
    const pageLink = find(links, (l) => l.text === label && l.url !== null);
    return { label, url: pageLink?.url ?? null, pdf: null, articles: [...articles.values()] };
  });
  return { kind: 'epaper-edition', pages };
}

/** Every <a href> the model holds. */
function anchorsOf(model: PageModel): Array<{ el: number; href: string }> {
  const anchors: Array<{ el: number; href: string }> = [];
  for (let i = 0; i < model.elements.length; i++) {
    const href = model.names[i] === 'a' ? model.access.attr(model.elements[i]!, 'href') : null;
    if (href !== null) anchors.push({ el: i, href });
  }
  return anchors;
}

/** Links with their text as shown and where they lead. */
function withText(model: PageModel, anchors: ReadonlyArray<{ el: number; href: string }>, pageUrl: string | null): Link[] {
  return map(anchors, ({ el, href }) => ({ el, text: elementText(model.access, model.elements[el]!), url: siteLink(href, pageUrl) }));
}

/** The links inside an element (links are in document order: found by bisection, so a table of many cells stays linear). */
function linksWithin(links: readonly Link[], model: PageModel, el: number): Link[] {
  let low = 0, high = links.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (links[mid]!.el < el) low = mid + 1;
    else high = mid;
  }
  const inside: Link[] = [];
  for (let i = low; i < links.length && links[i]!.el < model.end[el]!; i++) inside.push(links[i]!);
  return inside;
}

function ancestorNamed(model: PageModel, el: number, names: readonly string[]): number {
  for (let e = el; e >= 0; e = model.parent[e]!) if (names.includes(model.names[e]!)) return e;
  return -1;
}

function cellsOf(model: PageModel, row: number): number[] {
  const cells: number[] = [];
  for (let c = row + 1; c < model.end[row]!; c = model.end[c]!) if (model.names[c] === 'td' || model.names[c] === 'th') cells.push(c);
  return cells;
}

function nextSibling(model: PageModel, el: number): number {
  const next = model.end[el]!;
  return next < model.elements.length && model.parent[next] === model.parent[el] ? next : -1;
}

/** The column each cell of a row starts at, counting colspans. */
function columnStarts(model: PageModel, cells: readonly number[]): number[] {
  let column = 0;
  return map(cells, (c) => {
    const start = column;
    column += Math.max(1, Number(model.access.attr(model.elements[c]!, 'colspan')) || 1);
    return start;
  });
}

/** The <area>s of the page's image maps in document order (a <map> holds no text, so the page model leaves it out). */
function mapAreas(access: DomAccess, root: Element): Element[] {
  const areas: Element[] = [];
  const stack: Node[] = [];
  for (let node: Node | null = access.firstChild(root); node !== null || stack.length > 0;) {
    if (node === null) {
      node = access.nextSibling(stack.pop()!);
      continue;
    }
    if (access.nodeType(node) === NODE_ELEMENT) {
      if (access.name(node as Element) === 'area') areas.push(node as Element);
      stack.push(node);
      node = access.firstChild(node);
      continue;
    }
    node = access.nextSibling(node);
  }
  return areas;
}
