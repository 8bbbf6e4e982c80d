/**
 * The typed contracts between the extension's pages (popup, PDF page) and the page side: the content script
 * answers one request type per question with what it read off the page (laid out and restructured in the
 * extension), and the functions the popup injects return one answer shape each; the layout worker answers a
 * PDF's positioned pages with their stories. Every answer is wrapped in Result and decoded where it crosses into
 * the UI.
 */
import { err, ok, type Result } from './core/result.js';
import type { EpaperArticleLink, EpaperPageLink, ExtractedPage, ExtractedText, PageLine, StoryPage } from './core/types.js';
import type { PositionedRead } from './extract/index.js';
import type { PositionedPage } from './layout/model.js';
import type { LaidOutStoryPage } from './read-printed.js';

/** A same-origin link to a PDF on the page: on an e-paper site, the printed page's PDF ("PDF", "PDF下载", "版面PDF"). */
export interface LinkedPdf {
  url: string;
  /** The link's text as shown on the page. */
  label: string;
}

/** One printed page (版) of the edition a page lists: its articles where the page names them (an edition index), else null (its page view names them). */
export type EditionPage = EpaperPageLink & { articles: EpaperArticleLink[] | null };

/**
 * A page as the popup shows it: the page's metadata, its restructured stories, its PDF links and, on an e-paper
 * page view, the articles the page lists and the edition's pages.
 */
export type PageReading = Omit<ExtractedText, 'kind' | 'text' | 'lines' | 'url'> & {
  kind: ExtractedPage['kind'];
  url: string;
  page: StoryPage;
  linkedPdfs: LinkedPdf[];
  articles: EpaperArticleLink[];
  pages: EditionPage[];
  /** An e-paper page view's label as it prints it ("第01版：要闻"); null elsewhere. */
  label: string | null;
};

/**
 * What the content script hands back: the page's reading (`PageReading`) before its layout and restructuring,
 * which run in the extension: the text as extraction read it, lines with the DOM's hints, or a printed page's
 * positioned runs to lay out (kind `positioned`).
 */
export type PageExtract = Omit<PageReading, 'kind' | 'page'> & ({ kind: ExtractedPage['kind']; lines: PageLine[] } | Pick<PositionedRead, 'kind' | 'positioned'>);

/** The tab shows a PDF (Chrome's viewer): there is no DOM to read, its bytes are fetched instead. */
export interface PdfTab {
  kind: 'pdf';
  url: string;
  title: string | null;
}

/** Popup → page: every request the content script answers, by its `type`. */
export interface PageRequests {
  'read-page': { type: 'read-page' };
  /** One of the articles an e-paper page view links, fetched from the page's origin and read as that page would be. */
  'read-article': { type: 'read-article'; url: string };
  /** Another page view of the edition the page lists, fetched and read the same way: its articles may then be read too. */
  'read-page-view': { type: 'read-page-view'; url: string };
}

/** Page → popup: what the content script's answer to each request holds when reading the page succeeded. */
export interface PageReplies {
  'read-page': PageExtract | PdfTab;
  'read-article': PageExtract;
  'read-page-view': PageExtract;
}

export type ContentRequest = PageRequests[keyof PageRequests];
export type ContentResponse<K extends keyof PageReplies> = PageReplies[K];
/** What the content script sends back: the reply, or why reading the page failed (a message for the reader). */
export type ContentAnswer<K extends keyof PageReplies> = Result<ContentResponse<K>, string>;

export function isContentRequest(message: unknown): message is ContentRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { type, url } = message as { type?: unknown; url?: unknown };
  return type === 'read-page' || ((type === 'read-article' || type === 'read-page-view') && typeof url === 'string');
}

/** Why the popup has no reply it may use from the page. */
export type AskError =
  /** The tab is closed to extensions (browser pages, extension stores, Firefox's PDF viewer). */
  | { kind: 'cannot-inject' }
  /** The tab shows the browser's own error page in place of the page (it could not be loaded). */
  | { kind: 'error-page' }
  /** The script ran but no answer came (the tab closed or navigated, no listener). */
  | { kind: 'no-answer'; detail: string }
  /** The content script answered that reading the page failed. */
  | { kind: 'page-failed'; detail: string }
  /** The answer is not of the contract's shape: `detail` names the first field that is wrong. */
  | { kind: 'bad-reply'; detail: string };

