import { describe, expect, it } from 'vitest';
import { editPatch, isEmptyPatch, patchAnnotations, rebaseEdit } from './edit.js';

const base = { tags: ['water', 'West'], summary: '', note: 'old note' };

describe('an edit as what the reader changed', () => {
  it('is the tags added and removed and the fields changed, nothing else', () => {
    expect(editPatch(base, { ...base, tags: ['West', 'drought'] })).toEqual({ addTags: ['drought'], removeTags: ['water'] });
    expect(editPatch(base, { ...base, summary: 'Low reservoirs.' })).toEqual({ summary: 'Low reservoirs.' });
    expect(editPatch(base, { ...base, note: '' })).toEqual({ note: '' });
    expect(isEmptyPatch(editPatch(base, { ...base, tags: [...base.tags] }))).toBe(true);
  });

  it('applied to a copy saved elsewhere since, keeps that copy’s changes to what the reader left alone', () => {
    const theirs = { tags: ['water', 'West', 'climate'], summary: 'Theirs.', note: 'old note' };
    const mine = { tags: ['West', '干旱'], summary: '', note: 'my note' };
    expect(rebaseEdit(base, mine, theirs)).toEqual({ tags: ['West', 'climate', '干旱'], summary: 'Theirs.', note: 'my note' });
    // Nothing changed here: the other copy as it is.
    expect(rebaseEdit(base, base, theirs)).toEqual(theirs);
    // Applying the same edit again changes nothing (a save arriving back through the change feed).
    const once = patchAnnotations(theirs, editPatch(base, mine));
    expect(patchAnnotations(once, editPatch(base, mine))).toEqual(once);
  });

  it('matches tags as tags: case and width do not make a tag added or removed', () => {
    expect(editPatch({ ...base, tags: ['Climate'] }, { ...base, tags: ['climate'] })).toEqual({});
  });
});
