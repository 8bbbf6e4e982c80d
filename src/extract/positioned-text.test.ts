import { describe, expect, it } from 'vitest';
import { layoutPage } from '../layout/index.js';
import { restructure } from '../restructure/index.js';
import { parseHtml } from './parse-html.node.js';
import { positionedRuns, type BoxReader } from './positioned-text.js';

/** Boxes as a browser would report them, written on each span as data attributes (Node lays nothing out). */
const boxes: BoxReader = (el) => {
  const d = (el as HTMLElement).dataset ?? {};
  if (d.x === undefined) return { x: 0, y: 0, width: 100, height: 16, fontSize: 16, bold: false, vertical: false, positioned: false };
  const size = Number(d.size);
  return { x: Number(d.x), y: Number(d.y), width: Number(d.w), height: size, fontSize: size, bold: d.bold === '1', vertical: false, positioned: true };
};

const span = (text: string, x: number, y: number, w: number, size = 10, bold = false) =>
  `<span style="left: ${x}px; top: ${y}px" data-x="${x}" data-y="${y}" data-w="${w}" data-size="${size}"${bold ? ' data-bold="1"' : ''}>${text}</span>`;

/** Two stories side by side, each a headline over a column of body lines; spans in an order unlike reading order. */
function textLayerPage(): string {
  const spans: string[] = [];
  const column = (x: number, first: string, words: string) => {
    for (let i = 0; i < 24; i++) spans.push(span(i === 0 ? first : `${words} line ${i} of the column text runs on here${i === 23 ? '.' : ''}`, x + (i === 0 ? 10 : 0), 100 + i * 12, i === 23 ? 80 : 180));
  };
  // interleave the two columns' lines in the markup, as a text layer drawn row by row would
  const left: string[] = [], right: string[] = [];
  column(20, 'Harbour bridge reopens after repairs and a long', 'harbour');
  left.push(...spans.splice(0));
  column(320, 'Library opens a new wing for the city', 'library');
  right.push(...spans.splice(0));
  for (let i = 0; i < left.length; i++) spans.push(left[i]!, right[i]!);
  spans.push(span('Bridge reopens', 20, 60, 200, 24, true), span('New library wing', 320, 60, 200, 24, true));
  return `<html><body><nav><a href="/">Home</a></nav><div class="textLayer">${spans.join('')}</div></body></html>`;
}

describe('positioned text layers', () => {
  it('reads a page of positioned spans as runs, and the layout stage finds its stories in reading order', () => {
    const runs = positionedRuns(parseHtml(textLayerPage()), boxes);
    expect(runs).not.toBeNull();
    const page = restructure(layoutPage({ width: 600, height: 500, runs: runs! }));
    expect(page.stories.map((s) => s.headline)).toEqual(['Bridge reopens', 'New library wing']);
    expect(page.stories[0]!.paragraphs.join(' ')).toMatch(/^Harbour bridge reopens/);
    expect(page.stories[0]!.paragraphs.join(' ')).not.toMatch(/library/);
  });

  it('leaves an ordinary page, whose text flows, to the flow reading', () => {
    const html = `<html><body><article><h1>A headline</h1>${'<p>Some text of an ordinary article that flows.</p>'.repeat(80)}</article></body></html>`;
    expect(positionedRuns(parseHtml(html), boxes)).toBeNull();
  });
});
