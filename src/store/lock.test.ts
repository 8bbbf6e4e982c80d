import { describe, expect, it } from 'vitest';
import { defaultLock, localLock, NoSharedLock, refusingLock, webLock } from './lock.js';
import { createStoryRepository } from './repository.js';
import { memoryStorageArea } from './storage-area.js';
import { inputOf } from './test-stories.js';

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

describe('defaultLock: writes are serialised or refused, never risked', () => {
  it('uses Web Locks where the page has them, refuses in a browser page without them, and serialises in Node', async () => {
    const requested: string[] = [];
    const locks = { request: <T>(name: string, critical: () => Promise<T>) => { requested.push(name); return critical(); } };
    expect(await defaultLock({ navigator: { locks }, document: {} })(async () => 'web')).toBe('web');
    expect(requested).toEqual(['broadsheet-store']);
    await expect(defaultLock({ navigator: {}, document: {} })(async () => 'written')).rejects.toBeInstanceOf(NoSharedLock);
    expect(await defaultLock({})(async () => 'node')).toBe('node');
  });

  it('a repository whose lock is refused says so and writes nothing', async () => {
    const area = memoryStorageArea();
    const repo = createStoryRepository(area, { lock: refusingLock() });
    const saved = await repo.save(inputOf('https://news.example.com/a', 'A headline', ['Some text.']));
    expect(saved.ok).toBe(false);
    expect(saved.ok ? '' : saved.error).toMatch(/Web Locks/);
    expect(await area.get(null)).toEqual({});
  });
});