/** Checks an untrusted value; a problem is the path of the first field that is wrong and what it should be. */
type Check = (value: unknown, path: string) => string | null;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const string: Check = (value, path) => (typeof value === 'string' ? null : `${path} is not a string`);
const nullableString: Check = (value, path) => (value === null || typeof value === 'string' ? null : `${path} is not a string or null`);
const oneOf = (...allowed: readonly string[]): Check => (value, path) =>
  typeof value === 'string' && allowed.includes(value) ? null : `${path} is not one of ${allowed.join(', ')}`;
const listOf = (item: Check): Check => (value, path) => {
  if (!Array.isArray(value)) return `${path} is not a list`;
  for (const [i, entry] of value.entries()) {
    const problem = item(entry, `${path}[${i}]`);
    if (problem) return problem;
  }
  return null;
};
const shape = (fields: Record<string, Check>): Check => (value, path) => {
  if (!isRecord(value)) return `${path} is not an object`;
  for (const [name, check] of Object.entries(fields)) {
    const problem = check(value[name], `${path}.${name}`);
    if (problem) return problem;
  }
  return null;
};

const optional = (check: Check): Check => (value, path) => (value === undefined ? null : check(value, path));
const absent: Check = (value, path) => (value === undefined ? null : `${path} is not sent by the page`);
const finite: Check = (value, path) => (typeof value === 'number' && Number.isFinite(value) ? null : `${path} is not a finite number`);
const boolean: Check = (value, path) => (typeof value === 'boolean' ? null : `${path} is not true or false`);

const storyShape = shape({
  kicker: nullableString, headline: nullableString, subheadline: nullableString, dateline: nullableString, byline: nullableString,
  paragraphs: listOf(string),
});
const storyPageShape = { language: nullableString, stories: listOf(storyShape), unassigned: listOf(string) };
const pdfTabShape = shape({ kind: oneOf('pdf'), url: string, title: nullableString });
const articleShape = shape({ title: nullableString, url: string });
const lineShape = shape({
  text: string,
  hints: optional(shape({
    heading: optional(finite), bold: optional(boolean), fontScale: optional(finite), indent: optional(finite),
    blockStart: optional(boolean), caption: optional(boolean), storyStart: optional(boolean),
  })),
});
// the page sends the runs it reads off its text layer; the rules, boxes and pictures a PDF draws are a PDF's alone
const positionedShape = shape({
  width: finite, height: finite, rules: absent, boxes: absent, images: absent,
  runs: listOf(shape({
    text: string, x: finite, y: finite, width: finite, height: finite, fontSize: finite, font: string, bold: boolean,
    dir: oneOf('ltr', 'rtl', 'ttb'), rotated: optional(boolean), lineEnd: optional(boolean),
  })),
});
const pageExtractFields = shape({
  kind: oneOf('article', 'multi', 'plain', 'none', 'error-page', 'epaper-page', 'epaper-edition', 'positioned'),
  url: string,
  title: nullableString,
  byline: nullableString,
  authors: listOf(shape({ name: string, role: nullableString })),
  publishedTime: nullableString,
  siteName: nullableString,
  lang: nullableString,
  canonicalUrl: nullableString,
  linkedPdfs: listOf(shape({ url: string, label: string })),
  articles: listOf(articleShape),
  label: nullableString,
  pages: listOf(shape({ label: string, url: nullableString, pdf: nullableString, articles: (value, path) => (value === null ? null : listOf(articleShape)(value, path)) })),
});
// a printed page's text comes as its runs, to lay out, any other page's as its lines: never both
const positionedText = shape({ positioned: positionedShape, lines: absent });
const linesText = shape({ lines: listOf(lineShape), positioned: absent });
const pageExtractShape: Check = (value, path) =>
  pageExtractFields(value, path) ?? ((value as { kind: string }).kind === 'positioned' ? positionedText : linesText)(value, path);

