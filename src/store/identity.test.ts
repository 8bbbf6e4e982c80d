import { describe, expect, it } from 'vitest';
import { fnv1a64, normalizeUrl, storyId } from './identity.js';
import { storyOf } from './test-stories.js';

describe('normalizeUrl', () => {
  it('drops the fragment and tracking parameters, keeps and orders the rest', () => {
    expect(normalizeUrl('https://News.example.com/a?utm_source=x&b=2&UTM_Medium=y&a=1&fbclid=z#top')).toBe('https://news.example.com/a?a=1&b=2');
    expect(normalizeUrl('https://example.com/a?utm_campaign=x')).toBe('https://example.com/a');
  });

  it('leaves what is not a URL as it is, trimmed', () => {
    expect(normalizeUrl('  not a url ')).toBe('not a url');
  });
});

describe('storyId', () => {
  const story = storyOf('市政府部署防汛工作', ['本报讯 7月7日下午，市政府召开防汛工作会议。', 'Second paragraph.']);

  it('is the same for the same story from the same page, however the URL was decorated', () => {
    const id = storyId('https://example.com/news/1', story);
    expect(storyId('https://example.com/news/1?utm_source=feed#comments', story)).toBe(id);
    expect(id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('ignores width and whitespace differences in title and body', () => {
    const spaced = storyOf(' 市政府部署防汛工作 ', ['本报讯  7月7日下午，市政府召开防汛工作会议。\n', 'Second   paragraph.']);
    const fullWidth = storyOf('市政府部署防汛工作', ['本报讯 ７月７日下午，市政府召开防汛工作会议。', 'Ｓｅｃｏｎｄ paragraph.']);
    expect(storyId('https://example.com/news/1', spaced)).toBe(storyId('https://example.com/news/1', story));
    expect(storyId('https://example.com/news/1', fullWidth)).toBe(storyId('https://example.com/news/1', story));
  });

  it('differs for another page, another title or another body', () => {
    const id = storyId('https://example.com/news/1', story);
    expect(storyId('https://example.com/news/2', story)).not.toBe(id);
    expect(storyId('https://example.com/news/1', { ...story, headline: '另一个标题' })).not.toBe(id);
    expect(storyId('https://example.com/news/1', { ...story, paragraphs: ['Other.'] })).not.toBe(id);
  });
});

describe('fnv1a64', () => {
  it('matches the published FNV-1a 64-bit test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });
});
