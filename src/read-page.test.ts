import { describe, expect, it } from 'vitest';
import type { ExtractedPage, ExtractedText, PageLine } from './core/types.js';
import { storiesOf } from './read-page.js';

const page = (kind: ExtractedText['kind'], lines: PageLine[]): ExtractedPage => ({
  kind, title: 'Council approves flood wall', byline: 'By Maria Okafor', authors: [{ name: 'Maria Okafor', role: null }], publishedTime: null, siteName: null, lang: 'en', url: null, canonicalUrl: null,
  text: lines.map((l) => l.text).join('\n\n'), lines,
});
const para = (text: string): PageLine => ({ text, hints: { blockStart: true } });
const heading = (text: string): PageLine => ({ text, hints: { blockStart: true, heading: 2 } });
const sectioned = [
  para('RIVERSIDE — The council voted 5-2 on Thursday to fund the flood wall along the east bank.'),
  para('Construction is expected to begin in September and to last until 2029.'),
  heading('What opponents say'),
  para('WASHINGTON — Federal officials said the grant would be paid out over three years.'),
  para('Opponents argued the wall would cut residents off from the water.'),
];
const chars = (text: string) => [...text.replace(/\s+/g, '')].sort().join('');

describe('storiesOf', () => {
  it('keeps a single article one story: what reads like further stories are its sections', () => {
    const { stories } = storiesOf(page('article', sectioned));
    expect(stories).toHaveLength(1);
    expect(stories[0]!.paragraphs).toContain('What opponents say');
    expect(stories[0]!.headline).toBe('Council approves flood wall'); // from the page's metadata
    expect(stories[0]!.byline).toBe('By Maria Okafor');
  });

  it('loses nothing when it joins sections', () => {
    const result = storiesOf(page('article', sectioned));
    expect(result.stories).toHaveLength(1); // joined into one story, not left as the fallback's unassigned lines
    const out = [...result.stories.flatMap((s) => [s.kicker, s.subheadline, ...s.paragraphs]), ...result.unassigned].filter(Boolean).join('');
    expect(chars(out)).toBe(chars(sectioned.map((l) => l.text).join('')));
  });

  it('leaves a page of several stories as the restructurer found them', () => {
    expect(storiesOf(page('multi', sectioned)).stories.length).toBeGreaterThan(1);
  });

  it('has no stories on a page without an article', () => {
    expect(storiesOf(page('none', []))).toEqual({ language: 'en', stories: [], unassigned: [] });
  });
});
