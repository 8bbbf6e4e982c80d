/**
 * The one module that touches the WebExtension APIs. Everything else asks it, so tests replace this module
 * (vi.mock) instead of faking `browser` piecemeal, and the core stays free of extension APIs.
 */
import browser from 'webextension-polyfill';
import { err, ok, type Result } from '../core/result.js';
import { decodeAnswer, type AskError, type ContentRequest, type ContentResponse } from '../messages.js';
import { defaultLock, type Lock } from '../store/lock.js';

export type StorageArea = browser.Storage.StorageArea;
export const localStorageArea: StorageArea = browser.storage.local;
/** The lock every extension page's writes to storage.local take: Web Locks, or writes refused without them. */
export const storageLock: Lock = defaultLock();
/** storage.session: kept in memory until the browser quits, never written to disk (absent before Firefox 115). */
export const sessionStorageArea: StorageArea | null = (browser.storage as Partial<typeof browser.storage>).session ?? null;
/**
 * Where the popup keeps unsaved drafts: storage.session (never part of the reader's library), else storage.local,
 * where drafts expire by age.
 */
export const draftStorageArea: StorageArea = sessionStorageArea ?? browser.storage.local;

/** Runs when the extension page is about to go (the popup closing): the last moment to write what is pending. */
export function onPageHide(listener: () => void): () => void {
  const hidden = () => { if (document.visibilityState === 'hidden') listener(); };
  addEventListener('pagehide', listener);
  document.addEventListener('visibilitychange', hidden);
  return () => { removeEventListener('pagehide', listener); document.removeEventListener('visibilitychange', hidden); };
}

/** Changes to storage.local from any extension page (the popup saving while the notes page is open). */
export function onLocalStorageChanged(listener: (changes: Record<string, browser.Storage.StorageChange>) => void): () => void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string) => { if (area === 'local') listener(changes); };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

export const t = (key: string, substitutions?: string | string[]): string =>
  browser.i18n.getMessage(key, substitutions) || key;
export const uiLanguage = (): string => browser.i18n.getUILanguage();

/** Whether the popup reads the tab the reader clicked the toolbar icon on (no `?tabId=`). */
export const readsClickedTab = (search: string): boolean => !new URLSearchParams(search).has('tabId');

/** The tab the popup reads: `?tabId=` when given (tests, the notes page), else the active tab. */
export async function targetTab(search: string): Promise<browser.Tabs.Tab | undefined> {
  const id = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(id) && id > 0) return browser.tabs.get(id);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/**
 * How the browser refuses to inject into its own error page, shown where a page could not be loaded (also a 404
 * whose body is too short to show). Chromium: "Frame with ID 0 is showing error page" where the host is granted.
 */
const SHOWS_ERROR_PAGE = /showing error page|chrome-error:|about:neterror/i;
/**
 * With activeTab Chromium says only "Cannot access contents of the page." for its error page — the words it also
 * uses for any page whose address the extension may not know (no toolbar click granted it).
 */
const ADDRESS_HIDDEN = /^Cannot access contents of the page\b/i;

/**
 * The tab shows the browser's error page: said so, or said with the address hidden where the toolbar click granted
 * the tab (activeTab: any page it may read would have been read, so what it could not reach is no page).
 */
const showsErrorPage = (message: string, toolbarClick: boolean): boolean =>
  SHOWS_ERROR_PAGE.test(message) || (toolbarClick && ADDRESS_HIDDEN.test(message));

/**
 * Injects the content script (activeTab grants it on the toolbar click), asks it one typed question and decodes
 * the answer at the boundary: the reply as the contract says, or why there is none.
 */
export async function askPage<K extends ContentRequest['type']>(
  tabId: number,
  request: Extract<ContentRequest, { type: K }>,
  /** The reader clicked the toolbar icon on this tab (not a tab named by `?tabId=`): activeTab granted it. */
  toolbarClick = false,
): Promise<Result<ContentResponse<K>, AskError>> {
  try {
    // Absolute path: Firefox resolves relative files against the calling page. Firefox also reports a failed
    // injection inside the result instead of rejecting, so each result's `error` is checked.
    const results = await browser.scripting.executeScript({ target: { tabId }, files: ['/content.js'] });
    if (results.some((r) => (r as { error?: unknown }).error)) return err({ kind: 'cannot-inject' });
  } catch (error) {
    return err({ kind: showsErrorPage(error instanceof Error ? error.message : String(error), toolbarClick) ? 'error-page' : 'cannot-inject' });
  }
  let raw: unknown;
  try {
    raw = await browser.tabs.sendMessage(tabId, request);
  } catch (error) {
    return err({ kind: 'no-answer', detail: error instanceof Error ? error.message : String(error) });
  }
  return decodeAnswer(request.type, raw);
}

/**
 * Runs one self-contained function in the tab's top frame (activeTab grants it on the toolbar click) and hands
 * back what it returned, undecoded: the caller decodes it, as it would a message.
 */
export async function runInTab<A extends unknown[]>(tabId: number, func: (...args: A) => unknown, args: A): Promise<Result<unknown, 'cannot-inject'>> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func, args });
    if (!result || (result as { error?: unknown }).error) return err('cannot-inject');
    return ok(result.result);
  } catch {
    return err('cannot-inject');
  }
}

/** An extension file's address (pdf.js's worker and CMaps are fetched from there). */
export const extensionUrl = (path: string): string => browser.runtime.getURL(path);

export const openExtensionPage = (path: string): Promise<browser.Tabs.Tab> =>
  browser.tabs.create({ url: browser.runtime.getURL(path) });

