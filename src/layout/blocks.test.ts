import { describe, expect, it } from 'vitest';
import { blocksOf, bodySize } from './blocks.js';
import type { Block, LayoutLine } from './model.js';

/** A horizontal line of a column: its left and right edge, its baseline, its type size. */
function line(text: string, x0: number, x1: number, baseline: number, size = 10, bold = false): LayoutLine {
  return { text, x0, x1, top: baseline - size, bottom: baseline, baseline, size, bold, font: 'Serif', vertical: false, rotated: false };
}

/** n lines of one column, `pitch` pt apart from `baseline` on. */
function column(name: string, x0: number, x1: number, baseline: number, n: number, pitch = 12, size = 10): LayoutLine[] {
  return Array.from({ length: n }, (_, k) => line(`${name}${k} body text set in the column`, x0, x1, baseline + k * pitch, size));
}

const textsOf = (blocks: readonly Block[]) => blocks.map((b) => b.lines.map((l) => l.text));
const sortByTop = (blocks: readonly Block[]) => [...blocks].sort((a, b) => a.top - b.top || a.x0 - b.x0);

describe('blocksOf', () => {
  it('makes one block of a column\'s lines at a regular pitch, with its box and type', () => {
    const lines = column('a', 72, 172, 100, 6);
    const blocks = blocksOf(lines);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.lines).toEqual(lines);
    expect(blocks[0]).toMatchObject({ x0: 72, x1: 172, top: 90, bottom: 160, size: 10, bold: false, vertical: false });
  });

  it('gives a block the size most of its characters are set in: a short bold date over its text is its text\'s size', () => {
    const blocks = blocksOf([line('Sunday, March 22', 72, 150, 100, 10, true), line('Los Lobos play at the theatre at 7:30 p.m.', 72, 172, 111, 9)]);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.size).toBe(9);
  });

  it('takes the lines in reading order whatever order they come in', () => {
    const lines = column('a', 72, 172, 100, 5);
    const blocks = blocksOf([...lines].reverse());
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.lines.map((l) => l.baseline)).toEqual([100, 112, 124, 136, 148]);
  });

  it('starts a new block after a gap wider than the usual pitch', () => {
    // five lines 12 pt apart, then a gap of two lines' pitch, then three more
    const upper = column('a', 72, 172, 100, 5), lower = column('b', 72, 172, 148 + 24, 3);
    const blocks = sortByTop(blocksOf([...upper, ...lower]));
    expect(textsOf(blocks)).toEqual([upper.map((l) => l.text), lower.map((l) => l.text)]);
  });

  it('keeps a line a little further down (within the usual pitch\'s slack) in the block', () => {
    const lines = [...column('a', 72, 172, 100, 4), line('a4 a little lower', 72, 172, 136 + 14)];
    expect(blocksOf(lines)).toHaveLength(1);
  });

  it('starts a new block where the type changes size', () => {
    const lead = column('lead', 72, 172, 100, 3, 14, 12);
    const text = column('text', 72, 172, 100 + 2 * 14 + 12, 4, 12, 10);
    const blocks = sortByTop(blocksOf([...lead, ...text]));
    expect(blocks.map((b) => b.size)).toEqual([12, 10]);
    expect(textsOf(blocks)).toEqual([lead.map((l) => l.text), text.map((l) => l.text)]);
  });

  it('checks a line\'s size against the block\'s first line too: type stepping down line by line is not one block', () => {
    // 12.1 → 11 → 10: each step within 15 %, the first and the last 21 % apart
    const lines = [line('label', 72, 172, 100, 12.1), line('title', 72, 172, 114, 11), line('text', 72, 172, 127, 10)];
    const blocks = sortByTop(blocksOf(lines));
    expect(textsOf(blocks)).toEqual([['label', 'title'], ['text']]);
  });

  it('keeps neighbouring columns on the same baselines apart', () => {
    const left = column('L', 72, 172, 100, 5), right = column('R', 184, 284, 100, 5);
    // interleaved, as a page drawing row by row would give them
    const lines = left.flatMap((l, k) => [l, right[k]!]);
    const blocks = [...blocksOf(lines)].sort((a, b) => a.x0 - b.x0);
    expect(textsOf(blocks)).toEqual([left.map((l) => l.text), right.map((l) => l.text)]);
    expect(blocks.map((b) => [b.x0, b.x1])).toEqual([[72, 172], [184, 284]]);
  });

  it('does not take a line of the neighbouring column into a block that stops short of it', () => {
    // the left column stops; the next line down is the right column's, half a pitch lower
    const left = column('L', 72, 172, 100, 4);
    const right = [line('R0 right column', 184, 284, 142)];
    const blocks = blocksOf([...left, ...right]);
    expect(blocks).toHaveLength(2);
  });

  it('keeps an indented paragraph start and a centred line in the column\'s block', () => {
    const lines = [
      line('first line', 72, 252, 100),
      line('next line', 72, 252, 112),
      line('an indented paragraph start', 87, 252, 124),
      line('centred', 132, 192, 136),
      line('back at the edge', 72, 252, 148),
      line('short last line', 72, 150, 160),
    ];
    const blocks = blocksOf(lines);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.lines.map((l) => l.text)).toEqual(lines.map((l) => l.text));
  });

  it('does not take a line shifted off the column\'s edges and not centred on it into the block', () => {
    // 110–240 under 72–252: overlapping most of it, but 3.8 em in, 1.2 em short of the right edge, 1.3 em off centre
    const lines = [...column('a', 72, 252, 100, 3), line('shifted', 110, 240, 136)];
    expect(blocksOf(lines)).toHaveLength(2);
  });

  it('makes every vertical or rotated line a block of its own', () => {
    const ttb = (text: string, x: number): LayoutLine => ({ text, x0: x, x1: x + 12, top: 100, bottom: 148, baseline: 100, size: 12, bold: false, font: 'Song', vertical: true, rotated: false });
    const rotated = { ...line('credit', 72, 100, 200), rotated: true };
    const blocks = blocksOf([ttb('竖排标题', 400), ttb('竖排正文', 414), rotated, ...column('a', 72, 172, 212, 3)]);
    expect(blocks).toHaveLength(4);
    expect(blocks.filter((b) => b.vertical).map((b) => b.lines.map((l) => l.text))).toEqual([['竖排标题'], ['竖排正文']]);
    expect(blocks.find((b) => b.lines[0]!.rotated)!.lines).toHaveLength(1);
  });

  it('calls a block bold when most of its characters are bold', () => {
    const lines = [line('a long bold line of type', 72, 172, 100, 10, true), line('short', 72, 172, 112)];
    expect(blocksOf(lines)[0]!.bold).toBe(true);
    const mostlyRoman = [line('bold', 72, 172, 100, 10, true), line('a long roman line of type', 72, 172, 112)];
    expect(blocksOf(mostlyRoman)[0]!.bold).toBe(false);
  });
});

describe('bodySize', () => {
  it('is the size most characters are set in, not the size of most lines', () => {
    const body = column('b', 72, 172, 300, 3, 11, 9); // 3 long lines of 9 pt
    const shortLines = Array.from({ length: 5 }, (_, k) => line(`n${k} short`, 72, 172, 100 + 14 * k, 12)); // 5 short lines of 12 pt
    const headline = line('Headline', 72, 300, 60, 30);
    expect(bodySize([headline, ...shortLines, ...body])).toBe(9);
  });

  it('rounds sizes to a quarter point so that a column\'s slightly different sizes count together', () => {
    const lines = [line('aaaaaaaaaa', 0, 1, 10, 9.02), line('bbbbbbbbbb', 0, 1, 20, 8.98), line('cccccccccccccc', 0, 1, 30, 12)];
    expect(bodySize(lines)).toBe(9);
  });

  it('is 10 for a page with no text', () => {
    expect(bodySize([])).toBe(10);
  });
});
