// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { ARTICLE_PARAGRAPHS, articlePage } from './test-pages.js';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const paragraphs = ARTICLE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');

describe('a page that overrides built-ins', () => {
  const restore: (() => void)[] = [];
  afterEach(() => restore.splice(0).forEach((undo) => undo()));

  function override(target: object, key: string, descriptor: PropertyDescriptor): void {
    const original = Object.getOwnPropertyDescriptor(target, key);
    Object.defineProperty(target, key, { configurable: true, ...descriptor });
    restore.push(() => (original ? Object.defineProperty(target, key, original) : delete (target as Record<string, unknown>)[key]));
  }

  it('cannot break extraction', () => {
    const doc = parse(articlePage);
    const expected = extractDocument(doc).text;
    const boom = () => {
      throw new Error('page says no');
    };
    let text = '';
    let failure: unknown = null;
    try {
      for (const method of ['map', 'filter', 'sort', 'find', 'reduce']) override(Array.prototype, method, { value: boom, writable: true });
      override(Node.prototype, 'textContent', { get: () => 'hijacked' });
      override(Node.prototype, 'childNodes', { get: boom });
      override(Element.prototype, 'getAttribute', { value: () => 'hijacked', writable: true });
      override(Element.prototype, 'querySelectorAll', { value: boom, writable: true });
      override(window, 'getComputedStyle', { value: boom, writable: true });
      text = extractDocument(doc).text;
    } catch (error) {
      failure = error;
    } finally {
      // Restored before asserting, so the test runner works again.
      for (let i = restore.length - 1; i >= 0; i--) restore[i]!();
      restore.length = 0;
    }
    expect(failure).toBeNull();
    expect(text).toBe(expected);
  });
});

describe('a very large or deep page', () => {
  it('reads text under 10 000 nested elements without overflowing the stack', () => {
    const depth = 10_000;
    // (parsing this in happy-dom is slow; the allowance below is for the parser)
    const html = `<html><body>${'<div>'.repeat(depth)}${paragraphs}${'</div>'.repeat(depth)}</body></html>`;
    const doc = parse(html);
    const page = extractDocument(doc);
    expect(page.text).toBe(ARTICLE_PARAGRAPHS.join('\n\n'));
  }, 60_000);

  it('reads an article inside a 100 000-node page', () => {
    const links = Array.from({ length: 25_000 }, (_, i) => `<li><a href="/${i}">Link ${i}</a></li>`).join('');
    const doc = parse(`<html><body><nav><ul>${links}</ul></nav><article>${paragraphs}</article></body></html>`);
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(50_000);
    const page = extractDocument(doc);
    expect(page.kind).toBe('article');
    expect(page.text).toBe(ARTICLE_PARAGRAPHS.join('\n\n'));
  }, 60_000); // happy-dom takes seconds to parse 100 000 nodes on a small machine
});

describe('what is never text', () => {
  it('skips script, style, noscript, template and hidden elements', () => {
    const hidden = ['<script>var x = "SCRIPT";</script>', '<style>p::after{content:"STYLE"}</style>', '<noscript>NOSCRIPT</noscript>',
      '<template><p>TEMPLATE</p></template>', '<p hidden>HIDDEN</p>', '<p style="display: none">NONE</p>'].join('');
    const page = extractDocument(parse(`<html><body><article>${paragraphs}${hidden}</article></body></html>`));
    expect(page.text).toBe(ARTICLE_PARAGRAPHS.join('\n\n'));
  });
});

describe('reading only', () => {
  it('never changes the page, whatever its markup', () => {
    const tags = ['div', 'p', 'span', 'a', 'b', 'article', 'section', 'ul', 'li', 'h2', 'pre', 'br', 'nav', 'aside', 'figure', 'figcaption'];
    // Random tag soup: the HTML parser turns any sequence of open and close tags into some tree.
    const token = fc.oneof(
      fc.record({ tag: fc.constantFrom(...tags), cls: fc.constantFrom('', 'content', 'share', 'related', 'story-body', 'comment', 'caption') })
        .map(({ tag, cls }) => (tag === 'br' ? '<br>' : `<${tag} class="${cls}">`)),
      fc.constantFrom(...tags).map((tag) => `</${tag}>`),
      fc.string({ maxLength: 40 }).map(escape),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => {
        const doc = parse(`<html><body>${tokens.join('')}${paragraphs}</body></html>`);
        const before = doc.documentElement.outerHTML;
        const page = extractDocument(doc);
        expect(doc.documentElement.outerHTML).toBe(before);
        // Every line is text the page shows: no tags, no untrimmed lines; a blank line only between two lines of text.
        page.lines.forEach((line, i) => {
          expect(line.text.trim()).toBe(line.text);
          if (!line.text) expect(page.lines[i - 1]?.text && page.lines[i + 1]?.text, 'blank line between lines of text').toBeTruthy();
          expect(line.text).not.toMatch(new RegExp(`</?(${tags.join('|')})[ >]`));
        });
      }),
      { numRuns: 60 },
    );
  });
});

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
