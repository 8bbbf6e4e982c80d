import { describe, expect, it } from 'vitest';
import { classifyLines } from './classify.js';
import { toLines } from './lines.js';

const kindsOf = (text: string) => {
  const { lines } = toLines(text);
  const kinds = classifyLines(lines);
  return lines.map((l, i) => `${kinds[i]}:${l.text}`);
};

describe('classifyLines', () => {
  it('finds a CJK title block set apart above an opening, and a closing byline', () => {
    expect(kindsOf('大学路街道\n康桥悦生活红色物业\n党建馆开馆\n\n本报讯 近日，二七区大学路街道\n康桥悦生活红色物业党建馆举行开馆\n仪式。\n记者 景静')).toEqual([
      'title:大学路街道', 'title:康桥悦生活红色物业', 'title:党建馆开馆',
      'opening:本报讯 近日，二七区大学路街道', 'body:康桥悦生活红色物业党建馆举行开馆', 'body:仪式。', 'byline:记者 景静',
    ]);
  });

  it('does not take a column fragment after a blank line for a title', () => {
    expect(kindsOf('下步计划，与会领导和部门负责人进\n行了\n\n讨论发言。\n区委书记樊惠林强调，要瞄准科技创')).toEqual([
      'body:下步计划，与会领导和部门负责人进', 'body:行了', 'body:讨论发言。', 'body:区委书记樊惠林强调，要瞄准科技创',
    ]);
    expect(kindsOf('参加活动。\n活动现场大家通过感应橱窗和透\n\n明屏技术，了解了长征精神。\n大家通过感应橱窗和透明屏技术，')).toEqual([
      'body:参加活动。', 'body:活动现场大家通过感应橱窗和透', 'body:明屏技术，了解了长征精神。', 'body:大家通过感应橱窗和透明屏技术，',
    ]);
  });

  it('finds an English headline over two lines above a byline, and the byline continuation', () => {
    expect(kindsOf('Celtics to top ranks in two\nweight classes at district meet\nBy ERIC A. HOWALD\nOf the Keizertimes\nMcNary High School’s\nvarsity team will go.')).toEqual([
      'title:Celtics to top ranks in two', 'title:weight classes at district meet', 'byline:By ERIC A. HOWALD',
      'bylineMore:Of the Keizertimes', 'body:McNary High School’s', 'body:varsity team will go.',
    ]);
  });

  it('takes a one-line English headline before a new sentence, but not body lines after a byline', () => {
    const kinds = kindsOf('\nTwo district titles for Kuch\nThe McNary High School\ngirls team will be sending a swimmer.');
    expect(kinds[0]).toBe('title:Two district titles for Kuch');
    expect(kinds[1]).toBe('body:The McNary High School');
  });

  it('takes a bare name on its own, or a lone letter set apart, for an author line, not a sentence fragment', () => {
    expect(kindsOf('心中有戒方能抵腐有力\n\n梁玉春\n\n党的十八大以来，大量腐败分子受\n到查处。\n\n肖\n\n下步计划，与会领导和部门负责人进\n行了')).toEqual([
      'title:心中有戒方能抵腐有力', 'author:梁玉春', 'body:党的十八大以来，大量腐败分子受', 'body:到查处。', 'author:肖',
      'body:下步计划，与会领导和部门负责人进', 'body:行了',
    ]);
  });

  it('takes several names set apart in a row under a title for an author line, on a page whose text layer spaces CJK letters at will', () => {
    const spacedText = ['制 造 业 服 务 化 是 指 制 造 业 企 业', '为 顾 客 提 供 更 加 完 整 的 包 括 产 品 和', '服 务 的 组 合 包 。 制 造 业 服 务 化 是', '基 于 制 造 业 的 服 务 和 面 向 服 务 的 制'];
    expect(kindsOf(['加快制造业服务化转型', '', '汪 涛 吴光胜 胡查平', ...spacedText].join('\n')).slice(0, 2)).toEqual(['title:加快制造业服务化转型', 'author:汪 涛 吴光胜 胡查平']);
    // a letter-spaced line of text is all lone letters: no names
    expect(kindsOf(['加快制造业服务化转型', '', '制 造 业 服 务', ...spacedText].join('\n'))[1]).not.toMatch(/^author:/);
  });

  it('takes a headline over two narrow lines set directly on the body, but not two body lines', () => {
    const body = ['The city council approved a new', 'budget for parks on Monday, adding', 'two new playgrounds and a pool to', 'the plan for the coming summer.'];
    expect(kindsOf(['', 'Council approves new', 'budget for parks', ...body].join('\n')).slice(0, 3)).toEqual([
      'title:Council approves new', 'title:budget for parks', 'body:The city council approved a new',
    ]);
    expect(kindsOf(['', 'the McNary Celtic Mat Club and', 'the wrestling program there', ...body].join('\n'))[0]).toBe('body:the McNary Celtic Mat Club and');
  });

  it('sets furniture, standalone folios, wide captions and pull quotes apart', () => {
    const text = [
      'PAGE A10, KEIZERTIMES, FEBRUARY 20, 2015', '', '7 理论', '',
      'A body line of ordinary column width here', 'and another line of the same width here', 'and one more line of this column width.', '',
      'McNary senior Tregg Peterson slams a ball home on an alley-oop during the game on Friday night.', '',
      '“I got a little', 'light-headed', 'and I was tired.”',
    ].join('\n');
    const kinds = kindsOf(text);
    expect(kinds[0]).toMatch(/^furniture:/);
    expect(kinds[1]).toMatch(/^furniture:/);
    expect(kinds[5]).toMatch(/^caption:/);
    expect(kinds.slice(6)).toEqual(['caption:“I got a little', 'caption:light-headed', 'caption:and I was tired.”']);
  });
});

