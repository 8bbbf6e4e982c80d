import { describe, expect, it } from 'vitest';
import { toLines } from './lines.js';
import { reflow } from './reflow.js';

const ctx = { hyphenated: new Set<string>() };
const reflowText = (text: string) => reflow(toLines(text).lines.map((line) => ({ line, text: line.text })), ctx);

describe('reflow', () => {
  it('ends a CJK paragraph at a short line with terminal punctuation, not at a blank line mid-sentence', () => {
    expect(reflowText('会议听取了总部经济、闲置楼宇、健\n康服务产业孵化基地等项目进展情\n况，与会领导和部门负责人进行了\n\n讨论发言。\n区委书记樊惠林强调，要瞄准科技创\n\n新型企业，加快科技成果转化。')).toEqual([
      '会议听取了总部经济、闲置楼宇、健康服务产业孵化基地等项目进展情况，与会领导和部门负责人进行了讨论发言。',
      '区委书记樊惠林强调，要瞄准科技创新型企业，加快科技成果转化。',
    ]);
  });

  it('ends a paragraph at a finished sentence followed by a blank line', () => {
    expect(reflowText('负责人共同为红色物业党建馆揭牌。\n\n康桥悦生活红色物业党建馆位于大学路。')).toEqual([
      '负责人共同为红色物业党建馆揭牌。', '康桥悦生活红色物业党建馆位于大学路。',
    ]);
  });

  it('keeps a full-width CJK line ending a sentence in its paragraph', () => {
    expect(reflowText('一二三四五六七八九十一二三四五六\n七八九十一二三四五六七八九十一。\n二三四五六七八九十一二三四五六七\n八。')).toEqual([
      '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一。二三四五六七八九十一二三四五六七八。',
    ]);
  });

  it('joins Latin lines with spaces and breaks where the next word would have fit', () => {
    expect(reflowText('McNary High School’s varsity\nwrestling team will have two\nno. 1 seeds at the meet.\nThe event gets underway at\n10 a.m. at Sprague High School.')).toEqual([
      'McNary High School’s varsity wrestling team will have two no. 1 seeds at the meet.',
      'The event gets underway at 10 a.m. at Sprague High School.',
    ]);
  });

  it('keeps one sentence over full lines together even when it ends a line', () => {
    expect(reflowText('The two wrestlers entering the\ntournament as top seeds are at\nthe ends of the spectrum here.\nSenior Alvarro Venegas will be\nin as the top-ranked wrestler.')).toEqual([
      'The two wrestlers entering the tournament as top seeds are at the ends of the spectrum here. Senior Alvarro Venegas will be in as the top-ranked wrestler.',
    ]);
  });

  it('starts a paragraph at a quote and after an attribution, and puts list items on their own', () => {
    expect(reflowText('He is the favourite for the title\nthis year at the big meet.\n“I want it,” Ebbs said.\nRanked wrestlers:\n195 pounds: Venegas, first.\n120 pounds: Ebbs, ninth.')).toEqual([
      'He is the favourite for the title this year at the big meet.', '“I want it,” Ebbs said.', 'Ranked wrestlers:',
      '195 pounds: Venegas, first.', '120 pounds: Ebbs, ninth.',
    ]);
  });

  it('follows markup block starts when they are informative, and ignores them on every line', () => {
    const lines = [{ text: 'One paragraph', hints: { blockStart: true } }, { text: 'continues here.' }, { text: 'Another one.', hints: { blockStart: true } }];
    expect(reflow(toLines({ lines }).lines.map((line) => ({ line, text: line.text })), ctx)).toEqual(['One paragraph continues here.', 'Another one.']);
    const everyLine = ['本报讯 近日，二七区委统战部组', '织机关支部党员参加活动。'].map((text) => ({ text, hints: { blockStart: true } }));
    expect(reflow(toLines({ lines: everyLine }).lines.map((line) => ({ line, text: line.text })), ctx)).toEqual(['本报讯 近日，二七区委统战部组织机关支部党员参加活动。']);
  });
});

describe('reflow of CJK columns whose paragraph indents were lost', () => {
  // a column 16 characters wide; a paragraph's first line is set in by two
  const full = '子丑寅卯辰巳午未申酉戌亥子丑寅卯', setIn = '子丑寅卯辰巳午未申酉戌亥子丑';

  it('ends a paragraph at a full line that finishes a sentence when the next line is set in by the indent', () => {
    const paragraphs = reflowText([setIn, full, '子丑寅卯辰巳午未申酉戌亥子丑寅。', setIn, full, '子丑。'].join('\n'));
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toMatch(/丑寅。$/);
  });

  it('keeps a set-in first line that finishes a sentence (a run-in lead) with the full line after it', () => {
    const paragraphs = reflowText([setIn, full, '子丑寅卯辰巳午未申酉戌亥子丑寅。', '坚持党对反腐工作的统一领导。', full, full, '丑寅。'].join('\n'));
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[1]).toMatch(/^坚持党对反腐工作的统一领导。子丑/);
  });

  it('keeps a line one character short of the measure that finishes a sentence (squeezed punctuation)', () => {
    expect(reflowText([setIn, full, full, '子丑寅卯辰巳午未申酉戌亥子丑。', full, full, '丑寅。'].join('\n'))).toHaveLength(1);
  });

  it('judges lines set beside a box by their own narrowed measure', () => {
    const five = [full, full, full, full, full];
    const paragraphs = reflowText([setIn, ...five, '子丑寅卯辰巳午', '午未申酉戌亥。', '子丑寅卯辰巳午', '子丑。', '子丑寅卯辰巳午', ...five, '丑寅。'].join('\n'));
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toMatch(/午未申酉戌亥。子丑寅卯辰巳午子丑。$/);
  });
});

