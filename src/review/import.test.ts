import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storyId } from '../store/identity.js';
import { SCHEMA_VERSION, type SavedStory } from '../store/record.js';
import { createStoryRepository } from '../store/repository.js';
import { memoryStorageArea } from '../store/storage-area.js';
import { arbitrarySavedStory, inputOf, savedStory } from '../store/test-stories.js';
import { EXPORT_FORMAT, exportText, storiesToJson } from './export.js';
import { checkImportSize, importJsonExport, MAX_IMPORT_BYTES, parseJsonExport } from './import.js';

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(1)>javascript:alert(1)';

async function storeWith(...inputs: Parameters<typeof inputOf>[]) {
  const area = memoryStorageArea();
  let t = 1_000;
  const repo = createStoryRepository(area, { now: () => (t += 1000) });
  for (const args of inputs) {
    const saved = await repo.save(inputOf(...args));
    if (!saved.ok) throw new Error(saved.error);
  }
  return { area, repo };
}

async function listOf(repo: ReturnType<typeof createStoryRepository>): Promise<SavedStory[]> {
  const list = await repo.list();
  if (!list.ok) throw new Error(list.error);
  return list.value;
}

/** An export of no stories, for files made wrong from it. */
const good = JSON.parse(await exportText(storiesToJson([]))) as Record<string, unknown>;