describe('headlines broken after a comma', () => {
  it('takes a Latin headline broken over two lines after a comma, but not a line ending on a comma alone', () => {
    expect(kindsOf('Harbour board sets short-term,\nlong-term goals in session\n\nBy A WRITER\nThe harbour board met on Monday to\nset its goals for the year.').slice(0, 2)).toEqual(['title:Harbour board sets short-term,', 'title:long-term goals in session']);
    expect(kindsOf('The harbour board met on Monday.\n\nIn its session on the budget,\n\nThe board said it would wait.')[1]).toBe('body:In its session on the budget,');
  });
});

describe('graphic labels', () => {
  it('takes a run of tiny label blocks (a map\'s streets and places) for furniture, not headlines, and keeps a title block', () => {
    const kinds = kindsOf('Harbour plan wins final vote\n\nNORTH PIER\n\nMAIN ST\n\nPARKING\n\nFERRY\nTERMINAL\n\nThe harbour plan won its final vote on\nMonday, the council said.');
    expect(kinds.slice(0, 6)).toEqual(['title:Harbour plan wins final vote', 'furniture:NORTH PIER', 'furniture:MAIN ST', 'furniture:PARKING', 'furniture:FERRY', 'furniture:TERMINAL']);
    // a kicker, a headline and a deck are three blocks, not a graphic
    expect(kindsOf('The market opens at nine\non Saturdays, the council said.\n\nTRANSPORT\n\nNew ferry\n\nService starts May\n\nThe new ferry service starts in May, the\ncouncil said on Monday.').slice(2, 5)).toEqual(['title:TRANSPORT', 'title:New ferry', 'title:Service starts May']);
  });
});

