/**
 * A stand-in for src/platform/browser.ts — the one module that touches WebExtension APIs — for UI tests:
 * English strings from _locales, an in-memory storage area, and a page whose answer the test sets.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { vi } from 'vitest';
import type { Result } from '../src/core/result.js';
import { decodeAnswer, type ContentRequest, type ContentResponse } from '../src/messages.js';
import { localLock } from '../src/store/lock.js';

const messages: Record<string, { message: string; placeholders?: Record<string, { content: string }> }> = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../public/_locales/en/messages.json'), 'utf8'));

export function t(key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return key;
  const subs = substitutions === undefined ? [] : [substitutions].flat();
  return entry.message.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) => {
    const slot = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return subs[Number(slot.slice(1)) - 1] ?? '';
  });
}

type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;

export class MemoryStorageArea {
  data = new Map<string, unknown>();
  failWrites: string | null = null;
  listeners = new Set<(changes: Changes) => void>();
  private notify(changes: Changes) { for (const listener of this.listeners) listener(structuredClone(changes)); }
  async get(keys?: null | string | string[] | Record<string, unknown>): Promise<Record<string, unknown>> {
    const wanted = keys == null ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
    return Object.fromEntries(wanted.filter((k) => this.data.has(k)).map((k) => [k, structuredClone(this.data.get(k))]));
  }
  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failWrites) throw new Error(this.failWrites);
    const changes: Changes = {};
    for (const [k, v] of Object.entries(items)) { changes[k] = { oldValue: this.data.get(k), newValue: v }; this.data.set(k, structuredClone(v)); }
    this.notify(changes);
  }
  async remove(keys: string | string[]): Promise<void> {
    if (this.failWrites) throw new Error(this.failWrites);
    const changes: Changes = {};
    for (const k of [keys].flat()) if (this.data.has(k)) { changes[k] = { oldValue: this.data.get(k) }; this.data.delete(k); }
    this.notify(changes);
  }
}

export const platform = {
  storage: new MemoryStorageArea(),
  session: new MemoryStorageArea(),
  /** What onPageHide registered: a test calls them as the popup closing would. */
  pageHide: new Set<() => void>(),
  /** What the page answers (decoded as the real askPage decodes it); null: the tab is closed to extensions. */
  answer: null as Result<ContentResponse<'read-page'>> | null,
  /** What the page answers when asked to read a page it links (an article or page view), by address; an address not here is never answered. */
  articleAnswers: new Map<string, Result<ContentResponse<'read-article'>> | Promise<Result<ContentResponse<'read-article'>>>>(),
  /** The linked pages asked for, in order. */
  askedArticles: [] as string[],
  opened: [] as string[],
};

export const fakePlatformModule = () => ({
  t,
  uiLanguage: () => 'en',
  get localStorageArea() { return platform.storage; },
  // stands for Web Locks, which span the extension's pages; UI tests run in one page
  storageLock: localLock(),
  get draftStorageArea() { return platform.session; },
  get sessionStorageArea() { return platform.session; },
  onPageHide: (listener: () => void) => {
    platform.pageHide.add(listener);
    return () => platform.pageHide.delete(listener);
  },
  onLocalStorageChanged: (listener: (changes: Changes) => void) => {
    platform.storage.listeners.add(listener);
    return () => platform.storage.listeners.delete(listener);
  },
  targetTab: vi.fn(async () => ({ id: 7, url: platform.answer?.ok ? platform.answer.value.url : 'chrome://newtab/' })),
  readsClickedTab: () => true,
  askPage: vi.fn(async (_tabId: number, request: ContentRequest) => {
    if (request.type !== 'read-page') {
      platform.askedArticles.push(request.url);
      const answer = await platform.articleAnswers.get(request.url);
      return answer ? decodeAnswer(request.type, structuredClone(answer)) : { ok: false, error: { kind: 'no-answer', detail: 'no answer' } };
    }
    return platform.answer === null ? { ok: false, error: { kind: 'cannot-inject' } } : decodeAnswer(request.type, structuredClone(platform.answer));
  }),
  runInTab: vi.fn(async () => ({ ok: false, error: 'cannot-inject' })),
  extensionUrl: (path: string) => `chrome-extension://test${path}`,
  openExtensionPage: vi.fn(async (path: string) => { platform.opened.push(path); return {}; }),
});
