import { describe, expect, it } from 'vitest';
import { classifyLines } from './classify.js';
import { mergeContinuations } from './continuations.js';
import { toLines } from './lines.js';
import { segment } from './segment.js';

const never = () => false;

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
    const other = merged(`${column(3, '甲')}完成。\n\n心中有戒方能抵腐\n\n${column(3, '乙')}完成。`, () => true);
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
});