describe('classifyLines on other papers', () => {
  it('takes a name-like line over a title block for its kicker, not an author line', () => {
    expect(kindsOf('城市更新\n老旧小区改造惠及十二万户居民\n\n本报讯 今年以来，本市加快推进\n老旧小区改造。').slice(0, 2)).toEqual([
      'title:城市更新', 'title:老旧小区改造惠及十二万户居民',
    ]);
    expect(kindsOf('心中有戒方能抵腐有力\n\n梁玉春\n\n党的十八大以来，大量腐败分子受\n到查处。')[1]).toBe('author:梁玉春');
  });

  it('sets the section name that opens a page apart from the first title block', () => {
    expect(kindsOf('4A • WEDNESDAY, JULY 12, 2023 • THE LEDGER\n\nNATION & WORLD\n\nSenate panel advances bill\n\nBy JANE MORROW\nWASHINGTON (AP) — A Senate\ncommittee advanced a bill.').slice(0, 3)).toEqual([
      'furniture:4A • WEDNESDAY, JULY 12, 2023 • THE LEDGER', 'furniture:NATION & WORLD', 'title:Senate panel advances bill',
    ]);
    expect(kindsOf('要闻\n\n全国夏粮收购进度过半\n\n新华社北京7月10日电 记者10日\n从有关部门获悉。')[0]).toBe('furniture:要闻');
    // a kicker set on its headline is no rubric
    expect(kindsOf('SCHOOLS\nDistrict hires nurses\n\nEvery school will have a nurse.')[0]).toBe('title:SCHOOLS');
  });

  it('does not take the body line set right under an English headline for a second title', () => {
    expect(kindsOf('\nRamp to close for repaving\nThe northbound ramp from\nOak Street to Route 9 will close\nfrom 7 p.m. Friday to Monday.').slice(0, 2)).toEqual([
      'title:Ramp to close for repaving', 'body:The northbound ramp from',
    ]);
  });
});

describe('classifyLines: briefs and folios', () => {
  it('takes a brief’s title line set on its narrow column, clearly short of it, for a title', () => {
    const kinds = kindsOf('序预约。\n\n博物馆推出夜场活动\n7月至8月每周五、周六晚，\n省博物馆延时开放至21时，并\n推出夜间讲解、文物修复体验\n等活动，观众可预约。');
    expect(kinds.slice(1, 3)).toEqual(['title:博物馆推出夜场活动', 'body:7月至8月每周五、周六晚，']);
  });

  it('keeps a crosshead broken over two narrow lines whole', () => {
    const kinds = kindsOf('代完善党和国家监督体系指明了方向。\n\n健全党和国家监\n督体系的战略部署\n中国特色社会主义进入新时代，我\n们党要有新气象新作为。形成新的气象\n和作为首先要靠全面从严治党，并把严');
    expect(kinds.slice(1, 3)).toEqual(['title:健全党和国家监', 'title:督体系的战略部署']);
  });

  it('sets a block of folio lines apart, a date over the page number', () => {
    expect(kindsOf('经济日报\n\n2023年7月12日 星期三\n第6版\n\n生态修复见成效').slice(1, 3)).toEqual(['furniture:2023年7月12日 星期三', 'furniture:第6版']);
  });
});

describe('classifyLines: captions with credits', () => {
  it('takes a sentence set apart over a photo credit for a caption, not a column of text over one', () => {
    const body = ['while crews set the new beams in', 'place over the creek this fall.', ''];
    expect(kindsOf([...body, 'Volunteers plant trees along the trail.', '(Photo by Ana Ruiz / The Ledger)'].join('\n')).slice(2)).toEqual([
      'caption:Volunteers plant trees along the trail.', 'furniture:(Photo by Ana Ruiz / The Ledger)',
    ]);
    expect(kindsOf([...body, 'Volunteers plant trees along the', 'Mill Creek trail on Saturday while', 'crews set the new beams in place', 'over the creek this fall.', '(Photo by Ana Ruiz / The Ledger)'].join('\n'))[2]).toBe('body:Volunteers plant trees along the');
  });
});

describe('classifyLines: lines that run on', () => {
  it('does not take a line ending in a preposition for a headline', () => {
    expect(kindsOf('\nThe council approved the plan on\nMonday. Work is expected to start\nin October this year, after the rains.')[0]).toBe('body:The council approved the plan on');
  });
});

describe('classifyLines: a paragraph start after a break is no brief title', () => {
  it('measures the column below by most of its lines, not by one over-wide line of squeezed punctuation', () => {
    const kinds = kindsOf('负责人共同为红色物业党建馆揭牌。\n\n康桥悦生活红色物业党建馆位于\n大学路街道康桥华城社区党群服务中\n心一楼，面积 139平方米。党建馆在\n设计上紧密结合了“一核八翼”党群组\n织、“一二三四五”工作法、“五红”特色色色');
    expect(kinds[1]).toBe('body:康桥悦生活红色物业党建馆位于');
  });
});

