import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, type Migration } from './migrations.js';
import { decodeStoredStory } from './decode.js';

const steps: Record<number, Migration> = {
  1: (r) => ({ ...r, tags: r['tags'] ?? [] }),
  2: ({ body, ...r }) => ({ ...r, paragraphs: String(body).split('\n') }),
};

describe('migrate', () => {
  it('applies each step from the record’s version up to the current one, in order', () => {
    expect(migrate({ body: 'a\nb' }, 1, 3, steps)).toEqual({ ok: true, value: { tags: [], paragraphs: ['a', 'b'] } });
    expect(migrate({ body: 'a', tags: ['x'] }, 2, 3, steps)).toEqual({ ok: true, value: { tags: ['x'], paragraphs: ['a'] } });
  });

  it('leaves a current record as it is', () => {
    const record = { paragraphs: [] };
    expect(migrate(record, 3, 3, steps)).toEqual({ ok: true, value: record });
  });

  it('refuses records from a newer version, unknown versions and missing steps', () => {
    expect(migrate({}, 4, 3, steps)).toMatchObject({ ok: false, error: expect.stringMatching(/newer version/) });
    expect(migrate({}, 0, 3, steps)).toMatchObject({ ok: false });
    expect(migrate({}, 1, 4, steps)).toMatchObject({ ok: false, error: expect.stringMatching(/No migration from schema version 3/) });
    expect(migrate('text', 1, 3, steps)).toMatchObject({ ok: false });
  });
});

describe('the schema steps', () => {
  const version1 = {
    id: 'abc', url: 'https://paper.example/content_1.htm', site: null, title: { kicker: null, headline: '标题', subheadline: null },
    byline: null, dateline: null, paragraphs: ['正文。'], tags: [], summary: '', note: '', savedAt: 1, updatedAt: 2, pageTitle: null, publishedTime: null,
  };

  it('1 → 2: a story saved before pages were kept has no page and goes on nowhere', () => {
    expect(migrate(version1, 1, 2, MIGRATIONS)).toEqual({ ok: true, value: { ...version1, page: null, continuesOn: null } });
  });

  it('a stored version-1 story reads as a current one', () => {
    const read = decodeStoredStory({ v: 1, story: version1 });
    expect(read).toMatchObject({ ok: true, value: { id: 'abc', page: null, continuesOn: null } });
  });

  it('a stored version-2 story keeps its page and where it goes on', () => {
    const read = decodeStoredStory({ v: 2, story: { ...version1, page: '第01版：要闻', continuesOn: '第4版' } });
    expect(read).toMatchObject({ ok: true, value: { page: '第01版：要闻', continuesOn: '第4版' } });
    expect(decodeStoredStory({ v: 2, story: { ...version1, page: 3, continuesOn: null } })).toMatchObject({ ok: false, error: expect.stringMatching(/page/) });
  });
});
