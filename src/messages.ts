/**
 * The typed contracts between the extension's pages (popup, PDF page) and the page side: the content script
 * answers one request type per question, and the functions the popup injects return one answer shape each;
 * every answer is wrapped in Result and decoded where it crosses into the UI.
 */
import { err, ok, type Result } from './core/result.js';
import type { ExtractedPage, StoryPage } from './core/types.js';

/** A same-origin link to a PDF on the page: on an e-paper site, the printed page's PDF ("PDF", "PDF下载", "版面PDF"). */
export interface LinkedPdf {
  url: string;
  /** The link's text as shown on the page. */
  label: string;
}

/** What the content script hands back: the page's metadata (not its raw text), its restructured stories and its PDF links. */
export type PageReading = Omit<ExtractedPage, 'text' | 'lines' | 'url'> & { url: string; page: StoryPage; linkedPdfs: LinkedPdf[] };

/** The tab shows a PDF (Chrome's viewer): there is no DOM to read, its bytes are fetched instead. */
export interface PdfTab {
  kind: 'pdf';
  url: string;
  title: string | null;
}

interface ContentContract {
  'read-page': { request: { type: 'read-page' }; response: PageReading | PdfTab };
}

export type ContentRequest = ContentContract[keyof ContentContract]['request'];
export type ContentResponse<K extends keyof ContentContract> = ContentContract[K]['response'];
export type ContentAnswer<K extends keyof ContentContract> = Result<ContentResponse<K>>;

export const isContentRequest = (message: unknown): message is ContentRequest =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'read-page';

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
