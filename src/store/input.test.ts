import { describe, expect, it } from 'vitest';
import { storyInputs } from './input.js';
import { storyOf } from './test-stories.js';

const page = { url: 'https://m.example.com/a?utm_source=x', canonicalUrl: 'https://example.com/a', siteName: 'Example', title: 'A — Example', publishedTime: '2024-07-07' };
const stories = [storyOf('One', ['1.']), storyOf('Two', ['2.'])];

describe('storyInputs', () => {
  it('gives every story of the page the page’s facts, identified by the canonical URL', () => {
    expect(storyInputs(page, stories)).toEqual(
      stories.map((story) => ({ url: 'https://example.com/a', story, site: 'Example', pageTitle: 'A — Example', publishedTime: '2024-07-07' })),
    );
  });

  it('falls back to the page URL, then the tab URL', () => {
    expect(storyInputs({ ...page, canonicalUrl: null }, stories)[0]?.url).toBe(page.url);
    expect(storyInputs({ ...page, canonicalUrl: null, url: null }, stories, 'https://tab.example/x')[0]?.url).toBe('https://tab.example/x');
  });
});
