import { describe, expect, it } from 'vitest';
import { blocksOf } from './blocks.js';
import { linesOf } from './lines.js';
import type { TextRun } from './model.js';
import { splitRunningHead } from './running-head.js';

const run = (text: string, x: number, baseline: number, size = 10, width = text.length * 5): TextRun =>
  ({ text, x, y: baseline - size, width, height: size, fontSize: size, font: 'Serif', bold: false, dir: 'ltr' });
const column = (x: number, baseline: number, n: number) => Array.from({ length: n }, (_, k) => run(`line ${k} of the column text`, x, baseline + 12 * k, 10, 100));
const textOf = (blocks: ReturnType<typeof blocksOf>) => blocks.map((b) => b.lines.map((l) => l.text).join(' '));

function split(runs: TextRun[]) {
  return splitRunningHead(blocksOf(linesOf(runs).lines), 792, 10);
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
});
