/**
 * The typed contract between the extension's pages (popup) and the content script: one request type per
 * question, one response type per answer, every answer wrapped in Result.
 */
import type { Result } from './core/result.js';
import type { ExtractedPage, StoryPage } from './core/types.js';

/** What the content script hands back: the page's metadata (not its raw text) and its restructured stories. */
export type PageReading = Omit<ExtractedPage, 'text' | 'lines' | 'url'> & { url: string; page: StoryPage };

interface ContentContract {
  'read-page': { request: { type: 'read-page' }; response: PageReading };
}

export type ContentRequest = ContentContract[keyof ContentContract]['request'];
export type ContentResponse<K extends keyof ContentContract> = ContentContract[K]['response'];
export type ContentAnswer<K extends keyof ContentContract> = Result<ContentResponse<K>>;

export const isContentRequest = (message: unknown): message is ContentRequest =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'read-page';
