import { describe, expect, it } from 'vitest';
import { classifyLines } from './classify.js';
import { toLines } from './lines.js';
import { segment } from './segment.js';
import { restructure } from './index.js';
import { assignTitles, nameTitleParts } from './titles.js';

const ctx = { hyphenated: new Set<string>() };

function titlesOf(text: string): Array<string | null> {
  const { lines } = toLines(text);
  const seg = segment(lines, classifyLines(lines));
  const { byStory } = assignTitles(seg.stories, seg.pieces, ctx);
  return byStory.map((g) => (g ? Object.values(nameTitleParts(g, ctx)).filter(Boolean).join('|') : null));
}

describe('assignTitles', () => {
  it('gives titles printed after their bodies, at the page end, to the stories they share words with', () => {
    const page = [
      '本报讯 近日，二七区召开产业发展推进', '会，为企业提供高质量的优质服务。', '记者 景静', '',
      '本报讯 近日，区人大代表视察政府投资', '项目执行情况，听取了项目介绍。', '记者 景静', '',
      '人大代表视察', '政府投资项目执行情况', '',
      '二七区召开产业发展推进会', '',
    ].join('\n');
    expect(titlesOf(page)).toEqual(['二七区召开产业发展推进会', '人大代表视察|政府投资项目执行情况']);
  });

  it('splits a run of title blocks between stories and keeps a kicker with no shared words with its headline', () => {
    const page = [
      'Exceeding Expectations', '', 'Peterson takes star status in stride', 'By ERIC A. HOWALD',
      'Tregg Peterson stands out on the', 'court as a star for his size', 'and his speed in the game.', '',
      'Rain delays the regatta', '', 'The regatta on the lake was', 'delayed by rain for two hours', 'on Sunday afternoon.',
    ].join('\n');
    expect(titlesOf(page)).toEqual(['Exceeding Expectations|Peterson takes star status in stride', 'Rain delays the regatta']);
  });

  it('leaves a title block with neither shared words nor a place next to a story unassigned', () => {
    const { lines } = toLines('本报讯 近日，区里开展防汛演练活动，增强\n了应急能力。\n记者 景静\n\n\n另一个毫不相干的栏目名称');
    const seg = segment(lines, classifyLines(lines));
    const result = assignTitles(seg.stories, seg.pieces, ctx);
    expect(result.byStory).toEqual([null]);
    expect(result.leftover).toHaveLength(1);
  });
});

describe('nameTitleParts', () => {
  const group = (texts: string[][]) => {
    // a body paragraph after a blank line: the page has breaks, so a multi-line title stays one piece
    const { lines } = toLines(`${texts.map((t) => t.join('\n')).join('\n\n')}\n\nBody text follows here.`);
    const seg = segment(lines, classifyLines(lines));
    return { pieces: seg.pieces, pieceIndexes: seg.pieces.map((_, i) => i), above: -1, after: -1, rank: 0 };
  };

  it('reads a dash-led second piece as subheadline, a first of two as kicker', () => {
    expect(nameTitleParts(group([['积极应对技术发展的挑战'], ['——《广播组织权制度》简评']]), ctx)).toEqual({ kicker: null, headline: '积极应对技术发展的挑战', subheadline: '——《广播组织权制度》简评' });
    expect(nameTitleParts(group([['After open-heart surgery'], ['11-year-old back in the game']]), ctx)).toEqual({ kicker: 'After open-heart surgery', headline: '11-year-old back in the game', subheadline: null });
  });

  it('joins a headline over several lines into one string, a short CJK first line being the kicker', () => {
    expect(nameTitleParts(group([['大学路街道', '康桥悦生活红色物业', '党建馆开馆']]), ctx)).toEqual({ kicker: '大学路街道', headline: '康桥悦生活红色物业党建馆开馆', subheadline: null });
    expect(nameTitleParts(group([['Celtics to top ranks in two', 'weight classes at district meet']]), ctx)).toEqual({ kicker: null, headline: 'Celtics to top ranks in two weight classes at district meet', subheadline: null });
  });

  it('with markup hints, the most prominent type is the headline: heading level first, font size within it', () => {
    const { lines } = toLines({ lines: [
      { text: 'Council approves flood wall', hints: { heading: 1, fontScale: 2, blockStart: true } },
      { text: 'The project will protect 1,200 homes.', hints: { heading: 2, blockStart: true } },
      { text: 'RIVERSIDE — The council voted on Thursday to fund the wall.', hints: { blockStart: true } },
    ] });
    const seg = segment(lines, classifyLines(lines));
    const titles = { pieces: seg.pieces, pieceIndexes: seg.pieces.map((_, i) => i), above: -1, after: -1, rank: 0 };
    expect(nameTitleParts(titles, ctx)).toEqual({ kicker: null, headline: 'Council approves flood wall', subheadline: 'The project will protect 1,200 homes.' });
  });
});

describe('assignTitles: one-word pieces', () => {
  it('keeps a kicker whose one word two stories share with the headline below it, not with the story above', () => {
    const page = [
      'Students win robotics title', 'HARLAN — A team of five students from', 'Harlan Middle School won first place at', 'the state robotics championship.', '',
      'SCHOOLS', '', 'District hires a nurse for each school', '', 'By Ana Ruiz',
      'Every school in the district will have', 'its own full-time nurse this fall, after', 'the board approved the hires on Tuesday.',
    ].join('\n');
    expect(titlesOf(page)).toEqual(['Students win robotics title', 'SCHOOLS|District hires a nurse for each school']);
  });
});

describe('nameTitleParts: a dash-led line', () => {
  it('opens the subheadline, also inside one run of title lines', () => {
    expect(titlesOf('生态修复见成效\n黄河故道重现湿地风光\n——沿岸五县区三年退耕还湿十二万亩\n\n清晨，黄河故道湿地公园里薄雾轻笼，\n成群的白鹭在浅滩上觅食。')).toEqual([
      '生态修复见成效|黄河故道重现湿地风光|——沿岸五县区三年退耕还湿十二万亩',
    ]);
    expect(titlesOf('全国夏粮收购进度过半\n——各地加强仓容调度确保农民售粮顺畅\n\n新华社北京7月10日电 记者10日从国家\n粮食和物资储备局获悉。')).toEqual([
      '全国夏粮收购进度过半|——各地加强仓容调度确保农民售粮顺畅',
    ]);
  });
});

describe('assignTitles: a kicker the layout set over its headline', () => {
  // the kicker's words belong more to the story before it than to its own; the layout set it over the headline
  const body = (text: string) => ({ text, hints: {} });
  const title = (text: string, fontScale: number, storyStart: boolean) => ({ text, hints: { heading: 1, fontScale, ...(storyStart ? { storyStart } : {}) } });
  const lines = [
    title('关于经济竞争优势的认识', 4, true), { text: '' },
    body('增强竞争优势是经济发展的要求，竞争优势来自创新。'), body('各地区增强竞争优势，适应融合趋势，发展很快。'), { text: '' },
    title('适应融合趋势 增强竞争优势', 2, true), { text: '' },
    title('加快制造业服务化转型', 4, false), { text: '' },
    body('制造业服务化是指制造业企业为顾客提供产品和服务。'), body('制造业服务化转型需要政策体系的支持和推动。'),
  ];

  it('keeps it with its headline as the kicker', () => {
    const story = restructure({ lines }).stories[1]!;
    expect([story.kicker, story.headline]).toEqual(['适应融合趋势 增强竞争优势', '加快制造业服务化转型']);
  });
});
