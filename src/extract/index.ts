/**
 * Extraction: what on a page is worth reading, as lines with layout hints for the restructurer, plus
 * the page's metadata. Pure DOM reading, the same in the content script and in Node; the page is never
 * modified.
 */
import type { ExtractedPage, ExtractedText, PageLine } from '../core/types.js';
import { epaperArticle } from './integrations/epaper-article.js';
import { epaperTextLayer } from './integrations/epaper-text-layer.js';
import { epaperView } from './integrations/epaper-views.js';
import { dateInAddress } from './address-date.js';
import { errorPage } from './integrations/error-page.js';
import { noArticle } from './integrations/no-article.js';
import { plainText } from './integrations/plain-text.js';
import { severalArticles } from './integrations/several-articles.js';
import { singleArticle } from './integrations/single-article.js';
import { storyList } from './integrations/story-list.js';
import { pageContext, type ArticleHeader, type Integration, type PageContext } from './integrations/context.js';
import { fontScaleReader } from './font-scale.js';
import { filter, indexOf, map, slice } from './builtins.js';
import { toPageLines, toText } from './lines.js';
import { readMetadata, type PageMetadata } from './metadata.js';
import type { Byline } from './credits.js';
import { headCredits, type HeadCredits } from './head-credits.js';
import { buildPageModel, IN_DEK, type PageModel } from './page-model.js';
import { domBoxReader, positionedRuns } from './positioned-text.js';
import type { TextRun } from '../layout/model.js';
import { laidOut, type PositionedRead } from './laid-out.js';

export interface ExtractOptions {
  /** The page's address (the content script knows it; a saved file does not). */
  url?: string;
  /** Read computed styles for bold and font size hints (default: where the DOM lays pages out). */
  computedStyle?: boolean;
}

/** Page kinds, most specific first: the first whose `detect` answers reads the page. */
const INTEGRATIONS: readonly Integration<unknown>[] = [
  plainText, epaperArticle, epaperTextLayer, errorPage, severalArticles, storyList, singleArticle, noArticle,
] as Integration<unknown>[];

export type { PositionedRead } from './laid-out.js';

/** What reading the DOM gives: a page read to its lines, or a printed page's runs to lay out first. */
export type PageRead = ExtractedPage | PositionedRead;

/** A page's text and metadata, a printed page's positioned text laid out into lines. */
export function extractDocument(doc: Document, options: ExtractOptions = {}): ExtractedPage {
  const read = readDocument(doc, options);
  return read.kind === 'positioned' ? laidOut(read) : read;
}

/** The page read off the DOM, up to the layout: what the content script does in the page. */
export function readDocument(doc: Document, options: ExtractOptions = {}): PageRead {
  const model = buildPageModel(doc, { computedStyle: options.computedStyle });
  const url = options.url ?? null;
  const meta = readMetadata(model, url);
  // a printed page's text set as positioned elements is read by its geometry, where the DOM lays pages out
  const boxes = options.computedStyle === false ? null : domBoxReader(doc);
  const runs = boxes && positionedRuns(doc, boxes);
  if (runs) return positionedRead(runs, meta, url);
  // an e-paper's page view or edition index lists articles: its text is furniture around the list
  const view = epaperView(model, url);
  if (view) {
    return {
      ...view, title: meta.title, byline: null, authors: [], publishedTime: meta.publishedTime ?? dateInAddress(url), siteName: meta.siteName, lang: meta.lang,
      url, canonicalUrl: meta.canonicalUrl, text: '', lines: [],
    };
  }
  const page = pageContext(model, url);
  for (const integration of INTEGRATIONS) {
    const found = integration.detect(page);
    if (found === null) continue;
    const indices = integration.read(page, found);
    if (indices.length === 0 && integration.kind !== 'none' && integration.kind !== 'error-page') continue;
    return assemble(page, integration.kind, indices, meta, url, integration.stories?.(page, found) ?? [], integration.header?.(page, found) ?? null);
  }
  return assemble(page, 'none', [], meta, url, [], null);
}

function positionedRead(runs: TextRun[], meta: PageMetadata, url: string | null): PositionedRead {
  let width = 0, height = 0;
  for (const r of runs) { width = Math.max(width, r.x + r.width); height = Math.max(height, r.y + r.height); }
  return {
    kind: 'positioned', title: meta.title, byline: meta.byline, authors: meta.authors, publishedTime: meta.publishedTime, siteName: meta.siteName, lang: meta.lang,
    url, canonicalUrl: meta.canonicalUrl, positioned: { width, height, runs },
  };
}

