import { describe, expect, it } from 'vitest';
import type { PageLine } from '../core/types.js';
import { restructure } from '../restructure/index.js';
import { layoutPage } from './index.js';
import type { PositionedPage, TextRun } from './model.js';

/*
 * Synthetic pages: body type 10 pt on a 12 pt pitch in columns 100 pt wide (72–172, 184–284), headlines 24 pt.
 * A column is given as its lines; '¶' opens a paragraph (set in 1 em), and a paragraph's last line stops short
 * of the column's right edge, as justified text does.
 */
function run(text: string, x: number, baseline: number, size = 10, extra: Partial<TextRun> = {}): TextRun {
  return { text, x, y: baseline - size, width: text.length * 0.5 * size, height: size, fontSize: size, font: 'Times-Roman', bold: false, dir: 'ltr', ...extra };
}

function column(x0: number, baseline: number, lines: readonly string[], pitch = 12): TextRun[] {
  return lines.map((spec, k) => {
    const start = spec.startsWith('¶');
    const text = start ? spec.slice(1) : spec;
    const last = k === lines.length - 1 || lines[k + 1]!.startsWith('¶');
    const x = x0 + (start ? 10 : 0);
    const width = last ? Math.min(text.length * 4.5, x0 + 100 - x) : x0 + 100 - x;
    return run(text, x, baseline + k * pitch, 10, { width });
  });
}

const headline = (text: string, x0: number, x1: number, baseline: number, size = 24, extra: Partial<TextRun> = {}) =>
  run(text, x0, baseline, size, { width: x1 - x0, ...extra });

const page = (runs: TextRun[], extra: Partial<PositionedPage> = {}): PositionedPage => ({ width: 612, height: 792, runs, ...extra });
const nonBlank = (lines: readonly PageLine[]) => lines.filter((l) => l.text !== '');
const find = (lines: readonly PageLine[], text: string) => {
  const l = lines.find((x) => x.text === text);
  if (!l) throw new Error(`no line ${JSON.stringify(text)} in ${JSON.stringify(lines.map((x) => x.text))}`);
  return l;
};

const COUNCIL_A = [
  '¶The city council voted on', 'Tuesday to approve a new park', 'on the old rail yard, ending a', 'long debate over the site.',
  '¶Work on the park will start', 'in the spring, the mayor said,', 'and the first trees will be', 'planted before the summer.',
];
const COUNCIL_B = [
  '¶The plan includes a play-', 'ground, a pond and a path', 'along the river for walkers', 'and for cyclists.',
  '¶Residents who spoke at the', 'meeting were mostly in favour', 'of the plan and its cost.',
];
const STORM_C = ['¶Strong winds closed the har-', 'bour on Wednesday morning,', 'and all ferries stayed in port', 'until the storm had passed.'];
const STORM_D = ['¶Fishermen said the waves were', 'the highest they had seen in', 'years along this coast.'];

describe('layoutPage: titles', () => {
  it('puts the title lines first, as headings, the first opening the story, sized against the body', () => {
    const out = layoutPage(page([
      ...column(72, 160, COUNCIL_A), ...column(184, 160, COUNCIL_B),
      headline('Council approves new park', 72, 284, 100),
      headline('A long debate ends in a vote', 72, 250, 124, 14),
    ])).lines;
    const lines = nonBlank(out);
    expect(lines.slice(0, 2)).toEqual([
      { text: 'Council approves new park', hints: { heading: 1, storyStart: true, fontScale: 2.4 } },
      { text: 'A long debate ends in a vote', hints: { heading: 1, fontScale: 1.4 } },
    ]);
    // the story's text follows, column A before column B, no line a heading or a story start
    expect(lines.slice(2).map((l) => l.text)).toEqual([...COUNCIL_A, ...COUNCIL_B].map((t) => t.replace('¶', '')));
    expect(lines.slice(2).every((l) => l.hints?.heading === undefined && l.hints?.storyStart === undefined && l.hints?.fontScale === undefined)).toBe(true);
    expect(out[0]!.text).not.toBe('');
  });

  it('reads a headline set in bold as bold, and a larger body as the unit of fontScale', () => {
    const body = (x0: number) => Array.from({ length: 8 }, (_, k) => run(`line ${k} of the column text`, x0, 140 + 14 * k, 12, { width: 100 }));
    const lines = nonBlank(layoutPage(page([headline('Bold headline', 72, 284, 100, 30, { bold: true }), ...body(72), ...body(184)])).lines);
    expect(lines[0]).toEqual({ text: 'Bold headline', hints: { heading: 1, storyStart: true, fontScale: 2.5, bold: true } });
  });
});