describe('classifyLines: front-page boxes', () => {
  it('sets an index box apart, its heading left for the title assignment, and a caption under its credit', () => {
    expect(kindsOf('INSIDE\nClassifieds B6\nComics B4\nOpinion A5\n\nPool reopens after repairs\nThe Lincoln Park pool will\nreopen Saturday, the city said.').slice(0, 4)).toEqual([
      'title:INSIDE', 'furniture:Classifieds B6', 'furniture:Comics B4', 'furniture:Opinion A5',
    ]);
    expect(kindsOf('the end of the story.\n\nSTAFF PHOTO BY LEE CHO\nFirefighters hose down the remains of a shed.').slice(1)).toEqual([
      'furniture:STAFF PHOTO BY LEE CHO', 'caption:Firefighters hose down the remains of a shed.',
    ]);
  });

  it('does not take two lines ending in numbers for an index box', () => {
    expect(kindsOf('\nThe score was tied at 21\nThe Celtics won it 28\nin the final seconds of play.')[0]).not.toBe('furniture:The score was tied at 21');
  });
});

describe('classifyLines: a page without blank lines', () => {
  const noBreaks = (text: string) => {
    const { lines, layout } = toLines({ lines: text.split('\n').map((t) => ({ text: t, hints: { blockStart: true } })) });
    const kinds = classifyLines(lines, layout);
    return lines.map((l, i) => `${kinds[i]}:${l.text}`);
  };

  it('sets folio lines heading the page apart and finds a title short of the column under it', () => {
    const kinds = noBreaks('2 要闻\n2023年7月12日 星期三\n稳住外贸基本盘\n今年以来，各地积极开拓多元化市场，\n对共建“一带一路”国家进出口保持较快\n增长，占外贸总值的比重进一步提升。');
    expect(kinds.slice(0, 4)).toEqual(['furniture:2 要闻', 'furniture:2023年7月12日 星期三', 'title:稳住外贸基本盘', 'body:今年以来，各地积极开拓多元化市场，']);
  });
});

describe('classifyLines: a column signed by a bare name', () => {
  it('takes a personal name between the headline and the text for the byline, not a two-word headline', () => {
    const kinds = kindsOf('GUEST COLUMN\n\nWhat the old mill\ntaught me about work\n\nSam Park\nThe summer I turned 16, my\nuncle got me a job at the mill.');
    expect(kinds.slice(1, 4)).toEqual(['title:What the old mill', 'title:taught me about work', 'byline:Sam Park']);
    expect(kindsOf('\nExceeding Expectations\n\nPeterson takes star status in stride\nBy ERIC A. HOWALD\nTregg Peterson stands out.')[0]).toBe('title:Exceeding Expectations');
  });
});

describe('classifyLines: letters', () => {
  it('takes a name (over a town) closing a letter for its byline, and stacked rubrics for furniture', () => {
    const kinds = kindsOf('OPINION\n\nLETTERS TO THE EDITOR\n\nKeep the library open late\nI was glad to read that the\nlibrary will stay open late.\nMary Smith\nHarlan\n\nBridge money is wasted\nThe city plans to spend a lot\non a new footbridge this year.\nTom Brown, Eastfield');
    expect(kinds.slice(0, 2)).toEqual(['furniture:OPINION', 'furniture:LETTERS TO THE EDITOR']);
    expect(kinds.slice(5, 7)).toEqual(['byline:Mary Smith', 'bylineMore:Harlan']);
    expect(kinds[10]).toBe('byline:Tom Brown, Eastfield');
  });

  it('does not take a name that runs on into more text for a signature', () => {
    expect(kindsOf('\nThe coach was happy.\nMary Smith\nscored twice in the game.')[1]).toBe('body:Mary Smith');
  });
});

