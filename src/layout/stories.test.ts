import { describe, expect, it } from 'vitest';
import { blocksOf, bodySize } from './blocks.js';
import { dividersOf } from './dividers.js';
import { linesOf } from './lines.js';
import type { Block, Box, Rule, TextRun } from './model.js';
import { readingOrder, regionsOf, type StoryRegion } from './stories.js';

/*
 * Synthetic pages: body type 10 pt on a 12 pt pitch, columns 100 pt wide with a 12 pt gutter (72–172, 184–284,
 * 296–396), headlines 24 pt. Each column line is one run named after its column ('A3 …' is column A's fourth
 * line), so a block is known by its first line's first word.
 */
function run(text: string, x: number, baseline: number, size = 10, extra: Partial<TextRun> = {}): TextRun {
  return { text, x, y: baseline - size, width: text.length * 0.5 * size, height: size, fontSize: size, font: 'Serif', bold: false, dir: 'ltr', ...extra };
}

function column(name: string, x0: number, baseline: number, n: number, opts: { width?: number; size?: number; pitch?: number } = {}): TextRun[] {
  const { width = 100, size = 10, pitch = 12 } = opts;
  return Array.from({ length: n }, (_, k) => run(`${name}${k} text of the column here`, x0, baseline + k * pitch, size, { width }));
}

const headline = (text: string, x0: number, x1: number, baseline: number, size = 24, extra: Partial<TextRun> = {}) =>
  run(text, x0, baseline, size, { width: x1 - x0, ...extra });

function regions(runs: readonly TextRun[], rules: Rule[] = [], boxes: Box[] = []) {
  const { lines } = linesOf(runs);
  const body = bodySize(lines.filter((l) => !l.vertical && !l.rotated));
  return regionsOf(blocksOf(lines), body, dividersOf(rules, boxes));
}

const nameOf = (b: Block) => b.lines[0]!.text.replace(/\d+ text of the column here$/, '');
const names = (blocks: readonly Block[]) => blocks.map(nameOf);
const titleOf = (s: StoryRegion) => s.title?.blocks.map((b) => b.lines.map((l) => l.text).join(' ')) ?? null;
const storyTitled = (stories: readonly StoryRegion[], text: string) => stories.find((s) => titleOf(s)?.[0] === text);
const allText = (blocks: readonly Block[]) => blocks.flatMap((b) => b.lines.map((l) => l.text));

describe('regionsOf: a title holds the text it stands over', () => {
  it('a headline over two columns holds both, left column first', () => {
    const r = regions([headline('Council approves the park', 72, 284, 100), ...column('A', 72, 130, 10), ...column('B', 184, 130, 10)]);
    expect(r.stories).toHaveLength(1);
    expect(titleOf(r.stories[0]!)).toEqual(['Council approves the park']);
    expect(names(r.stories[0]!.blocks)).toEqual(['A', 'B']);
    expect(r.untitled).toEqual([]);
  });

  it('a second headline lower down cuts the columns under it off from the story above', () => {
    const r = regions([
      headline('First story', 72, 284, 100), ...column('A', 72, 130, 9), ...column('B', 184, 130, 9),
      headline('Second story', 72, 284, 262), ...column('C', 72, 290, 8), ...column('D', 184, 290, 8),
    ]);
    expect(r.stories.map(titleOf)).toEqual([['First story'], ['Second story']]);
    expect(names(storyTitled(r.stories, 'First story')!.blocks)).toEqual(['A', 'B']);
    expect(names(storyTitled(r.stories, 'Second story')!.blocks)).toEqual(['C', 'D']);
  });

  it('a headline over one column lower down, a column rule beside it, takes that column\'s text under it', () => {
    // column A runs on beside the second headline; the rule between the columns keeps it from reading as a pull quote
    const r = regions([
      headline('First story', 72, 284, 100), ...column('A', 72, 130, 21), ...column('B', 184, 130, 9),
      headline('Second story', 184, 284, 262), ...column('C', 184, 290, 8),
    ], [{ x0: 178, y0: 118, x1: 178, y1: 372 }]);
    expect(r.stories.map(titleOf)).toEqual([['First story'], ['Second story']]);
    expect(names(storyTitled(r.stories, 'First story')!.blocks)).toEqual(['A', 'B']);
    expect(names(storyTitled(r.stories, 'Second story')!.blocks)).toEqual(['C']);
  });

  it('a deck set under the headline, aligned on it, is part of the title', () => {
    const r = regions([
      headline('Council approves the park', 72, 396, 100),
      headline('The vote was close after a long night', 72, 300, 122, 14),
      ...column('A', 72, 142, 10), ...column('B', 184, 142, 10), ...column('C', 296, 142, 10),
    ]);
    expect(r.stories).toHaveLength(1);
    expect(titleOf(r.stories[0]!)).toEqual(['Council approves the park', 'The vote was close after a long night']);
    expect(names(r.stories[0]!.blocks)).toEqual(['A', 'B', 'C']);
  });

  it('a box\'s title set inside the headline\'s span, not aligned on it, is a title of its own over the box\'s column', () => {
    const r = regions([
      headline('Council approves the park', 72, 396, 100),
      headline('Box title', 300, 370, 122, 14),
      ...column('A', 72, 142, 10), ...column('B', 184, 142, 10), ...column('C', 296, 142, 10),
    ]);
    expect(r.stories.map(titleOf)).toEqual([['Council approves the park'], ['Box title']]);
    expect(names(storyTitled(r.stories, 'Council approves the park')!.blocks)).toEqual(['A', 'B']);
    expect(names(storyTitled(r.stories, 'Box title')!.blocks)).toEqual(['C']);
  });
});

