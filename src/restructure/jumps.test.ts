import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Story, StoryPage } from '../core/types.js';
import { characterBalance } from '../text/script.js';
import { placedTexts, restructure } from './index.js';
import { joinJumps, jumpKeyword, pageNumber, readJump } from './jumps.js';

/** Two pages of an English broadsheet: a story jumps from page 1 to page 7A under its keyword. */
const LATIN_FRONT = `City council approves new lottery plan

By JANE DOE

The city council voted on Tuesday to approve a new lottery plan that would fund the schools of the county for the next ten years, officials said.

The plan, which was debated in the council chamber for months and drew long queues of speakers to every hearing, drew the support of
See LOTTERY, Page 7A`;
const LATIN_INSIDE = `Bridge repairs to close Main Street for a month

Main Street will be closed between First and Fifth avenues from Monday while crews repair the bridge over the river, the county said.

LOTTERY

Continued from Page 1A

most of the council members, who said the schools needed the money badly after years of cuts to their budgets.

The mayor is expected to sign the plan next week.`;

/** Two pages (版) of a Chinese daily: a story turns from page 1 to page 4 (下转第4版 / 上接第1版). */
const CJK_FRONT = `全市推进老旧小区改造

本报讯（记者 张三）今年以来，我市加快推进老旧小区改造工作，截至目前已完成改造项目一百二十个，惠及居民三万余户，群众满意度持续提升。

市住建局负责人介绍，下一步将继续加大投入力度，重点解决（下转第4版）`;
const CJK_INSIDE = `（上接第1版）加装电梯、管网更新等群众最关心的问题，确保年底前全面完成改造任务。`;

/** Restructures each page, then joins the pages' jumped stories as a multi-page reading does. */
function readPages(pages: ReadonlyArray<[number | string, string]>) {
  const read = pages.map(([page, text]) => ({ page, ...restructure(text) }));
  const joined = joinJumps(read.flatMap((p) => p.stories.map((story) => ({ page: p.page, story }))), new Map(read.map((p) => [p.page, p.unassigned])));
  return { stories: joined.stories, unassigned: [...read.flatMap((p) => p.unassigned), ...joined.unassigned] };
}

function expectConserved(texts: readonly string[], result: ReturnType<typeof readPages>): void {
  const page: StoryPage = { language: null, stories: result.stories.map((s) => s.story), unassigned: result.unassigned };
  const { missing, extra } = characterBalance(texts, placedTexts(page));
  expect([...missing].filter(([c]) => c !== '-')).toEqual([]);
  expect([...extra]).toEqual([]);
}

describe('readJump: what a jump line says', () => {
  it.each([
    ['See LOTTERY, Page 7A', { back: false, page: '7A', keyword: 'LOTTERY' }],
    ['Please see SEEDS, Page A11', { back: false, page: 'A11', keyword: 'SEEDS' }],
    ['Continued on Page A6', { back: false, page: 'A6', keyword: null }],
    ['Continued from Page 1', { back: true, page: '1', keyword: null }],
    ['LOTTERY from Page 1A', { back: true, page: '1A', keyword: 'LOTTERY' }],
    ['（下转第4版）', { back: false, page: '第4版', keyword: null }],
    ['（上接第1版）', { back: true, page: '第1版', keyword: null }],
    ['Fortsetzung von Seite 3', { back: true, page: '3', keyword: null }],
  ])('%s', (text, { keyword, ...jump }) => expect([readJump(text), jumpKeyword(text)]).toEqual([jump, keyword]));

  it.each([['● a pagina 8', { back: false, page: '8', keyword: null }], ['See POLICE, A6', { back: false, page: 'A6', keyword: 'POLICE' }]])('%s', (text, { keyword, ...jump }) => {
    expect([readJump(text), jumpKeyword(text)]).toEqual([jump, keyword]);
  });

  it('reads a line that names no page as no jump', () => {
    expect(readJump('See the council')).toBeNull();
  });
});

