/**
 * Mutual exclusion for read-modify-write. storage.local has no compare-and-set, so two pages of the
 * extension (popup, notes page, another window) that both read a story, change it and write it
 * back would lose one change. The Web Locks API holds a lock across all pages of the extension's
 * origin (Chrome 69+, Firefox 96+). Where it is missing in a browser page, nothing can keep two pages' writes
 * apart, so writes are refused (never reported saved and then lost); outside a browser (Node: one realm, one
 * writer) a lock within the realm serialises them.
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

/** Thrown by `refusingLock`: no lock spans the pages that share this storage. */
export class NoSharedLock extends Error {}

/** A lock that runs nothing: a write that cannot be serialised is refused rather than risked. */
export const refusingLock = (): Lock => () => Promise.reject(new NoSharedLock('no lock spans the pages that share this storage'));

let sharedLocal: Lock | undefined;

export function defaultLock(scope: { navigator?: unknown; document?: unknown } = globalThis): Lock {
  const locks = (scope.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  const shared = webLock(locks);
  if (shared) return shared;
  return scope.document !== undefined ? refusingLock() : (sharedLocal ??= localLock());
}