describe('regionsOf: crossheads', () => {
  const page = (crossWidth: number, headlineRight = 284) => [
    headline('Council approves the park', 72, headlineRight, 100),
    ...column('A', 72, 130, 9), // 120–226
    headline('Crosshead words', 72, 72 + crossWidth, 244, 12, { bold: true }), // 232–244
    ...column('C', 72, 262, 5),
    ...column('B', 184, 130, 16),
  ];

  it('a small title in one column under the story\'s text, far narrower than the headline, is a crosshead in its place', () => {
    const r = regions(page(78));
    expect(r.stories).toHaveLength(1);
    const story = r.stories[0]!;
    expect(titleOf(story)).toEqual(['Council approves the park']);
    expect(names(story.blocks)).toEqual(['A', 'Crosshead words', 'C', 'B']);
    expect([...story.crossheads].map((b) => allText([b]))).toEqual([['Crosshead words']]);
    expect(story.crossheads.has(story.blocks[1]!)).toBe(true);
  });

  it('a small title at the top of a column, set in the type of the story\'s crossheads under the same headline, is a crosshead too', () => {
    const runs = [
      headline('Council approves the park', 72, 396, 100),
      ...column('A', 72, 130, 9), // 120–226
      headline('First crosshead', 72, 150, 244, 12, { bold: true }),
      ...column('C', 72, 262, 14),
      ...column('B', 184, 130, 26),
      headline('Second crosshead', 296, 374, 136, 12, { bold: true }), // the top of column D: no text over it
      ...column('D', 296, 154, 24),
    ];
    const r = regions(runs);
    expect(r.stories.map(titleOf)).toEqual([['Council approves the park']]);
    expect(names(r.stories[0]!.blocks)).toEqual(['A', 'First crosshead', 'C', 'B', 'Second crosshead', 'D']);
    expect(r.stories[0]!.crossheads.size).toBe(2);
  });

  it('a small title at a column\'s top in a type of its own is no crosshead', () => {
    const runs = [
      headline('Council approves the park', 72, 396, 100),
      ...column('A', 72, 130, 9),
      headline('First crosshead', 72, 150, 244, 12, { bold: true }),
      ...column('C', 72, 262, 14),
      ...column('B', 184, 130, 26),
      headline('Another story', 296, 374, 136, 14, { bold: true, font: 'Sans' }),
      ...column('D', 296, 154, 24),
    ];
    const crossheads = regions(runs).stories.flatMap((s) => [...s.crossheads].map((b) => allText([b]).join(' ')));
    expect(crossheads).toEqual(['First crosshead']);
  });

  it('under a label set over the first column only (its rule, a credit), the story\'s section heads are crossheads, the first column\'s too', () => {
    const runs = [
      headline('Out of the past', 72, 396, 100),
      headline('FROM THE ARCHIVES', 72, 160, 124, 16, { bold: true }), // over column A only; B and C start beside it
      run('Compiled by Ann Lee', 72, 142),
      headline('100 YEARS AGO', 80, 150, 162, 12, { bold: true }),
      ...column('A', 72, 178, 16),
      ...column('B', 184, 118, 10), // 108–226
      headline('75 YEARS AGO', 192, 262, 242, 12, { bold: true }),
      ...column('D', 184, 258, 10),
      ...column('C', 296, 118, 20),
    ];
    const r = regions(runs, [{ x0: 72, y0: 130, x1: 160, y1: 130 }]);
    expect(r.stories).toHaveLength(1);
    const story = r.stories[0]!;
    expect(titleOf(story)![0]).toBe('Out of the past');
    expect([...story.crossheads].map((b) => allText([b]).join(' ')).sort()).toEqual(['100 YEARS AGO', '75 YEARS AGO']);
    expect(names(story.blocks).filter((n) => /^[A-D]$/.test(n)).sort()).toEqual(['A', 'B', 'C', 'D']);
  });

  it('a label over a rule drawn across the page, over the next headline, is no crosshead of the story above', () => {
    const runs = [
      headline('First story', 72, 284, 100), ...column('A', 72, 130, 10), ...column('B', 184, 130, 10),
      headline('LETTERS', 72, 150, 266, 20, { bold: true }),
      headline('Second story', 72, 172, 300, 15), ...column('C', 72, 320, 6), ...column('D', 184, 320, 6),
    ];
    const r = regions(runs, [{ x0: 72, y0: 272, x1: 284, y1: 272 }]);
    const first = storyTitled(r.stories, 'First story')!;
    expect(first.crossheads.size).toBe(0);
    expect(names(first.blocks)).toEqual(['A', 'B']);
  });

  it('a title under one column\'s text in a one-column story is a headline of the next story, not a crosshead', () => {
    const runs = [
      headline('One column story', 72, 172, 100),
      ...column('A', 72, 130, 9),
      headline('Next story title', 72, 172, 246, 16, { bold: true }),
      ...column('C', 72, 266, 5),
    ];
    const r = regions(runs);
    expect(r.stories.map(titleOf)).toEqual([['One column story'], ['Next story title']]);
    expect(names(storyTitled(r.stories, 'Next story title')!.blocks)).toEqual(['C']);
    expect(r.stories.every((s) => s.crossheads.size === 0)).toBe(true);
  });
});