describe('layoutPage: paragraph starts', () => {
  it('gives lines set in 0.6 em or more from the column\'s usual left edge an indent in em, and other lines 0', () => {
    const lines = [
      run('set in one em opens it', 82, 130, 10, { width: 90 }),
      run('then the column edge', 72, 142, 10, { width: 100 }),
      run('set in 0.4 em: no indent', 76, 154, 10, { width: 96 }),
      run('back at the edge again', 72, 166, 10, { width: 100 }),
      run('set in 0.6 em opens one', 78, 178, 10, { width: 94 }),
      run('and the edge', 72, 190, 10, { width: 100 }),
      run('set in two em', 92, 202, 10, { width: 80 }),
      run('the last line', 72, 214, 10, { width: 60 }),
    ];
    const out = nonBlank(layoutPage(page([headline('Council approves new park', 72, 172, 100), ...lines])).lines);
    expect(out.slice(1).map((l) => [l.text, l.hints?.indent])).toEqual([
      ['set in one em opens it', 1],
      ['then the column edge', 0],
      ['set in 0.4 em: no indent', 0],
      ['back at the edge again', 0],
      ['set in 0.6 em opens one', 0.6],
      ['and the edge', 0],
      ['set in two em', 2],
      ['the last line', 0],
    ]);
  });

  it('measures the indent from each column\'s own edge', () => {
    const out = nonBlank(layoutPage(page([headline('Council approves new park', 72, 284, 100), ...column(72, 130, COUNCIL_A), ...column(184, 130, COUNCIL_B)])).lines);
    const indents = out.slice(1).map((l) => l.hints?.indent);
    expect(indents).toEqual([...COUNCIL_A, ...COUNCIL_B].map((t) => (t.startsWith('¶') ? 1 : 0)));
  });

  it('a line set centred where paragraphs are set flush (a calendar\'s days) is no indent: the lines\' ends tell the paragraphs', () => {
    const lines = [
      run('MONDAY, MAY 2', 100, 130, 10, { width: 44 }),
      run('CHESS CLUB: 3 p.m. at the', 72, 142, 10, { width: 100 }), run('library. Free.', 72, 154, 10, { width: 60 }),
      run('QUILTS: 10 a.m. at the hall,', 72, 166, 10, { width: 100 }), run('all welcome.', 72, 178, 10, { width: 50 }),
      run('TUESDAY, MAY 3', 98, 190, 10, { width: 48 }),
      run('BOOK CLUB: noon at the cafe', 72, 202, 10, { width: 100 }), run('on Main Street.', 72, 214, 10, { width: 60 }),
    ];
    const out = nonBlank(layoutPage(page([headline('What is on', 72, 172, 100), ...lines])).lines);
    // an indent would tell the restructurer that indents mark this story's paragraphs, and only the days would open one
    expect(out.slice(1).map((l) => l.hints?.indent)).toEqual(Array(8).fill(0));
  });

  it('a line set centred where paragraphs are indented (a section\'s date) opens a paragraph, and so does the line after it', () => {
    const lines = [...column(72, 130, COUNCIL_A), run('Aug. 3, 1922', 98, 226, 10, { width: 48 }), ...column(72, 238, ['The mill burned down on', 'the night of the storm.'])];
    const out = nonBlank(layoutPage(page([headline('Council approves new park', 72, 172, 100), ...lines])).lines);
    expect(find(out, 'Aug. 3, 1922').hints?.indent).toBeGreaterThan(0);
    expect(find(out, 'The mill burned down on').hints?.indent).toBe(1);
  });

  it('does not read the lines beside a drop capital as indented', () => {
    const lines = Array.from({ length: 8 }, (_, k) => k < 2
      ? run(k === 0 ? 'he first line of the story' : 'beside the capital too', 92, 130 + 12 * k, 10, { width: 80 })
      : run(`line ${k} at the column edge`, 72, 130 + 12 * k, 10, { width: 100 }));
    const out = nonBlank(layoutPage(page([headline('Council approves new park', 72, 172, 100), ...lines, run('T', 72, 151, 30, { width: 18 })])).lines);
    expect(out.map((l) => l.text)).toEqual(['Council approves new park', 'The first line of the story', 'beside the capital too', ...lines.slice(2).map((r) => r.text)]);
    expect(out.slice(1).map((l) => l.hints?.indent)).toEqual(Array(8).fill(0));
  });
});

