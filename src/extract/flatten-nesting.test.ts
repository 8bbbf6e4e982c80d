import { describe, expect, it } from 'vitest';
import { extract } from './extract.node.js';
import { flattenDeepNesting, MAX_NESTING } from './flatten-nesting.js';
import { parseHtml } from './parse-html.node.js';

describe('flattenDeepNesting', () => {
  it('leaves ordinary markup as it is', () => {
    const html = `<html><body><div><p>One <b>two</b><br>three</p><script>if (a < b) { x = "<div>"; }</script></div></body></html>`.repeat(50);
    expect(flattenDeepNesting(html, 10)).toBe(html);
  });

  it('removes only the tags nested beyond the limit, keeping all text in order', () => {
    const html = `<body>${'<div>'.repeat(30)}<p>deep text</p>${'</div>'.repeat(30)}<p>after</p></body>`.padEnd(400, ' ');
    const flat = flattenDeepNesting(html, 10);
    expect(flat).not.toBe(html);
    expect(flat.match(/<div>/g)!.length).toBe(9);
    expect(flat.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')).toBe(html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));
    expect(flat.match(/<div>/g)!.length).toBe(flat.match(/<\/div>/g)!.length);
  });

  it('reads a page nested 100 000 deep as one nested no deeper than the limit, its text whole', () => {
    const depth = 100_000;
    const para = '<p>The council met on Tuesday and agreed the budget for the coming year after a long debate.</p>';
    const html = `<html><body>${'<div>'.repeat(depth)}${para.repeat(5)}${'</div>'.repeat(depth)}</body></html>`;
    // the DOM parser's time grows with the square of the nesting: bounded by the depth it is handed
    let levels = 0;
    for (let el: Element | null = parseHtml(html).querySelector('p'); el; el = el.parentElement) levels++;
    expect(levels).toBeLessThanOrEqual(MAX_NESTING + 3);
    expect(extract(html).text).toContain('agreed the budget for the coming year');
    expect(extract(html).text).not.toMatch(/debate\.The/); // unwrapped blocks do not run together
  }, 90_000);
});