describe('regionsOf: vertical titles', () => {
  it('a vertical title holds the columns beside it, and a vertical line of body type beside it is an aside', () => {
    const ttb = (text: string, x: number, y: number, size: number): TextRun => ({ text, x, y, width: size, height: size * [...text].length, fontSize: size, font: 'Hei', bold: true, dir: 'ttb' });
    const cjkColumn = (name: string, x0: number) => Array.from({ length: 10 }, (_, k) => run(`${name}${k}本报讯记者今日报道城市新闻`, x0, 112 + 12 * k, 10, { width: 140 }));
    const r = regions([ttb('新闻标题文字', 400, 100, 24), ttb('记者张三', 428, 100, 10), ...cjkColumn('甲', 250), ...cjkColumn('乙', 100)]);
    expect(r.stories).toHaveLength(1);
    const story = r.stories[0]!;
    expect(story.title!.vertical).toBe(true);
    expect(titleOf(story)).toEqual(['新闻标题文字']);
    expect(story.asides.map((b) => b.lines[0]!.text)).toEqual(['记者张三']);
    expect(story.blocks.map((b) => b.lines[0]!.text[0]).sort()).toEqual(['乙', '甲']);
    expect(r.furniture).toEqual([]);
  });
});

describe('regionsOf: furniture', () => {
  it('a pull quote set into a column (the next column passes it above and below) is furniture, and heads nothing', () => {
    const r = regions([
      headline('Council approves the park', 72, 284, 100),
      ...column('A', 72, 130, 6), // 120–190
      headline('A quote set', 72, 172, 241, 16), headline('in the column', 72, 172, 261, 16), // 225–261
      ...column('C', 72, 300, 6),
      ...column('B', 184, 130, 21), // 120–370
    ]);
    expect(r.stories).toHaveLength(1);
    expect(names(r.stories[0]!.blocks)).toEqual(['A', 'C', 'B']);
    expect(allText(r.furniture)).toEqual(['A quote set', 'in the column']);
  });

  it('a title with no column of text under it (an advert) is furniture, with its lines', () => {
    const r = regions([
      headline('Council approves the park', 72, 284, 100), ...column('A', 72, 130, 10), ...column('B', 184, 130, 10),
      headline('BIG SALE', 330, 450, 100), run('Half off everything', 330, 130), run('Call 555 0100', 330, 142),
    ]);
    expect(r.stories.map(titleOf)).toEqual([['Council approves the park']]);
    expect(allText(r.furniture).sort()).toEqual(['BIG SALE', 'Call 555 0100', 'Half off everything']);
  });

  it('a label over the titles of two stories (a standing head) heads neither; over one title, it is that title\'s kicker', () => {
    const briefs = [
      headline('Council approves the park', 72, 172, 130, 16), ...column('A', 72, 150, 6),
      headline('Library opens late', 184, 284, 130, 16), ...column('B', 184, 150, 6),
    ];
    const standing = regions([headline('LOCAL BRIEFING', 72, 284, 100), ...briefs]);
    expect(standing.stories.map(titleOf)).toEqual([['Council approves the park'], ['Library opens late']]);
    expect(allText(standing.furniture)).toEqual(['LOCAL BRIEFING']);
    const kicker = regions([headline('PARKS', 72, 172, 100), ...briefs]);
    expect(kicker.stories.map(titleOf)).toEqual([['PARKS', 'Council approves the park'], ['Library opens late']]);
  });

  it('a label over a column of stories titled alike (a "looking back" column) heads none of them', () => {
    const r = regions([
      headline('Council approves the park', 296, 508, 100), ...column('X', 296, 130, 20), ...column('Y', 408, 130, 20),
      headline('looking back', 72, 172, 100, 18), // set apart from the first item's title (1.6 em)
      headline('Mill closes', 72, 172, 130, 14, { bold: true }), ...column('A', 72, 148, 5),
      headline('Bridge opens', 72, 172, 230, 14, { bold: true }), ...column('B', 72, 248, 5),
    ]);
    expect(r.stories.map(titleOf)).toEqual([['Council approves the park'], ['Mill closes'], ['Bridge opens']]);
    expect(allText(r.furniture)).toContain('looking back');
  });

  it('a title over a sentence or two of body type (a brief) heads a story, unlike an advert\'s', () => {
    const r = regions([
      headline('Council approves the park', 72, 284, 100), ...column('A', 72, 130, 10), ...column('B', 184, 130, 10),
      headline('Library opens late', 330, 450, 100), run('The library stays open until', 330, 130, 10, { width: 120 }), run('nine on Fridays from May.', 330, 142, 10, { width: 110 }),
    ]);
    expect(r.stories.map(titleOf)).toEqual([['Council approves the park'], ['Library opens late']]);
    expect(allText(storyTitled(r.stories, 'Library opens late')!.blocks)).toEqual(['The library stays open until', 'nine on Fridays from May.']);
  });

  it('small-type captions among a story\'s columns are furniture, not the story\'s text', () => {
    const r = regions([
      headline('Council approves the park', 72, 284, 100),
      ...column('A', 72, 130, 10), ...column('B', 184, 130, 6), // B: 120–190
      run('The park as it will look', 184, 214, 8, { width: 100 }), run('Photo: City archive', 184, 224, 8, { width: 100 }),
    ]);
    expect(r.stories).toHaveLength(1);
    expect(names(r.stories[0]!.blocks)).toEqual(['A', 'B']);
    // set right under the story's last line, they end it (as a jump line would): read after it, as captions
    expect(allText(r.stories[0]!.trailer)).toEqual(['The park as it will look', 'Photo: City archive']);
    expect(r.furniture).toEqual([]);
  });

  it('small type set apart from a story\'s last line (under a picture) is furniture, not its trailer', () => {
    const r = regions([
      headline('Council approves the park', 72, 284, 100),
      ...column('A', 72, 130, 10), ...column('B', 184, 130, 6), // B: 120–190
      run('The park as it will look', 184, 264, 8, { width: 100 }), run('Photo: City archive', 184, 274, 8, { width: 100 }),
    ]);
    expect(r.stories[0]!.trailer).toEqual([]);
    expect(allText(r.furniture)).toEqual(['The park as it will look', 'Photo: City archive']);
  });

  it('a byline in body type right under the title is read first, though it stands over the second column', () => {
    // column A starts level with the byline: column by column the byline would come after A
    const r = regions([
      headline('Council approves the park', 72, 284, 100),
      run('By Jane Doe', 184, 116, 10),
      ...column('A', 72, 116, 12), ...column('B', 184, 136, 10),
    ]);
    expect(r.stories).toHaveLength(1);
    expect(r.stories[0]!.blocks.map((b) => b.lines[0]!.text)).toEqual(['By Jane Doe', 'A0 text of the column here', 'B0 text of the column here']);
  });

  it('a name set under a large headline, as far under it as a line of the headline\'s type, is read first', () => {
    // 40 pt headline over columns B and C; the name 34 pt under it (more than 2.5 em of body type); column A rises
    // beside the headline, so the name shares a band with it
    const r = regions([
      headline('Council approves the park', 184, 396, 100, 40),
      run('Jane Doe', 250, 146, 10),
      ...column('A', 72, 70, 20), ...column('B', 184, 180, 12), ...column('C', 296, 180, 12),
    ]);
    expect(r.stories).toHaveLength(1);
    expect(r.stories[0]!.blocks.map((b) => b.lines[0]!.text)).toEqual(['Jane Doe', 'A0 text of the column here', 'B0 text of the column here', 'C0 text of the column here']);
  });

  it('small type no title holds (a folio) is furniture; untitled body text is left as a run of its own', () => {
    const r = regions([...column('A', 72, 130, 10), run('Page 7', 72, 780, 8)]);
    expect(r.stories).toEqual([]);
    expect(r.untitled.map(names)).toEqual([['A']]);
    expect(allText(r.furniture)).toEqual(['Page 7']);
  });
});