describe('importJsonExport', () => {
  it('round-trips: export JSON, import into an empty store, identical records', async () => {
    const { repo } = await storeWith(
      ['https://news.example.cn/a', '市政府部署防汛工作', ['本报讯 市政府召开防汛工作会议。'], { tags: ['防汛'], note: HOSTILE }],
      ['https://news.example.com/b', HOSTILE, [HOSTILE, 'Second.'], { summary: 'Sum', tags: [HOSTILE] }],
    );
    const original = await listOf(repo);
    const empty = createStoryRepository(memoryStorageArea());
    expect(await importJsonExport(empty, await exportText(storiesToJson(original)))).toEqual({ ok: true, value: { added: 2, updated: 0, unchanged: 0 } });
    expect(await listOf(empty)).toEqual(original);
  });

  it('merges into a store by identity: no duplicates, the newer edit wins', async () => {
    const { repo } = await storeWith(['https://e.com/a', 'A', ['a.']], ['https://e.com/b', 'B', ['b.']]);
    const [b, a] = (await listOf(repo)) as [SavedStory, SavedStory];
    const file = await exportText(storiesToJson([{ ...a, note: 'newer', updatedAt: a.updatedAt + 1 }, { ...b, note: 'older', updatedAt: b.updatedAt - 1 }, a]));
    expect(await importJsonExport(repo, file)).toEqual({ ok: true, value: { added: 0, updated: 1, unchanged: 1 } });
    const after = await listOf(repo);
    expect(after).toHaveLength(2);
    expect(after.find((s) => s.id === a.id)?.note).toBe('newer');
    expect(after.find((s) => s.id === b.id)?.note).toBe('');
  });

  it('reads an export that an editor saved with a byte-order mark', async () => {
    const { repo } = await storeWith(['https://e.com/a', 'A', ['a.']]);
    const empty = createStoryRepository(memoryStorageArea());
    expect(await importJsonExport(empty, `\uFEFF${await exportText(storiesToJson(await listOf(repo)))}`)).toEqual({ ok: true, value: { added: 1, updated: 0, unchanged: 0 } });
  });

  it('files a story under the identity of its content, whatever id the file claims', async () => {
    const { repo } = await storeWith(['https://e.com/a', 'A', ['a.']]);
    const [a] = (await listOf(repo)) as [SavedStory];
    const forged = { ...a, id: 'someone-else', note: 'forged', updatedAt: a.updatedAt + 1 };
    expect(await importJsonExport(repo, await exportText(storiesToJson([forged])))).toEqual({ ok: true, value: { added: 0, updated: 1, unchanged: 0 } });
    expect((await listOf(repo)).map((s) => s.id)).toEqual([a.id]);
  });

  it('keeps hostile strings as text, exactly', async () => {
    const empty = createStoryRepository(memoryStorageArea());
    const { repo } = await storeWith(['javascript:alert(1)', HOSTILE, [HOSTILE], { tags: [HOSTILE], summary: HOSTILE }]);
    await importJsonExport(empty, await exportText(storiesToJson(await listOf(repo))));
    const [story] = await listOf(empty);
    expect(story).toMatchObject({ url: 'javascript:alert(1)', title: { headline: HOSTILE }, paragraphs: [HOSTILE], tags: [HOSTILE], summary: HOSTILE });
  });

  describe('refuses a bad file with a clear message and changes nothing', () => {
    const story = { id: 'x', url: 'https://e.com', site: null, title: { kicker: null, headline: 'H', subheadline: null }, byline: null, dateline: null, paragraphs: ['p'], tags: [], summary: '', note: '', savedAt: 1, updatedAt: 1, pageTitle: null, publishedTime: null, page: null, continuesOn: null };
    const cases: [string, string, RegExp][] = [
      ['not JSON', '{"format": "broadsheet-stories", ', /not valid JSON/],
      ['a foreign JSON file', JSON.stringify({ name: 'package', version: '1.0.0' }), /not a Broadsheet export/],
      ['a JSON array', JSON.stringify([story]), /not a Broadsheet export/],
      ['a newer schema', JSON.stringify({ ...good, schemaVersion: SCHEMA_VERSION + 1, stories: [story] }), /newer version of Broadsheet/],
      ['a missing schema version', JSON.stringify({ format: EXPORT_FORMAT, stories: [story] }), /no valid schema version/],
      ['wrong field types', JSON.stringify({ ...good, stories: [story, { ...story, tags: 'a,b' }, { ...story, savedAt: '2024' }] }), /story 2: tags: expected a list of strings; story 3: savedAt/],
      ['a story that is not an object', JSON.stringify({ ...good, stories: [story, 'text'] }), /story 2: is not an object/],
      ['a title block missing', JSON.stringify({ ...good, stories: [{ ...story, title: undefined }] }), /title: not an object/],
      ['a save time no date can hold', JSON.stringify({ ...good, stories: [{ ...story, savedAt: 1e300 }] }), /story 1: savedAt: expected a time in milliseconds/],
      ['an edit time no date can hold (it would win every merge)', JSON.stringify({ ...good, stories: [{ ...story, updatedAt: 1e300 }] }), /story 1: updatedAt: expected a time/],
      ['an edit time far in the future', JSON.stringify({ ...good, stories: [story, { ...story, updatedAt: Date.now() + 365 * 86_400_000 }] }), /story 2: updatedAt: in the future/],
    ];
    for (const [name, text, message] of cases) {
      it(name, async () => {
        const { area, repo } = await storeWith(['https://e.com/a', 'A', ['a.']]);
        const before = new Map(area.data);
        const result = await importJsonExport(repo, text);
        expect(result).toMatchObject({ ok: false, error: expect.stringMatching(message) });
        expect(area.data).toEqual(before);
      });
    }

    it('in the reader’s language', async () => {
      const { area, repo } = await storeWith(['https://e.com/a', 'A', ['a.']]);
      const before = new Map(area.data);
      expect(await importJsonExport(repo, '{"name": "x"}', { locale: 'zh' })).toEqual({ ok: false, error: expect.stringMatching(/^这个文件不是 Broadsheet 导出文件/) });
      expect(checkImportSize(600 * 1024 * 1024, { locale: 'zh' })).toEqual({ ok: false, error: '文件太大，无法导入（600 MB，上限为 500 MB）。' });
      expect(area.data).toEqual(before);
    });

    it('an oversized file, before reading it and after', async () => {
      expect(checkImportSize(MAX_IMPORT_BYTES + 1)).toMatchObject({ ok: false, error: expect.stringMatching(/too large/) });
      expect(checkImportSize(1024)).toEqual({ ok: true, value: undefined });
      // Counted in UTF-8 bytes once read: a Chinese character is three.
      const maxBytes = 3 * 1024 * 1024;
      const padded = (characters: number) => JSON.stringify({ ...good, padding: '中'.repeat(characters) });
      expect(await parseJsonExport(padded(1024 * 1024 + 1), { maxBytes })).toMatchObject({ ok: false, error: expect.stringMatching(/too large/) });
      expect(await parseJsonExport(padded(1024 * 1024 - 100), { maxBytes })).toMatchObject({ ok: true });
    });
  });

  it('reports its progress while it checks a large file, and writes nothing until every story is checked', async () => {
    const { area, repo } = await storeWith(['https://e.com/a', 'A', ['a.']]);
    const [a] = (await listOf(repo)) as [SavedStory];
    const stories = Array.from({ length: 2500 }, (_, i) => ({ ...a, url: `https://e.com/${i}` }));
    const seen: string[] = [];
    const onProgress = ({ checked, total }: { checked: number; total: number }) => seen.push(`${checked}/${total} ${area.data.size}`);
    const stored = area.data.size;
    expect(await importJsonExport(repo, await exportText(storiesToJson(stories)), { onProgress })).toMatchObject({ ok: true, value: { added: 2500, updated: 0 } });
    expect(seen).toEqual([`1000/2500 ${stored}`, `2000/2500 ${stored}`, `2500/2500 ${stored}`]);

    // A file whose last story is damaged: checked to the end, reported, and nothing written.
    const before = new Map(area.data);
    const damaged = [...stories.map((s) => ({ ...s, note: 'changed', updatedAt: s.updatedAt + 1 })), { ...a, savedAt: 'never' }];
    seen.length = 0;
    expect(await importJsonExport(repo, await exportText(storiesToJson(damaged as SavedStory[])), { onProgress })).toMatchObject({ ok: false, error: expect.stringMatching(/^This export is damaged; nothing was imported\. story 2501: /) });
    expect(seen.at(-1)).toBe(`2501/2501 ${before.size}`);
    expect(area.data).toEqual(before);
  });

  it('round-trips any stories through JSON export and import (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(arbitrarySavedStory, { selector: (s) => s.id, maxLength: 6 }), async (stories) => {
        const repo = createStoryRepository(memoryStorageArea());
        const imported = await importJsonExport(repo, await exportText(storiesToJson(stories)));
        expect(imported).toEqual({ ok: true, value: { added: stories.length, updated: 0, unchanged: 0 } });
        const byId = new Map((await listOf(repo)).map((s) => [s.id, s]));
        expect(byId.size).toBe(stories.length);
        for (const s of stories) expect(byId.get(s.id)).toEqual(s);
      }),
      { numRuns: 100 },
    );
  }, 30_000); // a hundred stores written and read back: seconds on a loaded machine

  it('imports an export of schema version 1: its stories have no page and go on nowhere', async () => {
    const repo = createStoryRepository(memoryStorageArea());
    const { page: _page, continuesOn: _on, ...fields } = savedStory({ page: '3', paragraphs: ['Text.'] });
    const version1 = { ...fields, id: storyId(fields.url, { ...fields.title, paragraphs: fields.paragraphs }) };
    const file = JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: 1, exportedAt: '2025-01-01T00:00:00.000Z', stories: [version1] });
    expect(await importJsonExport(repo, file)).toEqual({ ok: true, value: { added: 1, updated: 0, unchanged: 0 } });
    expect(await listOf(repo)).toEqual([{ ...version1, page: null, continuesOn: null }]);
  });
});
