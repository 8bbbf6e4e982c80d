/**
 * What the popup read on a tab, kept for that tab (storage.session: in memory until the browser quits, never on
 * disk) so that opening the popup again on the same address shows it at once instead of reading a long PDF again.
 * Where the browser has no storage.session (Firefox before 115), nothing is kept and the page is read each time.
 */
import type { StorageArea } from '../../src/store/storage-area.js';

/** Bumped whenever what is kept changes shape: a record of another version is read as nothing kept. */
export const TAB_MEMORY_VERSION = 1;
const KEY_PREFIX = 'tab:';
const keyOf = (tabId: number) => `${KEY_PREFIX}${tabId}`;

interface Kept {
  v: number;
  /** The tab's address when it was read: a tab that has gone elsewhere since is read again. */
  url: string;
  /** The value as one JSON text: one string is read back much faster than a deep object. */
  json: string;
}

const isKept = (value: unknown): value is Kept => {
  const kept = value as Partial<Kept> | null;
  return typeof kept === 'object' && kept !== null && kept.v === TAB_MEMORY_VERSION && typeof kept.url === 'string' && typeof kept.json === 'string';
};

export interface TabMemory<T> {
  /** What was kept for the tab at this address, or null. */
  recall(tabId: number, url: string): Promise<T | null>;
  /** Keeps the value for the tab; where the area is full, what other tabs kept makes room. Never fails the caller. */
  remember(tabId: number, url: string, value: T): Promise<void>;
}

export function createTabMemory<T>(area: StorageArea | null): TabMemory<T> {
  if (!area) return { recall: async () => null, remember: async () => undefined };
  const write = (tabId: number, kept: Kept) => area.set({ [keyOf(tabId)]: kept });
  return {
    async recall(tabId, url) {
      try {
        const kept = (await area.get(keyOf(tabId)))[keyOf(tabId)];
        return isKept(kept) && kept.url === url ? (JSON.parse(kept.json) as T) : null;
      } catch {
        return null;
      }
    },
    async remember(tabId, url, value) {
      const kept: Kept = { v: TAB_MEMORY_VERSION, url, json: JSON.stringify(value) };
      try {
        await write(tabId, kept);
      } catch {
        // over the area's quota (10 MB in Chrome): other tabs' readings go, this one is what the reader has open
        try {
          const others = (await area.getKeys?.()) ?? Object.keys(await area.get(null));
          await area.remove(others.filter((key) => key.startsWith(KEY_PREFIX) && key !== keyOf(tabId)));
          await write(tabId, kept);
        } catch {
          // too large even alone: the page is read again next time
        }
      }
    },
  };
}
