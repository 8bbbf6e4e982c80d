import { describe, expect, it } from 'vitest';
import { linesOf } from './lines.js';
import type { TextRun } from './model.js';

/*
 * Synthetic runs: Latin characters half an em wide, CJK characters a full em; y is the run's top, so a run on
 * baseline B in type of size S has y = B - S.
 */
const CJK = /[\u3000-\u9fff\uff00-\uffef]/;
const widthOf = (text: string, size: number) => [...text].reduce((w, ch) => w + (CJK.test(ch) ? size : 0.5 * size), 0);

function run(text: string, x: number, baseline: number, size = 10, extra: Partial<TextRun> = {}): TextRun {
  return { text, x, y: baseline - size, width: widthOf(text, size), height: size, fontSize: size, font: 'Serif', bold: false, dir: 'ltr', ...extra };
}

/** Runs one after another on a baseline, `gap` pt apart (each run's width from its text). */
function row(texts: readonly string[], x: number, baseline: number, gap: number, size = 10, extra: Partial<TextRun> = {}): TextRun[] {
  const out: TextRun[] = [];
  for (const t of texts) {
    out.push(run(t, x, baseline, size, extra));
    x += widthOf(t, size) + gap;
  }
  return out;
}

const texts = (runs: readonly TextRun[]) => linesOf(runs).lines.map((l) => l.text);

describe('linesOf: runs on one baseline', () => {
  it('joins CJK runs without a space, but keeps one where the page set them an em apart (names in a row)', () => {
    expect(texts(row(['制造业', '服务化'], 72, 100, 0.5))).toEqual(['制造业服务化']);
    // as People's Daily draws a row of names: each name a run, a space drawn between, 1.1 em apart
    const names = [run('汪', 72, 100), run(' ', 82, 100), run('涛', 93, 100), run(' ', 103, 100), run('吴光胜', 114, 100), run(' ', 144, 100), run('胡查平', 155, 100)];
    expect(texts(names)).toEqual(['汪 涛 吴光胜 胡查平']);
  });

  it('joins words drawn as separate runs with a word space between them, and records the line geometry', () => {
    // 'The' 72–87, a third of an em of space, 'quick' 90.3–115.3, 'fox'
    const { lines } = linesOf(row(['The', 'quick', 'fox'], 72, 100, 3.3));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ text: 'The quick fox', x0: 72, top: 90, bottom: 100, baseline: 100, size: 10, vertical: false, rotated: false });
    expect(lines[0]!.x1).toBeCloseTo(72 + 15 + 3.3 + 25 + 3.3 + 15);
  });

  it('joins words whose space the page drew as a run of its own, and reads the space once', () => {
    const runs = [run('The', 72, 100), run(' ', 87, 100), run('quick', 90, 100), run(' ', 115, 100), run('fox', 118, 100)];
    expect(texts(runs)).toEqual(['The quick fox']);
  });

  it('keeps runs on different baselines apart, top to bottom', () => {
    const runs = [...row(['first', 'line'], 72, 100, 3), ...row(['second', 'line'], 72, 112, 3)];
    expect(texts(runs)).toEqual(['first line', 'second line']);
  });

  it('joins CJK runs without a space, even across a small gap', () => {
    // three characters, a gap of 0.2 em (wider than a space would be for Latin), three more
    const runs = [run('新华社', 72, 100), run('北京电', 72 + 30 + 2, 100)];
    expect(texts(runs)).toEqual(['新华社北京电']);
    // Latin across the same gap takes a space
    expect(texts([run('New', 72, 100), run('York', 72 + 15 + 2, 100)])).toEqual(['New York']);
  });

  it('does not join across a gutter (two em or more), even after a drawn space', () => {
    // left column ends at 172 with a trailing space; the right column starts 2 em later on the same baseline
    const left = run('end of the column ', 72, 100);
    const right = run('next column', 72 + left.width + 20, 100);
    const { lines } = linesOf([left, right]);
    expect(lines.map((l) => l.text)).toEqual(['end of the column', 'next column']);
    expect(lines[1]!.x0).toBeCloseTo(right.x);
  });

  it('keeps two columns apart on every baseline they share, reading each line once', () => {
    const runs: TextRun[] = [];
    for (let k = 0; k < 4; k++) {
      runs.push(run(`left ${k} text here `, 72, 100 + 12 * k));
      runs.push(run(`right ${k} text here`, 184, 100 + 12 * k));
    }
    const got = texts(runs);
    expect(got).toHaveLength(8);
    expect(got.filter((t) => t.startsWith('left'))).toEqual(['left 0 text here', 'left 1 text here', 'left 2 text here', 'left 3 text here']);
  });
});

