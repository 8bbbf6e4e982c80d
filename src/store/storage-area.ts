/**
 * The slice of browser.storage.local the store uses: async, keys to JSON values. The extension
 * passes browser.storage.local itself; tests and Node pass memoryStorageArea().
 */
export interface StorageArea {
  /** null: everything stored. */
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  /** Atomic: all the given keys are written, or (on failure) none. */
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /** Every key, without the values (storage.local.getKeys: Chrome 130+, not everywhere). */
  getKeys?(): Promise<string[]>;
}

/**
 * In memory, with storage.local's semantics: values are copied through JSON on the way in and out,
 * so callers never share objects with the store.
 */
export function memoryStorageArea(initial: Record<string, unknown> = {}): StorageArea & { readonly data: Map<string, string> } {
  const data = new Map(Object.entries(initial).map(([k, v]) => [k, JSON.stringify(v)]));
  return {
    data,
    async get(keys) {
      const wanted = keys === null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
      const result: Record<string, unknown> = {};
      for (const key of wanted) {
        const json = data.get(key);
        if (json !== undefined) result[key] = JSON.parse(json);
      }
      return result;
    },
    async set(items) {
      const encoded = Object.entries(items).map(([k, v]) => [k, JSON.stringify(v)] as const);
      for (const [k, json] of encoded) data.set(k, json);
    },
    async remove(keys) {
      for (const key of typeof keys === 'string' ? [keys] : keys) data.delete(key);
    },
    async getKeys() {
      return [...data.keys()];
    },
  };
}
