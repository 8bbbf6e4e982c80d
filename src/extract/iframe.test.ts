import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { ARTICLE_PARAGRAPHS } from './test-pages.js';

describe('a same-origin iframe', () => {
  it('is read in place as part of the page (many e-paper sites show the text layer in one)', () => {
    // happy-dom does not load frame documents: the frame's document is a second parsed page, handed to
    // the <iframe> element the way a browser exposes a same-origin frame's `contentDocument`.
    const window = new Window({ url: 'https://epaper.example/' });
    const parser = new window.DOMParser();
    const outer = parser.parseFromString('<body><nav><a href="/">Home</a> <a href="/b">Back issues</a></nav><iframe></iframe><p>After the frame.</p></body>', 'text/html') as unknown as Document;
    const inner = parser.parseFromString(`<body>${ARTICLE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</body>`, 'text/html');
    Object.defineProperty(outer.querySelector('iframe')!, 'contentDocument', { value: inner });
    const page = extractDocument(outer);
    expect(page.text).toBe([...ARTICLE_PARAGRAPHS, 'After the frame.'].join('\n\n'));
  });
});