describe('linesOf: pieces drawn out of order', () => {
  it('joins pieces of one line drawn right-first where they touch', () => {
    // 'world' is drawn first at 99; 'Hello' afterwards at 72–97, 0.2 em left of it
    const runs = [run('world', 99, 100), run('Hello', 72, 100)];
    expect(texts(runs)).toEqual(['Hello world']);
  });

  it('joins a kerned capital drawn after its word without a space', () => {
    const runs = [run('ower', 78, 100), run('T', 72, 100, 10, { width: 6.2 })];
    expect(texts(runs)).toEqual(['Tower']);
  });

  /** Columns starting at `x0s`, six lines each of four words 79 pt wide: every word a run, every space between them a run of its own. */
  function wordColumns(x0s: readonly number[], lastWord: string): TextRun[] {
    const drawn: TextRun[] = [];
    for (const x0 of x0s) {
      for (let k = 0; k < 6; k++) {
        const words = row([`c${x0}`, `line${k}`, 'of', lastWord], x0, 100 + 12 * k, 3);
        words.forEach((w, i) => { drawn.push(w); if (i < words.length - 1) drawn.push(run(' ', w.x + w.width, w.y + w.height, 10, { width: 3 })); });
      }
    }
    return drawn;
  }

  it('reads a page drawn in an order of its own (backwards, or word by word at random) as it reads it drawn in order', () => {
    // two columns a 3.3 em gutter apart
    const drawn = wordColumns([72, 184], 'text');
    const inOrder = texts(drawn).sort();
    expect(inOrder).toHaveLength(12);
    expect(inOrder[0]).toBe('c184 line0 of text');
    expect(texts([...drawn].reverse()).sort()).toEqual(inOrder);
    let seed = 7;
    const shuffled = [...drawn];
    for (let i = shuffled.length - 1; i > 0; i--) {
      seed = (seed * 16807) % 2147483647;
      const k = seed % (i + 1);
      [shuffled[i], shuffled[k]] = [shuffled[k]!, shuffled[i]!];
    }
    expect(texts(shuffled).sort()).toEqual(inOrder);
  });

  it('read row by row, does not join two columns across a narrow gutter, though each line ends in a space', () => {
    // each line's last word with a space at its end; the next column 1.2 em further on
    const drawn = wordColumns([72, 163], 'text ');
    const backwards = texts([...drawn].reverse());
    expect(backwards).toHaveLength(12);
    expect(backwards.filter((t) => t.startsWith('c72'))).toHaveLength(6);
  });

  it('does not join pieces out of order that stand an em apart with nothing around them', () => {
    const runs = [run('right', 112, 100), run('left', 72, 100)];
    expect(texts(runs).sort()).toEqual(['left', 'right']);
  });
});

describe('linesOf: a justified line against a gutter', () => {
  // one em between 'wide' and 'gap', no space drawn: wider than a word space the page did not draw (0.6 em);
  // the pieces' line is 72–142, and the column's full lines about as wide (72–152)
  const piecesAt = (baseline: number) => [run('wide', 72, baseline), run('gap line', 72 + 20 + 10, baseline)];

  it('joins a wide word space when the lines above and below run across it', () => {
    const above = run('a full line over', 72, 88);
    const below = run('full line under', 72, 112);
    const got = texts([above, ...piecesAt(100), below]);
    expect(got).toEqual(['a full line over', 'wide gap line', 'full line under']);
  });

  it('does not join it when only the line above runs across (a column ends under it)', () => {
    const above = run('a full line over', 72, 88);
    const got = texts([above, ...piecesAt(100)]);
    expect(got).toEqual(['a full line over', 'wide', 'gap line']);
  });

  it('does not join it across lines far wider than the pieces\' line (a headline over two columns)', () => {
    const wide = (baseline: number) => run('a line running over both columns of the page', 72, baseline);
    expect(texts([wide(88), ...piecesAt(100), wide(112)])).toEqual(['a line running over both columns of the page', 'wide', 'gap line', 'a line running over both columns of the page']);
  });

  it('does not join it when the gap stays empty above and below (a gutter)', () => {
    const got = texts([...piecesAt(88), ...piecesAt(100), ...piecesAt(112)]);
    expect(got).toEqual(['wide', 'gap line', 'wide', 'gap line', 'wide', 'gap line']);
  });

  // a narrow column's first line (nothing of its type above): three long words stretched to the column's edges,
  // the two word spaces two em each (72–122, 142–152, 172–202); the column's lines under it run 72–202
  const stretched = (baseline: number) => [run('Developers', 72, baseline), run('of', 142, baseline), run('Keizer', 172, baseline)];
  const columnUnder = [run('Station said they are in final', 72, 112, 10, { width: 130 }), run('negotiations with Wallace to', 72, 124, 10, { width: 130 })];

  it('joins a justified line whose even word spaces fill the width of its column\'s lines, with no line over it', () => {
    expect(texts([...stretched(100), ...columnUnder])).toEqual(['Developers of Keizer', 'Station said they are in final', 'negotiations with Wallace to']);
  });

  it('does not join one wide gap alone that way (a gutter between two columns\' first lines)', () => {
    // 72–122 and 142–172, two em apart, over a line as wide as both (72–172)
    const twoColumns = [run('Developers', 72, 100), run('Keizer', 142, 100)];
    const under = run('Station said they are in final', 72, 112, 10, { width: 100 });
    expect(texts([...twoColumns, under])).toEqual(['Developers', 'Keizer', 'Station said they are in final']);
  });
});

