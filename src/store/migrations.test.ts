import { describe, expect, it } from 'vitest';
import { migrate, type Migration } from './migrations.js';

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
