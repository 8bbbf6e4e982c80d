import { describe, expect, it } from 'vitest';
import { blocksOf } from './blocks.js';
import { linesOf } from './lines.js';
import type { TextRun } from './model.js';
import { splitRunningHead } from './running-head.js';

const run = (text: string, x: number, baseline: number, size = 10, width = text.length * 5): TextRun =>
  ({ text, x, y: baseline - size, width, height: size, fontSize: size, font: 'Serif', bold: false, dir: 'ltr' });
const column = (x: number, baseline: number, n: number) => Array.from({ length: n }, (_, k) => run(`line ${k} of the column text`, x, baseline + 12 * k, 10, 100));
const textOf = (blocks: ReturnType<typeof blocksOf>) => blocks.map((b) => b.lines.map((l) => l.text).join(' '));

function split(runs: TextRun[], body = 10) {
  return splitRunningHead(blocksOf(linesOf(runs).lines), 792, body);
}

describe('splitRunningHead', () => {
  it('takes the folio line parted from the page by white', () => {
    const { head, rest } = split([run('Page A5', 72, 20, 8), run('Wednesday, August 3', 300, 20, 8), run('Council approves the park', 72, 70, 24, 212), ...column(72, 100, 6)]);
    expect(textOf(head)).toEqual(['Page A5', 'Wednesday, August 3']);
    expect(textOf(rest)).toContain('Council approves the park');
  });

  it('leaves a headline set right under the folio line to the page: it heads its story', () => {
    // no band of white between the folio line and the headline (they stand 14 pt apart)
    const { head, rest } = split([run('Page A5', 72, 20, 8), run('Wednesday, August 3', 300, 20, 8), run('Intern reflects on his summer', 72, 46, 24, 300), ...column(72, 90, 6)]);
    expect(textOf(head)).toEqual(['Page A5', 'Wednesday, August 3']);
    expect(textOf(rest)[0]).toBe('Intern reflects on his summer');
  });

  it('never takes a page\'s opening headline for a running head, whatever type is set under it', () => {
    // a table in 3 pt type sets the body's size; the line under the headline is larger than that, smaller than it
    const table = Array.from({ length: 12 }, (_, k) => run(`r${k} c0 12.5`, 72, 44 + 3.6 * k, 3, 30));
    const { head, rest } = split([run('Results of the county fair', 72, 30, 24, 300), run('The last page carries the tables.', 72, 40, 10, 160), ...table], 3);
    expect(head).toEqual([]);
    expect(textOf(rest)).toContain('Results of the county fair');
  });
});
