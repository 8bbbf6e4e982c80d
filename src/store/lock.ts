/**
 * Mutual exclusion for read-modify-write. storage.local has no compare-and-set, so two pages of the
 * extension (popup, notes page, another window) that both read a story, change it and write it
 * back would lose one change. The Web Locks API holds a lock across all pages of the extension's
 * origin (Chrome 69+, Firefox 96+); where it is missing, a lock within the page is the fallback.
 */
export type Lock = <T>(critical: () => Promise<T>) => Promise<T>;

const LOCK_NAME = 'broadsheet-store';

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/** A lock shared by every page of the origin, or null where the runtime has no Web Locks. */
export function webLock(locks: LockManagerLike | undefined): Lock | null {
  if (!locks) return null;
  return (critical) => locks.request(LOCK_NAME, critical);
}

/** A lock within one JavaScript realm: callers run one after another, in the order they asked. */
export function localLock(): Lock {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(critical: () => Promise<T>) => {
    const run = tail.then(critical, critical);
    tail = run.catch(() => undefined);
    return run;
  };
}

let sharedLocal: Lock | undefined;

export function defaultLock(): Lock {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  return webLock(locks) ?? (sharedLocal ??= localLock());
}