const replyShapes: { [K in keyof PageReplies]: Check } = {
  'read-page': (value, path) => (isRecord(value) && value['kind'] === 'pdf' ? pdfTabShape : pageExtractShape)(value, path),
  'read-article': pageExtractShape,
  'read-page-view': pageExtractShape,
};

/**
 * The content script's answer to a `type` request as the popup may trust it: the reply, checked field by field
 * against the contract; the page's own failure; or `bad-reply` naming what is wrong.
 */
export function decodeAnswer<K extends keyof PageReplies>(type: K, raw: unknown): Result<PageReplies[K], AskError> {
  if (raw === undefined) return err({ kind: 'bad-reply', detail: 'no reply' });
  if (!isRecord(raw) || typeof raw['ok'] !== 'boolean') return err({ kind: 'bad-reply', detail: 'the answer is not a result ({ ok, value | error })' });
  if (!raw['ok']) {
    const error = raw['error'];
    return typeof error === 'string' ? err({ kind: 'page-failed', detail: error }) : err({ kind: 'bad-reply', detail: 'error is not a string' });
  }
  const problem = replyShapes[type](raw['value'], 'value');
  return problem ? err({ kind: 'bad-reply', detail: problem }) : ok(raw['value'] as PageReplies[K]);
}

/** Why the page side did not hand over a PDF's bytes. */
export type PdfFetchError = 'not-same-origin' | 'not-linked' | 'too-large' | 'fetch-failed';

/**
 * What the injected `fetchPdf` returns. The bytes travel as an ArrayBuffer: executeScript's result keeps it
 * (Chrome converts binary values, Firefox clones), where runtime messages in Chrome would turn it into JSON.
 */
export type PdfBytesAnswer = Result<ArrayBuffer, PdfFetchError>;

const fetchErrors: readonly string[] = ['not-same-origin', 'not-linked', 'too-large', 'fetch-failed'] satisfies PdfFetchError[];

/** The injected function's result as the UI may trust it: the bytes, a known reason, or 'fetch-failed' for anything else. */
export function decodePdfBytes(raw: unknown): Result<Uint8Array, PdfFetchError> {
  const answer = raw as { ok?: unknown; value?: unknown; error?: unknown } | null;
  if (answer?.ok === true && Object.prototype.toString.call(answer.value) === '[object ArrayBuffer]') return ok(new Uint8Array(answer.value as ArrayBuffer));
  if (answer?.ok === false && fetchErrors.includes(answer.error as string)) return err(answer.error as PdfFetchError);
  return err('fetch-failed');
}

/** PDF reader → layout worker: a PDF's pages as positioned runs, to lay out and restructure off the page's thread. */
export interface LayoutRequest {
  pages: ReadonlyArray<{ page: number; positioned: PositionedPage }>;
}

/**
 * Layout worker → PDF reader: each page's stories with its page number (and `truncated` when the page drew more
 * than the layout reads), or why laying them out failed.
 */
export type LayoutAnswer = Result<LaidOutStoryPage[], string>;

const pageNumber: Check = (value, path) => (Number.isInteger(value) && (value as number) > 0 ? null : `${path} is not a page number`);
const count: Check = (value, path) => (Number.isInteger(value) && (value as number) >= 0 ? null : `${path} is not a count`);
const pageCutShape = shape({ runs: count, chars: count, readRuns: count, readChars: count });
const layoutValue = listOf(shape({ page: pageNumber, ...storyPageShape, truncated: optional(pageCutShape) }));

/** The layout worker's message as the reader may trust it: the pages' stories, or why there are none. */
export function decodeLayoutAnswer(raw: unknown): Result<LaidOutStoryPage[], string> {
  if (!isRecord(raw) || typeof raw['ok'] !== 'boolean') return err('the answer is not a result ({ ok, value | error })');
  if (!raw['ok']) return typeof raw['error'] === 'string' ? err(raw['error']) : err('error is not a string');
  const problem = layoutValue(raw['value'], 'value');
  return problem ? err(problem) : ok(raw['value'] as LaidOutStoryPage[]);
}