describe('linesOf: a justified line beside a narrow gutter', () => {
  // column 72–200 beside a column from 212; a paragraph's first line, set in 1 em, its three words stretched 1.9 em
  // apart (82–102, 121–156, 175–200); the gutter after it (1.2 em) is no wider than those word spaces
  const full = (baseline: number) => [run('Mayor Cathy Clark asked him', 72, baseline, 10, { width: 128 }), run('for the Parks', 212, baseline, 10, { width: 88 })];
  const stretched = [run('City', 82, 100), run('Manager', 121, 100), run('Chris', 175, 100), run('Board and the', 212, 100, 10, { width: 88 })];

  it('ends the line at the piece that ends where its column\'s lines do, the indent of its first line allowed', () => {
    expect(texts([...full(88), ...stretched, ...full(112)])).toEqual([
      'Mayor Cathy Clark asked him', 'for the Parks', 'City Manager Chris', 'Board and the', 'Mayor Cathy Clark asked him', 'for the Parks',
    ]);
  });

  it('joins one stretched word space where the column\'s lines end with it both above and below', () => {
    // a narrow column 72–140: '“That’s' set in 1 em, 'a' at its right edge, 2.2 em apart
    const line = (baseline: number, text: string) => run(text, 72, baseline, 10, { width: 68 });
    expect(texts([line(88, 'good discussion'), run('That’s', 82, 100), run('a', 135, 100), line(112, 'for the Parks')])).toEqual(['good discussion', 'That’s a', 'for the Parks']);
    // with the column's line on one side only, one wide gap may be a gutter
    expect(texts([line(88, 'good discussion'), run('That’s', 82, 100), run('a', 135, 100)])).toEqual(['good discussion', 'That’s', 'a']);
  });
});