describe('pageNumber', () => {
  it.each([['A6', 6], ['7A', 7], ['第04版：要闻', 4], ['第四版', 4], ['第十二版', 12], ['第十版', 10], [3, 3], ['要闻', null]] as const)('%s → %s', (label, n) => {
    expect(pageNumber(label)).toBe(n);
  });
});

describe('a single page: the story says where it goes on or came from', () => {
  it('Latin: See LOTTERY, Page 7A', () => {
    const page = restructure(LATIN_FRONT);
    expect(page.stories).toHaveLength(1);
    expect(page.stories[0]!.continuesOn).toBe('7A');
    expect(page.unassigned).toContain('See LOTTERY, Page 7A');
  });

  it('Chinese: 下转第4版 and 上接第1版', () => {
    expect(restructure(CJK_FRONT).stories[0]!.continuesOn).toBe('第4版');
    const inside = restructure(CJK_INSIDE);
    expect(inside.stories[0]!.continuedFrom).toBe('第1版');
    expect(inside.unassigned).toEqual(['（上接第1版）']);
  });

  it('a jump line set apart from any story\'s last line (after a folio or a caption) names no story', () => {
    const apart = restructure(`${LATIN_INSIDE}\n\nPAGE A10, KEIZERTIMES, FEBRUARY 20, 2015\n\nSee LOTTERY, Page 7A`);
    expect(apart.stories.map((s) => s.continuesOn)).toEqual([undefined, undefined]);
    expect(apart.unassigned).toContain('See LOTTERY, Page 7A');
  });

  it('a story with no jump has neither field', () => {
    const [story] = restructure(LATIN_INSIDE).stories;
    expect(story).not.toHaveProperty('continuesOn');
    expect(story).not.toHaveProperty('continuedFrom');
  });
});

