import { describe, expect, it } from 'vitest';
import { classifyLines } from './classify.js';
import { toLines } from './lines.js';
import { segment } from './segment.js';

const segmentText = (text: string) => {
  const { lines } = toLines(text);
  const seg = segment(lines, classifyLines(lines));
  return {
    stories: seg.stories.map((s) => ({ body: s.body.map((b) => b.text), bylines: s.bylines })),
    pieces: seg.pieces.map((p) => p.lines.map((l) => l.text)),
    furniture: seg.furniture.map((f) => f.text),
  };
};

describe('segment', () => {
  it('cuts stories at openings and closing bylines, cutting a byline off a paragraph end', () => {
    const seg = segmentText('本报讯 近日，区里开展了一次很大的\n活动。记者 景静\n\n本报讯 7月7日下午，二七区在区委\n常委会议室召开推进会。\n记者 景静 通讯员 左学彬');
    expect(seg.stories).toEqual([
      { body: ['本报讯 近日，区里开展了一次很大的', '活动。'], bylines: ['记者 景静'] },
      { body: ['本报讯 7月7日下午，二七区在区委', '常委会议室召开推进会。'], bylines: ['记者 景静 通讯员 左学彬'] },
    ]);
  });

  it('starts a story at an English byline and keeps titles and furniture apart', () => {
    const seg = segmentText('PAGE A10, KEIZERTIMES, FEBRUARY 20, 2015\n\nTwo titles for Kuch\nBy ERIC A. HOWALD\nThe McNary High School girls\nteam will send a swimmer.\nPlease see KUCH, Page A11');
    expect(seg.stories).toEqual([{ body: ['The McNary High School girls', 'team will send a swimmer.'], bylines: ['By ERIC A. HOWALD'] }]);
    expect(seg.pieces).toEqual([['Two titles for Kuch']]);
    expect(seg.furniture).toEqual(['PAGE A10, KEIZERTIMES, FEBRUARY 20, 2015', 'Please see KUCH, Page A11']);
  });

  it('starts a new story where, after a break, the column width changes clearly and the text had come to a stop', () => {
    const narrow = ['党的十九大确立习近平新时代中国', '特色社会主义思想为全党的行动', '指南，完善党和国家监督体系。'];
    const wide = ['党的十八大以来，习近平同志在领导党和国家事业发展、领导开展', '具有许多新的历史特点的伟大斗争中，赢得了全党全国各族人民的', '衷心爱戴和坚决拥护，成为党中央的核心、全党的核心。'];
    expect(segmentText([...narrow, '', ...wide].join('\n')).stories).toHaveLength(2);
    expect(segmentText([...narrow, '', ...narrow].join('\n')).stories).toHaveLength(1);
  });

  it('gives author lines apart', () => {
    const { lines } = toLines('邵景均\n\n党的十八大以来，大量腐败分子受\n到查处。');
    expect(segment(lines, classifyLines(lines)).authors).toEqual([{ at: 0, text: '邵景均' }]);
  });

  it('resumes a story left mid-sentence when a lower-case line follows a boxed sidebar', () => {
    const seg = segmentText([
      'By ERIC A. HOWALD', 'Venegas said he would like to', 'win the title. “I also', '',
      'Champs in the making?', 'Ranked wrestlers headed into the', 'regional tournament:', '195 pounds: Alvarro Venegas, first.', '126 pounds: Sean Burrows, 10th', '',
      'want as many other guys going to', 'state with me as we can.”',
    ].join('\n'));
    expect(seg.stories.map((s) => s.body)).toEqual([
      ['Venegas said he would like to', 'win the title. “I also', 'want as many other guys going to', 'state with me as we can.”'],
      ['Ranked wrestlers headed into the', 'regional tournament:', '195 pounds: Alvarro Venegas, first.', '126 pounds: Sean Burrows, 10th'],
    ]);
    expect(seg.pieces).toEqual([['Champs in the making?']]);
  });
});

describe('segment: page furniture inside the text', () => {
  it('cuts a jump line off the end of a paragraph and keeps a CJK caption block apart', () => {
    const seg = segmentText('本报讯 近日，区里召开了推进会，部署\n了下一步工作。（下转第3版）\n\n图为会议现场。\n本报记者 王五 摄');
    expect(seg.stories.map((s) => s.body)).toEqual([['本报讯 近日，区里召开了推进会，部署', '了下一步工作。']]);
    expect(seg.furniture).toEqual(['（下转第3版）', '图为会议现场。', '本报记者 王五 摄']);
  });
});

describe('segment: jump lines', () => {
  it('ends a story that jumps mid-sentence: text after the jump line is no continuation of it', () => {
    const seg = segmentText([
      'By Jane Doe / Staff Writer', 'The council approved the plan on', 'Monday. Work is expected to start', 'in October, while crews set the', 'See TRAIL, Page 5A', '',
      'BUDGET', 'Continued from Page 1A', '', 'city’s reserve fund, which had', 'been built up over several years.',
    ].join('\n'));
    expect(seg.stories.map((s) => s.body[0])).toEqual(['The council approved the plan on', 'city’s reserve fund, which had']);
    expect(seg.furniture).toEqual(['See TRAIL, Page 5A', 'Continued from Page 1A']);
  });
});

describe('segment: teasers that end on a jump', () => {
  it('cuts a jump off a byline line and closes the teaser with that byline, also when the byline runs over two lines', () => {
    const seg = segmentText([
      'Il consiglio comunale ha approvato', 'il piano per il porto nuovo.', 'di Anna Rossi ● a pagina 12', '',
      'La giunta ha deciso di rinviare il', 'voto sul bilancio.', 'di Carlo Bianchi, Luca Verdi', 'e Marco Neri ● alle pagine 4 e 5',
    ].join('\n'));
    expect(seg.stories.map((s) => [s.body[0], s.bylines])).toEqual([
      ['Il consiglio comunale ha approvato', ['di Anna Rossi']],
      ['La giunta ha deciso di rinviare il', ['di Carlo Bianchi, Luca Verdi e Marco Neri']],
    ]);
    expect(seg.furniture).toEqual(['● a pagina 12', '● alle pagine 4 e 5']);
  });
});

describe('segment: a story continued from another page', () => {
  it('sets the leading jump apart and starts a new story with the text after it', () => {
    const seg = segmentText('本报讯 近日，区里开展了一次很大的\n活动，大家都参加了\n\n稳住外贸基本盘\n\n（上接第1版）今年以来，各地积极开拓\n多元化市场。');
    expect(seg.stories.map((s) => s.body)).toEqual([
      ['本报讯 近日，区里开展了一次很大的', '活动，大家都参加了'], ['今年以来，各地积极开拓', '多元化市场。'],
    ]);
    expect(seg.furniture).toEqual(['（上接第1版）']);
  });
});

describe('segment: Latin signatures', () => {
  it('closes a letter with its signature; a By line after text still opens a story', () => {
    const seg = segmentText('Keep the library open\n\nI was glad to read that the\nlibrary will stay open late.\nTom Brown, Eastfield\n\nBridge money\n\nThe city plans to spend a lot.\nBy JANE DOE\nThe council met on Monday night.');
    expect(seg.stories.map((s) => s.bylines)).toEqual([['Tom Brown, Eastfield'], [], ['By JANE DOE']]);
  });
});