describe('layoutPage: crossheads and furniture', () => {
  const crossheadPage = () => page([
    headline('Council approves new park', 72, 284, 100),
    ...column(72, 130, COUNCIL_A.concat('and the last line of it all.')), // 120–214
    // a crosshead set centred over two lines, bold
    headline('A new section', 86, 158, 238, 12, { bold: true }), headline('opens here', 92, 152, 252, 12, { bold: true }),
    run('Text after the crosshead', 72, 276, 10, { width: 100 }), run('runs on at the column edge', 72, 288, 10, { width: 100 }), run('to the end.', 72, 300, 10, { width: 50 }),
    ...column(184, 130, COUNCIL_B.concat(COUNCIL_B)),
  ]);

  it('gives a crosshead as one line, bold, indented, in its place; the line after it opens a paragraph', () => {
    const out = nonBlank(layoutPage(crossheadPage()).lines);
    const k = out.findIndex((l) => l.text.startsWith('A new section'));
    expect(out[k]).toEqual({ text: 'A new section opens here', hints: { bold: true, indent: 1 } });
    expect(out[k - 1]!.text).toBe('and the last line of it all.');
    expect(out[k + 1]!.text).toBe('Text after the crosshead');
    expect(out[k + 1]!.hints!.indent).toBeGreaterThanOrEqual(1);
    expect(out[k + 2]!.hints!.indent).toBe(0);
    // the second column follows the first, crosshead and all
    expect(out[k + 4]!.text).toBe('The plan includes a play-');
    expect(out.filter((l) => l.hints?.heading)).toHaveLength(1);
  });

  it('marks furniture lines (a caption, a folio) as captions, after the stories', () => {
    const out = layoutPage(page([
      headline('Council approves new park', 72, 284, 100), ...column(72, 130, COUNCIL_A), ...column(184, 130, COUNCIL_B),
      run('The rail yard today.', 184, 230, 8, { width: 80 }), run('Photo: City archive', 184, 240, 8, { width: 80 }),
      run('Page 7', 300, 780, 8),
    ])).lines;
    const caption = find(out, 'The rail yard today.');
    expect(caption.hints).toMatchObject({ caption: true, fontScale: 0.8 });
    expect(find(out, 'Photo: City archive').hints!.caption).toBe(true);
    expect(find(out, 'Page 7').hints!.caption).toBe(true);
    const texts = out.map((l) => l.text);
    expect(texts.indexOf('The rail yard today.')).toBeGreaterThan(texts.indexOf('of the plan and its cost.'));
    // the story's own lines are no captions
    expect(out.filter((l) => l.hints?.caption).map((l) => l.text).sort()).toEqual(['Page 7', 'Photo: City archive', 'The rail yard today.']);
  });

  it('reads an overprinted title once', () => {
    const title = headline('Council approves new park', 72, 284, 100);
    const out = nonBlank(layoutPage(page([title, { ...title, x: 72.3 }, ...column(72, 130, COUNCIL_A), ...column(184, 130, COUNCIL_B)])).lines);
    expect(out.filter((l) => l.text === 'Council approves new park')).toHaveLength(1);
  });
});

describe('layoutPage → restructure', () => {
  const twoStories = () => page([
    headline('Council approves new park', 72, 284, 100),
    ...column(72, 130, COUNCIL_A), ...column(184, 130, COUNCIL_B), // down to 214
    headline('Storm closes the harbour', 72, 284, 250),
    ...column(72, 280, STORM_C), ...column(184, 280, STORM_D),
    run('Page 7', 300, 780, 8),
  ]);

  it('gives two stories with their headlines and whole paragraphs, a word broken at a line end repaired', () => {
    const result = restructure(layoutPage(twoStories()));
    expect(result.language).toBe('en');
    expect(result.stories.map((s) => s.headline)).toEqual(['Council approves new park', 'Storm closes the harbour']);
    expect(result.stories[0]!.paragraphs).toEqual([
      'The city council voted on Tuesday to approve a new park on the old rail yard, ending a long debate over the site.',
      'Work on the park will start in the spring, the mayor said, and the first trees will be planted before the summer.',
      'The plan includes a playground, a pond and a path along the river for walkers and for cyclists.',
      'Residents who spoke at the meeting were mostly in favour of the plan and its cost.',
    ]);
    expect(result.stories[1]!.paragraphs).toEqual([
      'Strong winds closed the harbour on Wednesday morning, and all ferries stayed in port until the storm had passed.',
      'Fishermen said the waves were the highest they had seen in years along this coast.',
    ]);
    expect(result.unassigned).toEqual(['Page 7']);
  });

  it('reads the first line under a headline as text though its words look like a title (a name runs on to the next line)', () => {
    const result = restructure(layoutPage(page([
      headline('Big screen coming to town', 72, 284, 100),
      ...column(72, 130, ['Developers of Keizer', 'Station said they are in final', 'talks with a cinema chain to', 'bring a screen to the city.']),
    ])));
    expect(result.stories.map((s) => [s.headline, s.subheadline])).toEqual([['Big screen coming to town', null]]);
    expect(result.stories[0]!.paragraphs).toEqual(['Developers of Keizer Station said they are in final talks with a cinema chain to bring a screen to the city.']);
  });

  it('gives a jump line set in small type under a story\'s last column to that story, not to the next', () => {
    const jumping = twoStories();
    jumping.runs.push(run('Please see PARK, Page A7', 200, 214, 8, { width: 84 }));
    const result = restructure(layoutPage(jumping));
    expect(result.stories.map((s) => [s.headline, s.continuesOn])).toEqual([['Council approves new park', 'A7'], ['Storm closes the harbour', undefined]]);
    expect(result.unassigned).toEqual(expect.arrayContaining(['Please see PARK, Page A7']));
    expect(result.stories[0]!.paragraphs.join(' ')).not.toMatch(/Please see/);
  });
});

