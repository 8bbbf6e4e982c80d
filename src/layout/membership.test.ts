import { describe, expect, it } from 'vitest';
import { NO_DIVIDERS, dividersOf } from './dividers.js';
import { EVIDENCE } from './evidence.js';
import { candidatesOf, decideMembership, LEARNED_WEIGHTS, type TitleBox } from './membership.js';
import type { Block, LayoutLine } from './model.js';

/* Body type 10 pt on a 12 pt pitch; columns 100 pt wide with a 12 pt gutter (72–172, 184–284). */
function block(texts: readonly string[], x0: number, top: number, { width = 100, size = 10 } = {}): Block {
  const lines: LayoutLine[] = texts.map((text, k) => ({
    text, x0, x1: x0 + width, top: top + 12 * k, bottom: top + 12 * k + size, baseline: top + 12 * k + size,
    size, bold: false, font: 'Serif', vertical: false, rotated: false,
  }));
  return { lines, x0, x1: x0 + width, top, bottom: top + 12 * (texts.length - 1) + size, size, bold: false, vertical: false };
}
const title = (x0: number, x1: number, top: number, size = 24): TitleBox & { name: string } => ({ name: 'title', x0, x1, top, bottom: top + size, size, vertical: false });
const column = (first: string, last: string, n = 8) => [first, ...Array.from({ length: n - 2 }, () => 'text of the column set here'), last];

describe('decideMembership: one decision for the page, with the learned weights', () => {
  const page = { body: 10, dividers: NO_DIVIDERS };

  it('every weight learned is a piece of evidence it names, and every piece of evidence has a weight', () => {
    expect(Object.keys(LEARNED_WEIGHTS).sort()).toEqual(Object.keys(EVIDENCE).sort());
  });

  it('a headline over two columns holds both', () => {
    const head = title(72, 284, 100);
    const a = block(column('The council met', 'and then it voted.'), 72, 130), b = block(column('The park opens', 'in the spring.'), 184, 130);
    const members = decideMembership([a, b], [head], page);
    expect([members.get(a)!.title, members.get(b)!.title]).toEqual([head, head]);
  });

  it('a column beside a one-column headline that starts mid-sentence, where the column before it stops, runs that story on', () => {
    // the headline covers only the first column; the second starts at the same height and goes on with the sentence
    const head = title(72, 172, 100);
    const a = block(column('The council met on Monday', 'and the members of the'), 72, 130), b = block(column('board agreed to the plan', 'the end of it.'), 184, 130);
    const members = decideMembership([a, b], [head], page);
    expect(members.get(a)!.title).toBe(head);
    expect(members.get(b)!.title).toBe(head);
  });

  it('a second headline lower down takes the columns under it', () => {
    const first = title(72, 284, 100), second = title(72, 284, 262);
    const a = block(column('First story', 'ends here.', 9), 72, 130), c = block(column('Second story', 'ends too.'), 72, 290);
    const members = decideMembership([a, c], [first, second], page);
    expect([members.get(a)!.title, members.get(c)!.title]).toEqual([first, second]);
  });

  it('a rule between a headline and a column stops the headline\'s claim: the column opens text of its own', () => {
    const head = title(72, 172, 100);
    const a = block(column('Under a rule', 'a notice.'), 72, 140);
    const ruled = { body: 10, dividers: dividersOf([{ x0: 72, y0: 132, x1: 172, y1: 132 }]) };
    expect(decideMembership([a], [head], page).get(a)!.title).toBe(head);
    expect(decideMembership([a], [head], ruled).get(a)).toEqual({ title: null, root: a });
  });

  it('gives a crosshead the story of the text it stands under, and the text under it too', () => {
    const head = title(72, 284, 100);
    const a = block(column('The council met', 'to vote.'), 72, 130);
    const cross = block(['A crosshead'], 72, 230, { size: 13 });
    const c = block(column('More of the story', 'ends here.'), 72, 250);
    const members = decideMembership([a, cross, c], [head], { ...page, crossheads: new Set([cross]) });
    expect([a, cross, c].map((b) => members.get(b)!.title)).toEqual([head, head, head]);
  });

  it('a column runs on into one place only: of two blocks that would continue the same block, the likelier does', () => {
    // a ends mid-sentence; b stands under it after a picture's height, c at the top of the next column: each would
    // take a for the text before it, c more strongly; a column runs on once, so b opens text of its own
    const a = block(column('The council met on Monday', 'and the members of the'), 72, 130);
    const b = block(column('A notice', 'ends here.', 4), 72, 260), c = block(column('board agreed to the plan', 'the end of it.'), 184, 130);
    const weights = { up: 1, jump: 3, jumpRise: -2 }; // c weighs a (risen less) over b; b would take a too
    const kinds = (x: Block) => candidatesOf([a, b, c], [], page).get(x)!.map((o) => o.choice.kind === 'block' && o.choice.block === a);
    expect([kinds(b).includes(true), kinds(c).includes(true)]).toEqual([true, true]);
    const members = decideMembership([a, b, c], [], page, weights);
    const name = (x: Block) => x.lines[0]!.text;
    expect([members.get(a)!.root, members.get(b)!.root, members.get(c)!.root].map(name)).toEqual([a, b, a].map(name));
  });

  it('cuts a loop of choices (possible only where blocks are narrower than an em) where it scored least', () => {
    // two one-letter blocks side by side, each left of the other within an em: each may take the other for the
    // foot of the column before it; q's choice of p crosses less white (scores more), so p's choice is cut
    const p = block(['x'], 72, 100, { width: 6 }), q = block(['y'], 74, 100, { width: 4 });
    expect(candidatesOf([p, q], [], page).get(p)!.some((c) => c.choice.kind === 'block')).toBe(true);
    const members = decideMembership([p, q], [], page, { jump: 10, jumpGutter: 1 });
    expect([members.get(p), members.get(q)]).toEqual([{ title: null, root: p }, { title: null, root: p }]);
    expect(decideMembership([q, p], [], page, { jump: 10, jumpGutter: 1 }).get(q)).toEqual({ title: null, root: p });
  });
});