describe('joinJumps: two parts on two pages become one story', () => {
  it('Latin: the part on 7A under the keyword LOTTERY follows the front page part, mid-sentence joined', () => {
    const { stories, unassigned } = readPages([[1, LATIN_FRONT], [7, LATIN_INSIDE]]);
    expect(stories.map((s) => s.story.headline)).toEqual(['City council approves new lottery plan', 'Bridge repairs to close Main Street for a month']);
    const lottery = stories[0]!;
    expect(lottery.page).toBe(1);
    expect(lottery.story.paragraphs).toEqual([
      'The city council voted on Tuesday to approve a new lottery plan that would fund the schools of the county for the next ten years, officials said.',
      'The plan, which was debated in the council chamber for months and drew long queues of speakers to every hearing, drew the support of most of the council members, who said the schools needed the money badly after years of cuts to their budgets.',
      'The mayor is expected to sign the plan next week.',
    ]);
    expect(lottery.story.byline).toBe('By JANE DOE');
    expect(lottery.story).not.toHaveProperty('continuesOn');
    expect(lottery.story).not.toHaveProperty('continuedFrom');
    expect(unassigned).toEqual(expect.arrayContaining(['See LOTTERY, Page 7A', 'Continued from Page 1A', 'LOTTERY']));
  });

  it('Chinese: 下转第4版 joins the part 上接第1版 on the edition page 第04版', () => {
    const { stories, unassigned } = readPages([['第01版：要闻', CJK_FRONT], ['第04版：综合', CJK_INSIDE]]);
    expect(stories).toHaveLength(1);
    expect(stories[0]!.story.headline).toBe('全市推进老旧小区改造');
    expect(stories[0]!.story.paragraphs.at(-1)).toBe('市住建局负责人介绍，下一步将继续加大投入力度，重点解决加装电梯、管网更新等群众最关心的问题，确保年底前全面完成改造任务。');
    expect(stories[0]!.story).not.toHaveProperty('continuesOn');
    expect(unassigned).toEqual(expect.arrayContaining(['（下转第4版）', '（上接第1版）']));
  });

  it('tells which part each story begins with', () => {
    const read = [['第01版', CJK_FRONT], ['第02版', LATIN_INSIDE], ['第04版', CJK_INSIDE]].flatMap(([page, text]) => restructure(text!).stories.map((story) => ({ page: page!, story })));
    expect(joinJumps(read).stories.map((s) => s.first)).toEqual([0, 1, 2]);
  });

  it('where the other part is not there, the story keeps where it goes on', () => {
    const { stories } = readPages([['第01版：要闻', CJK_FRONT], ['第02版：综合', CJK_INSIDE]]);
    expect(stories.map((s) => [s.story.continuesOn, s.story.continuedFrom])).toEqual([['第4版', undefined], [undefined, '第1版']]);
  });

  it('a titled part on the right page that shares no word with the story or its keyword is another story\'s', () => {
    const other = LATIN_INSIDE.replace('LOTTERY\n', 'STADIUM\n');
    const { stories } = readPages([[1, LATIN_FRONT], [7, other]]);
    expect(stories).toHaveLength(3);
    expect(stories[0]!.story.continuesOn).toBe('7A');
  });

  it('of two parts continued from page 1, each story takes the one its keyword or title names', () => {
    const story = (headline: string | null, paragraphs: string[], jump: Partial<Story>): Story =>
      ({ kicker: null, headline, subheadline: null, dateline: null, byline: null, paragraphs, ...jump });
    const parts = [
      { page: 1, story: story('Council backs lottery plan', ['The plan drew the support of'], { continuesOn: '7A' }) },
      { page: 1, story: story('Schools plan new budget', ['The budget cuts the costs of transport,'], { continuesOn: '7A' }) },
      { page: 7, story: story('BUDGET', ['while teachers keep their pay.'], { continuedFrom: '1A' }) },
      { page: 7, story: story('WINNERS', ['most of the council.'], { continuedFrom: '1A' }) },
    ];
    const jumpLines = new Map([[1, ['See WINNERS, Page 7A', 'See BUDGET, Page 7A']]]);
    const { stories, unassigned } = joinJumps(parts, jumpLines);
    expect(stories.map((s) => s.story.paragraphs)).toEqual([
      ['The plan drew the support of most of the council.'],
      ['The budget cuts the costs of transport, while teachers keep their pay.'],
    ]);
    expect(unassigned).toEqual(['WINNERS', 'BUDGET']);
  });
});

describe('joinJumps: nothing lost', () => {
  it('on the examples', () => {
    expectConserved([LATIN_FRONT, LATIN_INSIDE], readPages([[1, LATIN_FRONT], [7, LATIN_INSIDE]]));
    expectConserved([CJK_FRONT, CJK_INSIDE], readPages([['第01版', CJK_FRONT], ['第04版', CJK_INSIDE]]));
  });

  it('where a later page jumps back to an earlier one, whose part was read already (found by the property below)', () => {
    const texts = ['By JANE DOE\n\n（下转第2版），', '今年以来我市加快推进改造工作，See LOTTERY, Page 7A（上接第1版）'];
    expectConserved(texts, readPages(texts.map((t, k) => [k + 1, t])));
  });

  const pieces = ['See LOTTERY, Page 7A', 'Continued from Page 1', 'LOTTERY', '（下转第2版）', '（上接第1版）', '本报讯（记者 张三）', 'By JANE DOE',
    'The council voted on the plan', 'of the schools', '。', '，', '今年以来我市加快推进改造工作', '确保年底前完成', '\n\n', '\n'];
  const page = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));
  it('on random pages made of jump lines, titles, bylines and text', () => {
    fc.assert(fc.property(fc.array(page, { minLength: 1, maxLength: 4 }), (texts) => {
      expectConserved(texts, readPages(texts.map((t, k) => [k + 1, t])));
    }), { numRuns: 300 });
  });
});
