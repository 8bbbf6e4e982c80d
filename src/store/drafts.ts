/**
 * What the reader typed in the popup and has not saved yet: one record per story ("draft:<story id>"),
 * written as they type (a short quiet spell after the last keystroke, so typing costs no write per key),
 * read back when the popup opens on that page again, removed on Save or Discard. A draft is never a saved
 * story: the reader's library stays the `story:` records alone.
 */
import type { Locale } from '../annotate/messages.js';
import { err, ok, type Result } from '../core/result.js';
import { isObject, isStringArray, isTime } from './decode.js';
import type { Annotations } from './record.js';
import type { StorageArea } from './storage-area.js';
import { attemptStorage } from './storage-error.js';

/** Bumped whenever Draft changes shape: a draft of another version is ignored (a draft is not worth a migration). */
export const DRAFT_VERSION = 1;
export const DRAFT_KEY_PREFIX = 'draft:';
/** Older than this, a draft is stale: the reader has long moved on, and it is dropped unseen. */
export const DRAFT_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;
const WRITE_DELAY_MS = 400;

export interface Draft extends Annotations {
  /** The saved story's updatedAt when the draft was begun (null: not saved then), so a save made since shows. */
  basedOn: number | null;
  updatedAt: number;
}

export interface DraftStore {
  /** The drafts of these stories; stale, malformed and other-version records are ignored and removed. */
  read(ids: readonly string[]): Promise<Result<Map<string, Draft>>>;
  /** Writes the story's draft after a quiet spell; a later keep() of the same story replaces it. */
  keep(id: string, draft: Omit<Draft, 'updatedAt'>): void;
  /** Writes every pending draft now (the popup is closing). */
  flush(): Promise<Result<void>>;
  /** The stories' drafts, pending and stored, are gone (saved or discarded). */
  clear(ids: readonly string[]): Promise<Result<void>>;
}

export interface DraftStoreOptions {
  delayMs?: number;
  now?: () => number;
  maxAgeMs?: number;
  locale?: Locale;
}

interface StoredDraft extends Draft {
  v: number;
}

const keyOf = (id: string): string => `${DRAFT_KEY_PREFIX}${id}`;

export function createDraftStore(area: StorageArea, options: DraftStoreOptions = {}): DraftStore {
  const delayMs = options.delayMs ?? WRITE_DELAY_MS;
  const now = options.now ?? Date.now;
  const maxAgeMs = options.maxAgeMs ?? DRAFT_MAX_AGE_MS;
  const locale = options.locale ?? 'en';
  const pending = new Map<string, StoredDraft>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  const cancelTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  async function flush(): Promise<Result<void>> {
    cancelTimer();
    if (!pending.size) return ok(undefined);
    const items = Object.fromEntries([...pending].map(([id, draft]) => [keyOf(id), draft]));
    pending.clear();
    return attemptStorage('save', () => area.set(items), locale);
  }

  return {
    async read(ids) {
      const raw = await attemptStorage('read', () => area.get(ids.map(keyOf)), locale);
      if (!raw.ok) return raw;
      const found = new Map<string, Draft>();
      const ignored: string[] = [];
      for (const id of ids) {
        const value = raw.value[keyOf(id)];
        if (value === undefined) continue;
        const draft = decodeDraft(value, now() - maxAgeMs);
        if (draft.ok) found.set(id, draft.value);
        else ignored.push(keyOf(id));
      }
      // Best effort: an ignored record left behind is ignored again next time.
      if (ignored.length) await attemptStorage('delete', () => area.remove(ignored), locale);
      return ok(found);
    },
    keep(id, draft) {
      pending.set(id, { v: DRAFT_VERSION, ...draft, updatedAt: now() });
      cancelTimer();
      timer = setTimeout(() => void flush(), delayMs);
    },
    flush,
    async clear(ids) {
      for (const id of ids) pending.delete(id);
      if (!pending.size) cancelTimer();
      return attemptStorage('delete', () => area.remove(ids.map(keyOf)), locale);
    },
  };
}

/** A stored draft of this version, no older than `notBefore`, field by field; anything else is an error. */
export function decodeDraft(value: unknown, notBefore: number): Result<Draft> {
  if (!isObject(value)) return err('not an object');
  if (value['v'] !== DRAFT_VERSION) return err(`draft version ${String(value['v'])}`);
  const { tags, summary, note, basedOn, updatedAt } = value;
  if (!isStringArray(tags) || typeof summary !== 'string' || typeof note !== 'string') return err('malformed annotations');
  if (!(basedOn === null || isTime(basedOn)) || !isTime(updatedAt)) return err('malformed times');
  if ((updatedAt as number) < notBefore) return err('stale');
  return ok({ tags: [...(tags as string[])], summary, note, basedOn: basedOn as number | null, updatedAt: updatedAt as number });
}