describe('classifyLines: title-case headlines', () => {
  it('keeps the last line of a title-case headline a title, not a signed name', () => {
    const kinds = kindsOf('\nMcNary Wrestlers Head\nTo District Meet\nThe team will have two top seeds\nat the meet on Friday night.');
    expect(kinds[1]).not.toBe('byline:To District Meet');
    expect(kindsOf('\nCeltics Rally Late\n\nBrayden Ebbs Shines\nThe team will have two top seeds\nat the meet on Friday night.')[1]).toBe('title:Brayden Ebbs Shines');
  });
});

describe('classifyLines: a page laid out by its geometry', () => {
  const laidOut = (lines: ReadonlyArray<[string, Record<string, unknown>] | ''>) => {
    const { lines: read, layout } = toLines({ lines: lines.map((l) => (l === '' ? { text: '' } : { text: l[0], hints: l[1] })) });
    const kinds = classifyLines(read, layout);
    return read.map((l, i) => `${kinds[i]}:${l.text}`);
  };
  const heading = { heading: 1, fontScale: 2.5, bold: true, storyStart: true };

  it('takes a name set apart right under a headline for its byline, and the text under it for text', () => {
    expect(laidOut([
      ['Collaboration is lousy management', heading], '',
      ['Rick Meis', {}], '',
      ['I was intrigued by the column Mark', { indent: 0 }], ['Webb wrote recently about it.', { indent: 0 }],
    ])).toEqual(['title:Collaboration is lousy management', 'byline:Rick Meis', 'body:I was intrigued by the column Mark', 'body:Webb wrote recently about it.']);
  });

  it('takes a Chinese name set under the headline in type larger than the text\'s, far smaller than the headline\'s, for its author', () => {
    const title = (fontScale: number) => ({ heading: 1, fontScale });
    expect(laidOut([
      ['履行历史使命：伟大工程起决定性作用', { ...title(4), storyStart: true }], '',
      ['唐洲雁', title(1.5)], '',
      ['习近平同志在党的十九大报告中深入', { indent: 2 }], ['阐述了进行伟大斗争的重要意义。', { indent: 0 }],
    ]).slice(0, 2)).toEqual(['title:履行历史使命：伟大工程起决定性作用', 'author:唐洲雁']);
    // a short phrase set nearly as large as the headline is a title of its own
    expect(laidOut([
      ['新时代新气象', { ...title(2.4), storyStart: true }], '',
      ['再出发', title(2)], '',
      ['习近平同志在党的十九大报告中深入', { indent: 2 }], ['阐述了进行伟大斗争的重要意义。', { indent: 0 }],
    ])[1]).toBe('title:再出发');
  });

  it('takes a person\'s name set as a title of its own over text, in type a little larger than the text\'s, for its author; a column\'s name stays a title', () => {
    const text: Array<[string, Record<string, unknown>]> = [['历史上、现实中，很多人以顽强拼搏', { indent: 2 }], ['为人生信条，不断提升自己。', { indent: 0 }]];
    expect(laidOut([['何民捷', { heading: 1, fontScale: 1.5, storyStart: true }], '', ...text])[0]).toBe('author:何民捷');
    expect(laidOut([['人民论坛', { heading: 1, fontScale: 1.5, storyStart: true }], '', ...text])[0]).toBe('title:人民论坛');
    expect(laidOut([['何民捷', { heading: 1, fontScale: 2.4, storyStart: true }], '', ...text])[0]).toBe('title:何民捷');
  });

  it('never takes a plain line for a title when its sentence runs on into the next line', () => {
    // set narrow beside a drop capital, capitalised as a headline might be: the geometry marked no title here
    const column = Array.from({ length: 6 }, (_, k): [string, Record<string, unknown>] => [`line ${k} of the column above, set full across its measure`, { indent: 0 }]);
    expect(laidOut([
      ['A story above', heading], '', ...column, ['and its last line.', { indent: 0 }], '',
      ['Hi, I’m Jack Parry, and I was the', { indent: 0 }], ['reporting intern at the Wallowa', { indent: 0 }],
      ['County Chieftain in Enterprise', { indent: 0 }], ['this summer.', { indent: 0 }],
    ]).filter((k) => k.startsWith('title:'))).toEqual(['title:A story above']);
  });
});