describe('linesOf: overprinted copies', () => {
  it('reads the same text drawn twice on the same spot once, and returns the second as a copy', () => {
    const first = run('Fake bold title', 72, 100, 20);
    const again = run('Fake bold title', 72.4, 100.2, 20);
    const { lines, copies } = linesOf([first, again]);
    expect(lines.map((l) => l.text)).toEqual(['Fake bold title']);
    expect(copies.map((l) => l.text)).toEqual(['Fake bold title']);
    expect(copies[0]!.x0).toBeCloseTo(72.4);
  });

  it('reads a piece of a longer run drawn over it as a copy (the whole stays), whichever is drawn first', () => {
    const whole = run('Storm closes harbour', 72, 100, 20);
    // 'closes' starts after 'Storm ' (6 characters, 10 pt each)
    const piece = run('closes', 72 + 60, 100, 20);
    for (const runs of [[whole, piece], [piece, whole]]) {
      const { lines, copies } = linesOf(runs);
      expect(lines.map((l) => l.text)).toEqual(['Storm closes harbour']);
      expect(copies.map((l) => l.text)).toEqual(['closes']);
    }
  });

  it('finds a copy on a spot drawn over a hundred times with other text, its first drawing far down the list', () => {
    const spot = Array.from({ length: 100 }, (_, k) => run(`w${String(k).padStart(3, '0')}`, 72, 100));
    const { copies } = linesOf([...spot, run('w090', 72, 100)]);
    expect(copies.map((l) => l.text)).toEqual(['w090']);
  });

  it('keeps a closing quote set tight before a run that holds the same quote further on (not a copy)', () => {
    // People's Daily: 倡议” then “一带一路” pulled back half an em over the closing quote's box
    const quote = run('”', 100, 100), phrase = run('“一带一路”', 102, 100);
    const { lines, copies } = linesOf([quote, phrase]);
    expect(lines.map((l) => l.text)).toEqual(['”“一带一路”']);
    expect(copies).toEqual([]);
  });

  it('keeps a word drawn over another place of a run that holds it (a piece only where it falls in the whole)', () => {
    const whole = run('Storm closes harbour', 72, 100, 20);
    // 'Storm' drawn where 'closes' stands, and inside the run's box: other text than the whole draws there
    const { copies } = linesOf([whole, run('Storm', 72 + 60, 100, 20)]);
    expect(copies).toEqual([]);
  });

  it('reads a title drawn whole and again word by word once', () => {
    const whole = run('Storm closes harbour', 72, 100, 20);
    const { lines, copies } = linesOf([whole, ...row(['Storm', 'closes', 'harbour'], 72, 100, 10, 20)]);
    expect(lines.map((l) => l.text)).toEqual(['Storm closes harbour']);
    expect(copies.map((l) => l.text)).toEqual(['Storm', 'closes', 'harbour']);
  });

  it('keeps narrow letters drawn one by one, side by side, as text (not the same letter drawn twice)', () => {
    const glyphs = [run('a', 72, 100, 10, { width: 5 }), run('l', 77, 100, 10, { width: 2.2 }), run('l', 79.2, 100, 10, { width: 2.2 })];
    const { lines, copies } = linesOf(glyphs);
    expect(lines.map((l) => l.text)).toEqual(['all']);
    expect(copies).toEqual([]);
  });

  it('keeps the same words at another spot (a repeated word in the next line) as text', () => {
    const { lines, copies } = linesOf([run('again', 72, 100), run('again', 72, 112)]);
    expect(lines.map((l) => l.text)).toEqual(['again', 'again']);
    expect(copies).toEqual([]);
  });
});

describe('linesOf: vertical and rotated type', () => {
  it('keeps each vertical (ttb) run a line of its own, marked vertical, with its top as baseline', () => {
    // two vertical runs one right under the other, and one beside: none is joined to another
    const ttb = (text: string, x: number, y: number): TextRun => ({ text, x, y, width: 12, height: 12 * [...text].length, fontSize: 12, font: 'Song', bold: false, dir: 'ttb' });
    const { lines } = linesOf([ttb('竖排标题', 400, 100), ttb('继续', 400, 148), ttb('旁边', 414, 100)]);
    expect(lines.map((l) => l.text)).toEqual(['竖排标题', '继续', '旁边']);
    expect(lines.every((l) => l.vertical)).toBe(true);
    expect(lines[0]).toMatchObject({ baseline: 100, top: 100, bottom: 148, x0: 400, x1: 412 });
  });

  it('keeps a rotated run apart from the horizontal words it touches', () => {
    const runs = [run('Photo', 72, 100), run('credit', 72 + 25 + 3, 100, 10, { rotated: true }), run('here', 72 + 25 + 3 + 30 + 3, 100)];
    const { lines } = linesOf(runs);
    expect(lines.map((l) => l.text).sort()).toEqual(['Photo', 'credit', 'here']);
    expect(lines.find((l) => l.text === 'credit')!.rotated).toBe(true);
    expect(lines.filter((l) => l.rotated)).toHaveLength(1);
  });
});

describe('linesOf: type sizes on one baseline', () => {
  it('joins a small lead word (By) before a name set larger', () => {
    const by = run('By', 72, 100, 8);
    const name = run('JANE DOE', 72 + by.width + 3, 100, 12);
    const { lines } = linesOf([by, name]);
    expect(lines.map((l) => l.text)).toEqual(['By JANE DOE']);
    // the line's size is its characters' (mostly the name's)
    expect(lines[0]!.size).toBeGreaterThan(10.5);
  });

  it('does not join a longer word in small type before larger type, nor a lead word far smaller', () => {
    const small = run('Reported', 72, 100, 8);
    expect(texts([small, run('JANE DOE', 72 + small.width + 3, 100, 12)])).toEqual(['Reported', 'JANE DOE']);
    const tiny = run('By', 72, 100, 6);
    expect(texts([tiny, run('JANE DOE', 72 + tiny.width + 3, 100, 12)])).toEqual(['By', 'JANE DOE']);
  });

  it('does not join a headline word and body text on the same baseline', () => {
    const head = run('Headline', 72, 100, 24);
    expect(texts([head, run('body text', 72 + head.width + 3, 100, 10)])).toEqual(['Headline', 'body text']);
  });
});