describe('layoutPage: cases found by testing', () => {
  const filler = (name: string, x0: number, baseline: number, n: number) =>
    Array.from({ length: n }, (_, k) => run(`${name}${k} text of the column here`, x0, baseline + k * 12, 10, { width: 100 }));

  it('keeps the vertical line set beside a kicker when the kicker joins the headline under it', () => {
    const runs = [
      run('KICKER OVER THE STORY', 72, 100, 14, { width: 212 }),
      { text: '记者张三', x: 200, y: 104, width: 10, height: 40, fontSize: 10, font: 'Song', bold: false, dir: 'ttb' } as TextRun,
      run('Headline', 72, 144, 24, { width: 100 }),
      ...filler('A', 72, 170, 10),
    ];
    expect(layoutPage(page(runs)).lines.map((l) => l.text)).toContain('记者张三');
  });

  it('keeps a headline over its columns when a small byline stands right under it', () => {
    const runs = [run('Council approves the park', 72, 100, 24, { width: 212 }), run('By Jane Doe', 72, 114, 8), ...filler('A', 72, 134, 10), ...filler('B', 184, 134, 10)];
    expect(find(layoutPage(page(runs)).lines, 'Council approves the park').hints).toMatchObject({ heading: 1, storyStart: true });
  });

  it('takes a headline in a column under a shorter column of another story for a headline, not a pull quote', () => {
    const runs = [run('First story', 72, 100, 24, { width: 212 }), ...filler('A', 72, 130, 21), ...filler('B', 184, 130, 9), run('Second story', 184, 262, 24, { width: 100 }), ...filler('C', 184, 290, 8)];
    expect(find(layoutPage(page(runs)).lines, 'Second story').hints).toMatchObject({ heading: 1, storyStart: true });
  });
});

describe('layoutPage: hostile input', () => {
  const allText = (runs: TextRun[]) => layoutPage(page(runs)).lines.map((l) => l.text).join('\n');

  it('reads two runs holding lone halves of a surrogate pair as two U+FFFD, never as the character they would pair into', () => {
    const text = allText([run('\ud800', 72, 100), run('\udc00', 77, 100)]);
    expect(text).not.toContain('\u{10000}');
    expect([...text].filter((c) => c === '\ufffd')).toHaveLength(2);
  });

  it('keeps a whole surrogate pair in one run as its character', () => {
    expect(allText([run('𠀀字', 72, 100)])).toBe('𠀀字');
  });

  it('keeps every run placed or sized at NaN or Infinity, equal texts apart, without throwing', () => {
    const runs = [
      run('same', Number.NaN, Number.NaN), run('same', Number.NaN, Number.NaN),
      run('wide', Number.POSITIVE_INFINITY, 100), run('tall', 72, 100, Number.NaN, { height: Number.NaN, width: Number.POSITIVE_INFINITY }),
    ];
    const text = allText(runs);
    expect(text.match(/same/g)).toHaveLength(2);
    expect(text).toContain('wide');
    expect(text).toContain('tall');
  });

  it('says nothing was cut on an ordinary page', () => {
    expect(layoutPage(page(column(72, 100, COUNCIL_A))).truncated).toBeUndefined();
  });
});