describe('regionsOf: kickers set letter-spaced', () => {
  it('joins a letter-spaced label in body type right over a headline to its title, first; a spaced line elsewhere stays text', () => {
    const r = regions([
      run('G i u s t i z i a', 72, 88, 10, { width: 60, bold: true }), headline('Council approves the park', 72, 284, 112),
      ...column('A', 72, 140, 10), ...column('B', 184, 140, 10),
    ]);
    expect(r.stories.map(titleOf)).toEqual([['G i u s t i z i a', 'Council approves the park']]);
    const apart = regions([
      run('G i u s t i z i a', 72, 40, 10, { width: 60 }), headline('Council approves the park', 72, 284, 112),
      ...column('A', 72, 140, 10), ...column('B', 184, 140, 10),
    ]);
    expect(apart.stories.map(titleOf)).toEqual([['Council approves the park']]);
  });
});

describe('regionsOf: drop capitals', () => {
  it('joins a drop capital to its word and does not read it as a title', () => {
    const lines = Array.from({ length: 10 }, (_, k) => k < 2
      ? run(k === 0 ? 'he quick brown fox' : 'A1 beside the capital', 92, 130 + 12 * k, 10, { width: 80 })
      : run(`A${k} text of the column here`, 72, 130 + 12 * k, 10, { width: 100 }));
    const cap = run('T', 72, 151, 30, { width: 18 });
    const r = regions([headline('Council approves the park', 72, 284, 100), ...lines, cap, ...column('B', 184, 130, 10)]);
    expect(r.stories).toHaveLength(1);
    const story = r.stories[0]!;
    expect(titleOf(story)).toEqual(['Council approves the park']);
    expect(story.blocks[0]!.lines[0]!.text).toBe('The quick brown fox');
    expect(story.blocks[0]!.dropCapBottom).toBe(151);
    expect(story.blocks[0]!.x0).toBe(72);
    expect(r.furniture).toEqual([]);
  });
});

