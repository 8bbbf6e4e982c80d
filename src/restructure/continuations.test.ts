import { describe, expect, it } from 'vitest';
import { classifyLines } from './classify.js';
import { mergeContinuations } from './continuations.js';
import { toLines } from './lines.js';
import { segment } from './segment.js';

import type { DraftStory, TitlePiece } from './model.js';

const never = () => undefined;
/** A story printed further down the page, away from its title. */
const elsewhere: DraftStory = { body: [], bylines: [], marked: true, closed: false, first: Infinity, last: Infinity };
const ownedWhen = (prefix: string) => (piece: TitlePiece) => (piece.lines[0]!.text.startsWith(prefix) ? elsewhere : undefined);

function merged(text: string, titleOfOther: Parameters<typeof mergeContinuations>[3] = never) {
  const { lines } = toLines(text);
  const kinds = classifyLines(lines);
  const seg = segment(lines, kinds);
  const out = mergeContinuations(seg.stories, seg.pieces, kinds, titleOfOther);
  return { stories: out.stories.map((s) => s.body.map((b) => (b.crosshead === undefined ? b.text : `#${b.text}`))), pieces: out.pieces.map((p) => p.lines[0]!.text) };
}

const column = (n: number, lead: string) => Array.from({ length: n }, (_, k) => `${lead}党和国家监督体系的战略部署第${k}行，`).join('\n');

describe('mergeContinuations', () => {
  it('keeps a long untitled article whole across its crossheads, which become paragraphs of it', () => {
    const text = `${column(3, '甲')}完成。\n\n完善党和国家监\n督体系的探索\n\n${column(3, '乙')}完成。`;
    expect(merged(text)).toEqual({
      stories: [[...column(3, '甲').split('\n').slice(0, 2), `${column(3, '甲').split('\n')[2]}完成。`, '#完善党和国家监', '#督体系的探索', ...column(3, '乙').split('\n').slice(0, 2), `${column(3, '乙').split('\n')[2]}完成。`]],
      pieces: [],
    });
  });

  it('does not join a story that has its own title above it, nor across a wide title, nor a title given to a third story', () => {
    const titled = `区委召开全会\n\n${column(3, '甲')}完成。\n\n完善党和国家监\n\n${column(3, '乙')}完成。`;
    expect(merged(titled).stories).toHaveLength(2);
    const wide = `${column(3, '甲')}完成。\n\n区领导调研二七经开区重点项目推进工作情况汇报会议\n\n${column(3, '乙')}完成。`;
    expect(merged(wide).stories).toHaveLength(2);
    const other = merged(`${column(3, '甲')}完成。\n\n心中有戒方能抵腐\n\n${column(3, '乙')}完成。`, () => elsewhere);
    expect(other.stories).toHaveLength(1);
    expect(other.pieces).toEqual(['心中有戒方能抵腐']);
  });

  it('does not join a story closed by a byline, or one followed by a marked story', () => {
    expect(merged(`${column(3, '甲')}完成。\n记者 景静\n\n完善监督体系\n\n${column(3, '乙')}完成。`).stories).toHaveLength(2);
    expect(merged(`${column(3, '甲')}完成。\n\n完善监督体系\n\n本报讯 近日，${column(2, '乙')}完成。`).stories).toHaveLength(2);
  });

  it('never joins across a story start the markup asserts, though prose under a subhead would otherwise continue', () => {
    const para = (text: string) => ({ text, hints: { blockStart: true } });
    const heading = (text: string, storyStart: boolean) => ({ text, hints: { blockStart: true, heading: 2, ...(storyStart ? { storyStart } : {}) } });
    const page = (storyStart: boolean) => ({ lines: [
      heading('Bridge reopens after repairs', storyStart),
      para('The Main Street bridge reopened on Monday after six weeks of repairs to its deck and railings.'),
      heading('Library extends weekend hours', storyStart),
      para('The central library will stay open until 8 p.m. on Saturdays starting next month, the board decided.'),
    ] });
    const storiesOf = (input: ReturnType<typeof page>) => {
      const { lines, layout } = toLines(input);
      const kinds = classifyLines(lines, layout);
      const seg = segment(lines, kinds, layout);
      return mergeContinuations(seg.stories, seg.pieces, kinds, never, layout).stories.length;
    };
    expect(storiesOf(page(false))).toBe(1);
    expect(storiesOf(page(true))).toBe(2);
  });

  it('takes a title-like line that another story\'s title separates from the text below for page furniture, not a crosshead', () => {
    const text = `${column(3, '甲')}完成。\n\n认真学习宣传贯彻精神\n\n心中有戒方能抵腐\n\n${column(3, '乙')}完成。`;
    const out = merged(text, ownedWhen('心中'));
    expect(out.stories).toHaveLength(1);
    expect(out.stories[0]!.some((t) => t.startsWith('#'))).toBe(false);
    expect(out.pieces).toEqual(['认真学习宣传贯彻精神', '心中有戒方能抵腐']);
  });

  it('puts a continuation without a crosshead of its own under a crosshead that heads no text (CJK)', () => {
    const text = `${column(2, '甲')}完成。\n\n完善监督体系\n的历史性探索\n\n健全监督体系\n的战略部署\n${column(2, '乙')}完成。\n\n心中有戒方能抵腐\n\n${column(2, '丙')}完成。`;
    const body = merged(text, ownedWhen('心中')).stories[0]!;
    expect(body.indexOf('#的历史性探索') + 1).toBe(body.findIndex((t) => t.startsWith('丙')));
    expect(body.indexOf('#健全监督体系')).toBeGreaterThan(body.findIndex((t) => t.startsWith('丙')));
  });

  it('puts a continuation under an empty crosshead in Latin text too, and at the end where every crosshead has text', () => {
    const lines = (n: number, w: string) => Array.from({ length: n }, () => `the ${w} council will vote on the plan`).join('\n');
    const text = `${lines(3, 'city')} today.\n\nBudget fight\n\nSchools first\n\n${lines(3, 'school')} soon.\n\nMarathon Runners Return\n\n${lines(3, 'budget')} again.`;
    const other = ownedWhen('Marathon');
    const body = merged(text, other).stories[0]!;
    expect(body.indexOf('#Budget fight') + 1).toBe(body.findIndex((t) => t.includes('budget council')));
    const filled = `${lines(3, 'city')} today.\n\nBudget fight\n${lines(3, 'school')} soon.\n\nMarathon Runners Return\n\n${lines(3, 'budget')} again.`;
    const end = merged(filled, other).stories[0]!;
    expect(end[end.length - 1]).toBe('the budget council will vote on the plan again.');
  });
});

describe('mergeContinuations: signed features', () => {
  it('keeps a feature signed under its title whole across a crosshead, unless the text after it has an author line', () => {
    const feature = `托管托出丰收好光景\n\n本报记者 任 远\n\n${column(3, '甲')}完成。\n\n托管让种地省心省力\n\n${column(3, '乙')}完成。`;
    expect(merged(feature).stories).toHaveLength(1);
    const commentary = `托管托出丰收好光景\n\n本报记者 任 远\n\n${column(3, '甲')}完成。\n\n让菜篮子拎得更稳\n林 川\n\n${column(3, '乙')}完成。`;
    expect(merged(commentary).stories).toHaveLength(2);
  });

  it('takes a crosshead led by a bullet for a subhead of the article', () => {
    expect(merged(`区委召开全会\n\n${column(3, '甲')}完成。\n\n■ 完善党和国家监督\n\n${column(3, '乙')}完成。`).stories).toHaveLength(1);
  });
});
