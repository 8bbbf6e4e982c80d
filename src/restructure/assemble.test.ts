import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reassembleColumns } from './assemble.js';
import { classifyLines } from './classify.js';
import { toLines } from './lines.js';
import { restructure } from './index.js';

const order = (text: string) => {
  const { lines } = toLines(text);
  return reassembleColumns(lines, classifyLines(lines)).lines.map((l) => l.text);
};

// a story in three columns of about the same measure, given by the text layer as column 3, column 1, column 2
const latinColumns = [
  'bridge would be paid for by the',
  'county and the state together, the',
  'engineer said at the end of the',
  'meeting on Thursday.',
  '',
  'The old ferry landing will close',
  'for good next spring, the county',
  'board decided on Wednesday after',
  'a long and at times heated dis-',
  '',
  'cussion about the cost of a new',
  'bridge over the river. The new',
  'crossing would cost about four',
  'million dollars, and half of the',
].join('\n');

describe('reassembleColumns', () => {
  it('puts a Latin story\'s column pieces back in reading order by their open ends and lower-case starts', () => {
    const lines = order(latinColumns);
    expect(lines[0]).toBe('The old ferry landing will close');
    expect(lines.indexOf('cussion about the cost of a new')).toBe(lines.indexOf('a long and at times heated dis-') + 1);
    expect(lines.indexOf('bridge would be paid for by the')).toBe(lines.indexOf('million dollars, and half of the') + 1);
    const page = restructure(latinColumns);
    expect(page.stories).toHaveLength(1);
    expect(page.stories[0]!.paragraphs.join(' ')).toContain('heated discussion about the cost');
  });

  it('moves a CJK column that opens with a clause mark after the column it finishes', () => {
    const text = [
      '，会议要求各部门把工作落到实处，确',
      '保各项任务按时完成。',
      '',
      '本报讯 昨天上午，全区召开工作推进',
      '会议，听取各部门上半年工作情况汇报',
      '并部署下一阶段的重点任务和具体措施',
      '',
      '一家新开的书店门口排起了长队，店主',
      '说周末来的读者比平时多了一倍。',
    ].join('\n');
    const lines = order(text);
    expect(lines.indexOf('，会议要求各部门把工作落到实处，确')).toBe(lines.indexOf('并部署下一阶段的重点任务和具体措施') + 1);
  });

  it('leaves text in reading order alone, and pieces set in another column width apart', () => {
    const inOrder = ['The old ferry landing will close', 'for good next spring, the county', 'board decided on Wednesday after a', 'long debate.', '', 'Residents who spoke at the hearing', 'asked for a bus service to replace', 'it until a bridge is built.'].join('\n');
    expect(order(inOrder)).toEqual(inOrder.split('\n').filter(Boolean));
    // the lower-case piece is set in a measure twice as wide: another story's, not this one's
    const otherColumn = ['The old ferry landing will close', 'for good next spring, the county', 'board decided on Wednesday after', '', 'Weather: sunny and warm through the weekend with', 'light winds, according to the service.', '', 'and a long and heated discussion', 'about the cost of a new bridge.', 'The mayor said she would wait.'].join('\n');
    expect(order(otherColumn)).toEqual(otherColumn.split('\n').filter(Boolean));
  });

  it('does not continue a piece its closing byline ended', () => {
    const text = ['本报讯 区里近日开展了文明城市创建', '活动，居民纷纷参与。记者 景静', '', '，街道办事处还组织志愿者上门走访了', '辖区内的老年住户和困难家庭。'].join('\n');
    expect(order(text)).toEqual(text.split('\n').filter(Boolean));
  });

  it('only ever reorders whole lines: a permutation of the input, every line once', () => {
    const piece = fc.array(fc.constantFrom('the county board', 'decided on it.', 'a long dis-', 'cussion of it', '会议要求各部门', '，确保任务完成。', 'By A WRITER', 'Page 3'), { minLength: 1, maxLength: 5 });
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), (pieces) => {
      const text = pieces.map((p) => p.join('\n')).join('\n\n');
      const { lines } = toLines(text);
      const kinds = classifyLines(lines);
      const out = reassembleColumns(lines, kinds);
      expect([...out.lines].map((l) => l.index).sort((a, b) => a - b)).toEqual(lines.map((l) => l.index));
      out.lines.forEach((l, i) => expect(out.kinds[i]).toBe(kinds[lines.indexOf(l)]));
    }));
  });
});