describe('regionsOf: a drop capital that is a word', () => {
  const page = (first: string, elsewhere: string) => {
    const lines = Array.from({ length: 10 }, (_, k) => k < 2
      ? run(k === 0 ? first : 'A1 beside the capital', 92, 130 + 12 * k, 10, { width: 80 })
      : run(k === 9 ? elsewhere : `A${k} text of the column here`, 72, 130 + 12 * k, 10, { width: 100 }));
    const r = regions([headline('Council approves the park', 72, 284, 100), ...lines, run('I', 72, 151, 30, { width: 18 }), ...column('B', 184, 130, 10)]);
    return r.stories[0]!.blocks[0]!.lines[0]!.text;
  };

  it('stands apart where the page prints it alone and the rest as a word, never the two joined', () => {
    expect(page('was told the plan', 'and I said it was so')).toBe('I was told the plan');
  });

  it('is the first letter of its word where the page does not say so', () => {
    expect(page('was told the plan', 'and we said it was so')).toBe('Iwas told the plan');
    expect(page('ndeed the plan', 'and I said it was so')).toBe('Indeed the plan');
    expect(page('t was told', 'and I said it was so')).toBe('It was told');
  });
});

describe('regionsOf: drop capitals', () => {
  it('joins a capital whose box rises over its first line by its ascent, beside lines that stand as a block of their own', () => {
    // a 40 pt capital three lines deep: its box top 12 pt over the first line's, its foot level with the third line's;
    // the three lines beside it are set in by its width, more than a block's edge may shift, so they are a block apart
    const beside = Array.from({ length: 3 }, (_, k) => run(k === 0 ? 'ots of readers ask' : `A${k} beside the capital`, 112, 140 + 12 * k, 10, { width: 60 }));
    const under = Array.from({ length: 6 }, (_, k) => run(`A${k + 3} text of the column here`, 72, 176 + 12 * k, 10, { width: 100 }));
    const cap = run('L', 72, 164, 40, { width: 34 });
    cap.y = 118;
    const r = regions([headline('Council approves the park', 72, 284, 100), ...beside, ...under, cap, ...column('B', 184, 140, 10)]);
    const story = storyTitled(r.stories, 'Council approves the park')!;
    expect(allText(story.blocks)[0]).toBe('Lots of readers ask');
    expect(r.stories.some((s) => titleOf(s)?.includes('L'))).toBe(false);
  });
});

