import { describe, expect, it } from 'vitest';
import { localLock, webLock } from './lock.js';

describe('localLock', () => {
  it('runs critical sections one at a time, in order, and carries on after a failure', async () => {
    const lock = localLock();
    const events: string[] = [];
    const section = (name: string, fail = false) =>
      lock(async () => {
        events.push(`${name} in`);
        await new Promise((resolve) => setTimeout(resolve, 1));
        events.push(`${name} out`);
        if (fail) throw new Error(name);
        return name;
      });
    const results = await Promise.allSettled([section('a'), section('b', true), section('c')]);
    expect(events).toEqual(['a in', 'a out', 'b in', 'b out', 'c in', 'c out']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});

describe('webLock', () => {
  it('asks the Web Locks manager for one named lock', async () => {
    const names: string[] = [];
    const lock = webLock({ request: (name, callback) => (names.push(name), callback()) });
    expect(await lock?.(async () => 42)).toBe(42);
    expect(names).toEqual(['broadsheet-store']);
  });

  it('is absent where the runtime has no Web Locks', () => {
    expect(webLock(undefined)).toBeNull();
  });
});