function assemble(
  page: PageContext, kind: ExtractedText['kind'], indices: number[], meta: PageMetadata, url: string | null, stories: readonly number[],
  declared: ArticleHeader | null,
): ExtractedPage {
  const { model } = page;
  const header = kind === 'article' && !declared ? headlineLines(model, indices, meta.title) : [];
  const afterHeader = filter(indices, (i) => indexOf(header, i) < 0);
  const head = kind === 'article' ? headCredits(model, headlineEnd(model, header, afterHeader), afterHeader) : null;
  const byline = head && bylineAtHead(model, afterHeader, meta, head);
  // The headline, the byline and a dateline, printed above the body, are read into their own fields.
  const credits = [...(byline?.lines ?? []), ...(head?.creditLines ?? [])];
  const body = header.length || credits.length ? filter(afterHeader, (i) => indexOf(credits, i) < 0) : indices;
  const fontScale = fontScaleReader(model, body);
  const bodyLines = toPageLines(model.lines, body, fontScale, firstLinesOf(model, body, stories));
  // The headline is hinted level 1 whatever element printed it; a standfirst under it is its subheadline, one level down.
  const headerLines = map(toPageLines(model.lines, header, fontScale), (line, i) => (line.hints?.heading ? line : { ...line, hints: { ...line.hints, heading: i === 0 ? 1 : 2 } }));
  const lines: PageLine[] = [...(declared ? titleBlockLines(declared) : headerLines), ...bodyLines];
  return {
    kind,
    title: declared?.headline ?? meta.title,
    byline: byline?.display ?? meta.byline,
    authors: byline?.authors ?? meta.authors,
    publishedTime: meta.publishedTime ?? declared?.date ?? head?.date ?? dateInAddress(url) ?? dateInAddress(meta.canonicalUrl),
    siteName: meta.siteName,
    lang: meta.lang,
    url,
    canonicalUrl: meta.canonicalUrl,
    text: toText(bodyLines),
    lines: kind === 'none' || kind === 'error-page' ? [] : lines,
  };
}

/**
 * The article's headline, which the body usually leaves out (it sits in a header above): the <h1> lines
 * that match the title, and a standfirst right under it. They open `lines` for the restructurer; `text`
 * is the body alone.
 */
function headlineLines(model: PageModel, body: readonly number[], title: string | null): number[] {
  if (!title) return [];
  const norm = (s: string) => s.replace(/\s+/g, '');
  const wanted = norm(title);
  const firstBody = body[0] ?? model.lines.length;
  for (let i = 0; i < model.lines.length; i++) {
    const line = model.lines[i]!;
    // an <h1>, or the body's first line where the page prints its headline as text (<p class="title">)
    if ((line.heading !== 1 && i !== firstBody) || norm(line.text) !== wanted) continue;
    // Only a headline above the body or among its first lines is this article's.
    const position = indexOf(body, i);
    if (i >= firstBody && (position < 0 || position >= 3)) continue;
    const header = [i];
    for (let j = i + 1; j < model.lines.length && (model.lines[j]!.flags & IN_DEK) !== 0 && model.lines[j]!.heading === 0; j++) header.push(j);
    return header;
  }
  return [];
}

/** A title block its page names in fields, as the lines a printed one would be: kicker and subheadline in type smaller than the headline's. */
function titleBlockLines({ kicker, headline, subheadline }: ArticleHeader): PageLine[] {
  const line = (text: string | null, heading: number): PageLine[] => (text ? [{ text, hints: { blockStart: true, heading } }] : []);
  return [...line(kicker, 3), ...line(headline, 1), ...line(subheadline, 2)];
}

/** The headline block's last line: the header read, else the last level-1 heading above the body; -1 for none. */
function headlineEnd(model: PageModel, header: readonly number[], body: readonly number[]): number {
  if (header.length) return header[header.length - 1]!;
  for (let i = (body[0] ?? model.lines.length) - 1; i >= 0; i--) if (model.lines[i]!.heading === 1) return i;
  return -1;
}

/**
 * The byline among the article's first lines: the lines of the byline element, or where no element is
 * named a byline, the one printed at the article's head ("By BILL HOPPE", "□ 本报记者 张三", an info bar's
 * 作者), which a reader sees before any declared author.
 */
function bylineAtHead(model: PageModel, body: readonly number[], meta: PageMetadata, head: HeadCredits): (Byline & { lines: number[] }) | null {
  const element = meta.bylineElement;
  if (element !== null) {
    const lines = filter(slice(body, 0, 3), (i) => model.lines[i]!.el >= element && model.lines[i]!.el < model.end[element]!);
    return lines.length ? { display: meta.byline!, authors: meta.authors, lines } : null;
  }
  return head.byline && { ...head.byline, lines: head.creditLines };
}

/** The first line of each story's element among the lines read: where the markup starts a new story. */
function firstLinesOf(model: PageModel, lines: readonly number[], stories: readonly number[]): Set<number> {
  const starts = new Set<number>();
  let next = 0;
  for (const line of lines) {
    const el = model.lines[line]!.el;
    // stories are in document order and do not nest, so one pass pairs each with its first line
    while (next < stories.length && el >= model.end[stories[next]!]!) next++;
    if (next < stories.length && el >= stories[next]!) { starts.add(line); next++; }
  }
  return starts;
}

export { decodeHtml } from './decode-html.js';