describe('regionsOf: standing heads', () => {
  it('a label printed over two stories (OTHER VIEWS) is in neither title; a story\'s own headline stays', () => {
    const r = regions([
      run('OTHER VIEWS', 72, 100, 16, { width: 100 }), headline('First story', 72, 172, 124), ...column('A', 72, 150, 8),
      run('OTHER VIEWS', 184, 100, 16, { width: 100 }), headline('Second story', 184, 284, 124), ...column('B', 184, 150, 8),
    ]);
    expect(r.stories.map(titleOf)).toEqual([['First story'], ['Second story']]);
    expect(allText(r.furniture)).toEqual(['OTHER VIEWS', 'OTHER VIEWS']);
  });

  it('a kicker printed once stays its headline\'s', () => {
    const r = regions([
      run('5 YEARS AGO', 72, 100, 16, { width: 100 }), headline('First story', 72, 172, 124), ...column('A', 72, 150, 8),
      run('10 YEARS AGO', 184, 100, 16, { width: 100 }), headline('Second story', 184, 284, 124), ...column('B', 184, 150, 8),
    ]);
    expect(r.stories.map(titleOf)).toEqual([['5 YEARS AGO', 'First story'], ['10 YEARS AGO', 'Second story']]);
  });
});

describe('regionsOf: a column\'s sig', () => {
  it.each([
    ['right beside the label', 56],
    ['across its column from a narrow label, five em off', 28],
  ])('a label set at the top of a column, the writer\'s picture %s, under the headline, heads nothing; the name under it goes with the headline', (_, labelWidth) => {
    // headline over columns A–C; in column A a picture (130–172) beside the label, the name under it, a rule, then the text
    const runs = [
      headline('Five reasons to read the paper', 72, 396, 100),
      run('ON THE LINE', 72, 140, 16, { width: labelWidth }), run('Steve Kerby', 72, 156, 10, { width: 50, font: 'Serif-Italic' }),
      ...column('A', 72, 190, 12), ...column('B', 184, 130, 12), ...column('C', 296, 130, 12),
    ];
    const rules: Rule[] = [{ x0: 72, x1: 172, y0: 166, y1: 166 }];
    const { lines } = linesOf(runs);
    const body = bodySize(lines.filter((l) => !l.vertical && !l.rotated));
    const r = regionsOf(blocksOf(lines), body, dividersOf(rules), undefined, [{ x0: 150, x1: 172, top: 108, bottom: 160 }]);
    expect(r.stories.map(titleOf)).toEqual([['Five reasons to read the paper']]);
    expect(allText(r.stories[0]!.asides)).toEqual(['Steve Kerby']);
    expect(names(r.stories[0]!.blocks)).toEqual(['A', 'B', 'C']);
    expect(allText(r.furniture)).toEqual(['ON THE LINE']);
  });
});