describe('reflow of Latin columns whose paragraph indents were lost', () => {
  const text = 'McNary High School’s varsity team\nwill have two seeds at the meet\non Friday at Sprague High School.\nMarissa Kuch will be\nthe No. 6 seed going into the\nhundred yard freestyle race there.\nShe took the title at the meet.';
  const paragraphs = (indent: number) => reflow(toLines(text).lines.map((line) => ({ line, text: line.text })), ctx, { prose: false, breaks: true, indent });

  it('starts a paragraph at a line set in by the page\'s indent after a finished sentence', () => {
    expect(paragraphs(2)).toEqual([
      'McNary High School’s varsity team will have two seeds at the meet on Friday at Sprague High School.',
      'Marissa Kuch will be the No. 6 seed going into the hundred yard freestyle race there. She took the title at the meet.',
    ]);
  });

  it('does not where the page shows no indent, or a line lacks less than it', () => {
    expect(paragraphs(0)).toHaveLength(1);
    expect(paragraphs(6)).toHaveLength(1);
  });
});

describe('reflow with indents', () => {
  it('lets plain-text first-line indents decide paragraph starts', () => {
    const text = '      众所周知，当年的中国是一个高度政治化的社会。\n      在人类生活中，政治本来就占有相当重要的地位。按照\n阿伦特的观点，仅有政治活动才能赋予生命的意义。人类\n最精华的本质在於追求不朽。';
    expect(reflowText(text)).toEqual([
      '众所周知，当年的中国是一个高度政治化的社会。',
      '在人类生活中，政治本来就占有相当重要的地位。按照阿伦特的观点，仅有政治活动才能赋予生命的意义。人类最精华的本质在於追求不朽。',
    ]);
  });
});

describe('reflow: column breaks in CJK columns', () => {
  // a column of 16 characters: cut lines run full, a paragraph's first line is set in by two
  const col = ['一二三四五六七八九十一二三四五六', '七八九十一二三四五六七八九十一二', '三四五六七八九十一二三四五六七八'];

  it('keeps one paragraph across a column break after a full line that ends a sentence, the next line full too', () => {
    const text = [...col, '九十一二三四五六七八九十一二三。', '', '四五六七八九十一二三四五六七八九', '十一二三四五六七八九十一二三四五', '六七八。'].join('\n');
    expect(reflowText(text)).toHaveLength(1);
  });

  it('ends the paragraph at that column break when the next line is set in by the indent', () => {
    const text = [...col, '九十一二三四五六七八九十一二三。', '', '四五六七八九十一二三四五六七', '十一二三四五六七八九十一二三四五', '六七八。'].join('\n');
    expect(reflowText(text)).toHaveLength(2);
  });

  it('starts a paragraph at a line set in by the indent even when a column break follows it', () => {
    const text = [...col, '九十一二三四五六七八九十一二三。', '四五六七八九十一二三四五六七', '', '十一二三四五六七八九十一二三四五', '六七八九十一二三四五六七八九十一', '六七八。'].join('\n');
    expect(reflowText(text)).toHaveLength(2);
  });
});

describe('reflow: abbreviations', () => {
  it('does not end a paragraph at an abbreviation the next line completes', () => {
    expect(reflowText('The county fair board picked a\nnew director on Tuesday. The\nfair runs Aug.\n16-20 at the grounds.')).toHaveLength(1);
    expect(reflowText('The county fair board picked a\nnew director on Tuesday, said Sen.\nJane Doe at the grounds.')).toHaveLength(1);
  });
});

describe('reflow: quotes in news style', () => {
  it('lets a speaker’s next quote run on after a mid-paragraph attribution when the line is full', () => {
    const text = 'Council member Rita Gomez said\nshe would rather cut spending\nthan rely on savings again next\nyear. “We did this last year too,\nand the year before,” she said.\n“At some point we have to stop.”';
    expect(reflowText(text)).toHaveLength(1);
  });

  it('still ends a paragraph at a finished quote followed by a new quote', () => {
    expect(reflowText('Council member Rita Gomez said\nshe would rather cut spending.\n“We did this last year too.”\n“At some point we have to stop.”')).toHaveLength(3);
  });
});

describe('reflow: a Latin paragraph’s first line', () => {
  it('gives a first line the indent less room: a short word more would not have fit on it', () => {
    const text = 'Utility crews worked all through the\nday, one utility said.\nNo deaths were reported today.\nCrews urged the residents to stay\naway from lines and to check on\ntheir elderly neighbors as well.';
    expect(reflowText(text)).toEqual([
      'Utility crews worked all through the day, one utility said.',
      'No deaths were reported today. Crews urged the residents to stay away from lines and to check on their elderly neighbors as well.',
    ]);
  });
});