describe('readingOrder', () => {
  const block = (name: string, x0: number, x1: number, top: number, bottom: number): Block => ({
    lines: [{ text: name, x0, x1, top, bottom: top + 10, baseline: top + 10, size: 10, bold: false, font: 'Serif', vertical: false, rotated: false }],
    x0, x1, top, bottom, size: 10, bold: false, vertical: false,
  });

  it('reads bands top to bottom, and in each band the columns left to right, each column top to bottom', () => {
    const blocks = [
      block('intro', 72, 284, 100, 130),
      block('A1', 72, 172, 140, 200), block('A2', 72, 172, 210, 300),
      block('B1', 184, 284, 140, 260), block('B2', 184, 284, 270, 300),
      block('wide', 72, 284, 310, 330),
      block('C', 72, 172, 340, 400), block('D', 184, 284, 340, 400),
    ];
    const expected = ['intro', 'A1', 'A2', 'B1', 'B2', 'wide', 'C', 'D'];
    for (const input of [[...blocks].reverse(), [blocks[3]!, blocks[6]!, blocks[0]!, blocks[7]!, blocks[2]!, blocks[5]!, blocks[1]!, blocks[4]!]]) {
      expect(readingOrder(input).map(nameOf)).toEqual(expected);
    }
  });

  it('keeps a block that reaches into the next band\'s height in its band', () => {
    // B runs down past C's top: A, B and C are one band, read column by column
    const blocks = [block('A', 72, 172, 100, 150), block('B', 184, 284, 100, 250), block('C', 72, 172, 160, 250)];
    expect(readingOrder(blocks).map(nameOf)).toEqual(['A', 'C', 'B']);
  });
});

describe('regionsOf: rules and boxes', () => {
  // columns of eight lines: the learned weights weigh a rule against ten or more lines of column text about evenly
  const page = [headline('Council approves the park', 72, 284, 100), ...column('A', 72, 130, 8), ...column('B', 184, 130, 8)];

  it('a rule as wide as the headline, between it and the columns, stops its claim on them', () => {
    const r = regions(page, [{ x0: 72, y0: 112, x1: 284, y1: 112 }]);
    expect(r.stories.flatMap((s) => names(s.blocks))).toEqual([]);
    expect(r.untitled.flatMap(names).sort()).toEqual(['A', 'B']);
  });

  it('a rule across one column of the headline\'s span only (under a sig, an inset) stops nothing', () => {
    const r = regions(page, [{ x0: 72, y0: 112, x1: 172, y1: 112 }]);
    expect(names(r.stories[0]!.blocks)).toEqual(['A', 'B']);
  });

  it('a vertical rule between the columns stops nothing', () => {
    const r = regions(page, [{ x0: 178, y0: 118, x1: 178, y1: 250 }]);
    expect(names(r.stories[0]!.blocks)).toEqual(['A', 'B']);
  });

  it('a box holding a column but not the headline stops the claim; a box holding both does not', () => {
    const r = regions(page, [], [{ x0: 180, x1: 290, top: 116, bottom: 250 }]);
    expect(names(r.stories[0]!.blocks)).toEqual(['A']);
    expect(r.untitled.map(names)).toEqual([['B']]);
    const both = regions(page, [], [{ x0: 60, x1: 300, top: 70, bottom: 260 }]);
    expect(names(both.stories[0]!.blocks)).toEqual(['A', 'B']);
  });
});
