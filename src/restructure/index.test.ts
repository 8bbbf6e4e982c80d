import { describe, expect, it } from 'vitest';
import { characterBalance } from '../text/script.js';
import { conserves, placedTexts, restructure } from './index.js';

const lossless = (input: string, page = restructure(input)) => {
  const { missing, extra } = characterBalance([input], placedTexts(page));
  return [...missing.keys()].every((c) => c === '-') && extra.size === 0;
};

describe('restructure', () => {
  it('restructures a small Chinese page into stories with title, dateline and byline', () => {
    const page = restructure('区委统战部\n永远跟党走 同心庆七一\n\n本报讯 近日，区委统战部组织党员\n参加“永远跟党走”主题活动。\n\n活动现场，大家了解了红色精神的内\n涵。记者 景静\n\n7 理论');
    expect(page).toEqual({
      language: 'zh',
      stories: [{
        kicker: '区委统战部', headline: '永远跟党走 同心庆七一', subheadline: null, dateline: '本报讯 近日', byline: '记者 景静',
        paragraphs: ['本报讯 近日，区委统战部组织党员参加“永远跟党走”主题活动。', '活动现场，大家了解了红色精神的内涵。'],
      }],
      unassigned: ['7 理论'],
    });
  });

  it('copies a byline printed inside the opening sentence', () => {
    const page = restructure('本报讯（记者 陈晓辉）近日，区里召开了\n推进会，部署了下一步的工作任务。');
    expect(page.stories[0]!.byline).toBe('记者 陈晓辉');
    expect(page.stories[0]!.paragraphs[0]).toContain('（记者 陈晓辉）');
  });

  it('restructures a small Korean page into its stories, the words of its lines spaced where they join', () => {
    const page = restructure([
      '새 다리 개통', '',
      '서울시는 월요일 강을 가로지르는 새 다리를 개통했다. 공사는', '여섯 주가 걸렸으며 아침부터 많은 시민이 다리를 건너러',
      '찾아왔다. 시장은 "지역 주민의 생활이 편리해질 것"이라고', '말했다.', '',
      '도서관 운영 시간 연장', '',
      '중앙도서관은 3월부터 평일 밤 아홉 시까지 문을 연다고', '이사회가 화요일 밝혔다. 이용자들의 요청이 많았다고 한다.',
    ].join('\n'));
    expect(page.language).toBe('ko');
    expect(page.stories.map((s) => [s.headline, s.paragraphs])).toEqual([
      ['새 다리 개통', ['서울시는 월요일 강을 가로지르는 새 다리를 개통했다. 공사는 여섯 주가 걸렸으며 아침부터 많은 시민이 다리를 건너러 찾아왔다. 시장은 "지역 주민의 생활이 편리해질 것"이라고 말했다.']],
      ['도서관 운영 시간 연장', ['중앙도서관은 3월부터 평일 밤 아홉 시까지 문을 연다고 이사회가 화요일 밝혔다. 이용자들의 요청이 많았다고 한다.']],
    ]);
    expect(page.unassigned).toEqual([]);
  });

  it('restructures a small English page with a dateline', () => {
    const page = restructure('Senate passes the budget\n\nWASHINGTON (AP) — The Senate passed the\nbudget on Friday after a long debate.\n“It is done,” the leader said.');
    expect(page.language).toBe('en');
    expect(page.stories).toHaveLength(1);
    expect(page.stories[0]).toMatchObject({ headline: 'Senate passes the budget', dateline: 'WASHINGTON (AP)' });
    expect(page.stories[0]!.paragraphs).toEqual(['WASHINGTON (AP) — The Senate passed the budget on Friday after a long debate.', '“It is done,” the leader said.']);
  });

  it('accepts lines with hints, one <br> line each with a block start on every line', () => {
    const lines = ['二七区召开产业发展推进会', '', '本报讯 7月7日下午，二七区在区委', '常委会议室召开产业发展推进会。', '记者 景静']
      .map((text) => ({ text, hints: { blockStart: true } }));
    const page = restructure({ lines, language: 'zh' });
    expect(page.stories).toEqual([{
      kicker: null, headline: '二七区召开产业发展推进会', subheadline: null, dateline: '本报讯 7月7日下午', byline: '记者 景静',
      paragraphs: ['本报讯 7月7日下午，二七区在区委常委会议室召开产业发展推进会。'],
    }]);
  });

  it('uses heading hints to name the parts of a title block', () => {
    const lines = [
      { text: 'After open-heart surgery', hints: { fontScale: 1.2, blockStart: true } },
      { text: '11-year-old back in the game', hints: { heading: 1, fontScale: 2, blockStart: true } },
      { text: 'Mehki China was practicing with his team when something went wrong after the surgery.', hints: { blockStart: true } },
    ];
    expect(restructure({ lines }).stories[0]).toMatchObject({ kicker: 'After open-heart surgery', headline: '11-year-old back in the game' });
  });

  it('returns an empty page for empty and whitespace-only input', () => {
    expect(restructure('')).toEqual({ language: null, stories: [], unassigned: [] });
    expect(restructure(' \n\t\n\u3000 ')).toEqual({ language: null, stories: [], unassigned: [] });
    expect(restructure({ lines: [] })).toEqual({ language: null, stories: [], unassigned: [] });
  });

  it('survives malformed input', () => {
    const bad = { lines: [null, { text: 42 }, { text: 'ok line' }] } as never;
    expect(restructure(bad).stories.length + restructure(bad).unassigned.length).toBeGreaterThan(0);
    expect(restructure(null as never)).toEqual({ language: null, stories: [], unassigned: [] });
    expect(restructure({ lines: 'not an array' } as never)).toEqual({ language: null, stories: [], unassigned: [] });
  });

  it('handles one 10 MB line without blowing up and loses nothing', () => {
    const line = '本报讯 近日，二七区委统战部组织机关支部党员 and some Latin words, 1234. '.repeat(200_000);
    expect(line.length).toBeGreaterThan(10_000_000);
    const page = restructure(line);
    expect(page.stories.length).toBeGreaterThan(0); // read as text, not handed back whole as the fallback does
    expect(lossless(line, page)).toBe(true);
  }, 60_000); // a limits test, not a speed test: room for a loaded machine

  it('loses nothing on binary garbage and right-to-left text', () => {
    const garbage = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join('');
    expect(lossless(garbage)).toBe(true);
    const arabic = 'هذا نص عربي من صفحة جريدة عن اجتماع المجلس البلدي أمس. ناقش الأعضاء الميزانية الجديدة والطرق والمدارس في المدينة.';
    const rtl = `مرحبا بالعالم\n\n${arabic}\n${arabic}\nשלום עולם, זה טקסט בעברית.\n\nبقلم أحمد`;
    const page = restructure(rtl);
    expect(lossless(rtl, page)).toBe(true);
    // by punctuation and breaks alone: sentences are a story's text, not the fallback's unassigned lines
    expect(page.stories.length).toBeGreaterThan(0);
  });
});

describe('conserves', () => {
  it('accepts removed hyphens, refuses lost or invented characters', () => {
    const page = { language: null, stories: [{ kicker: null, headline: null, subheadline: null, dateline: 'X', byline: null, paragraphs: ['physical'] }], unassigned: [] };
    expect(conserves(['physi-\ncal'], page)).toBe(true);
    expect(conserves(['physical!'], page)).toBe(false);
    expect(conserves(['physic'], page)).toBe(false);
  });
});

describe('restructure on many lines', () => {
  it('handles 300 000 short lines of furniture and body without exceeding any argument or stack limit', () => {
    const text = Array.from({ length: 150_000 }, (_, i) => (i % 2 ? '7 理论' : '')).join('\n') + '\n' + '本报讯 近日，一二三。\n'.repeat(150_000);
    const page = restructure(text);
    expect(lossless(text, page)).toBe(true);
    expect(page.stories.length).toBeGreaterThan(0);
  }, 60_000); // a limits test, not a speed test (speed is measured in npm run bench): room for a loaded machine
});

describe('restructure: ordinary articles, one paragraph per line', () => {
  const para = (words: number, seed: string) => `${Array.from({ length: words }, (_, i) => `${seed}${i % 7 ? 'word' : 'Word'}`).join(' ')}.`;

  it('keeps every paragraph, whatever its length, and subheads inside the one story', () => {
    const text = [
      'Senate passes the budget after a long night', '', 'By Jane Doe', '',
      `WASHINGTON (AP) — ${para(40, 'a')}`, '', para(120, 'b'), '', 'The list includes:', '', para(30, 'c'), '',
      'What comes next', '', para(50, 'd'), '', '“It is done,” the leader said.',
    ].join('\n');
    const page = restructure(text);
    expect(page.unassigned).toEqual([]);
    expect(page.stories).toHaveLength(1);
    expect(page.stories[0]).toMatchObject({ headline: 'Senate passes the budget after a long night', byline: 'By Jane Doe', dateline: 'WASHINGTON (AP)' });
    expect(page.stories[0]!.paragraphs).toHaveLength(7);
    expect(page.stories[0]!.paragraphs[4]).toBe('What comes next');
  });

  it('reads h2 subheads of an article as paragraphs of it', () => {
    const lines = [
      { text: '区政府召开专题会议', hints: { heading: 1, blockStart: true } },
      { text: `本报讯 近日，${'区政府召开专题会议研究部署重点工作。'.repeat(6)}`, hints: { blockStart: true } },
      { text: '加快项目建设', hints: { heading: 2, blockStart: true } },
      { text: '会议要求各部门加快项目建设进度，确保按期完成年度目标任务，切实提高工作效率和质量。'.repeat(2), hints: { blockStart: true } },
    ];
    const page = restructure({ lines });
    expect(page.stories).toHaveLength(1);
    expect(page.stories[0]!.headline).toBe('区政府召开专题会议');
    expect(page.stories[0]!.paragraphs).toHaveLength(3);
    expect(page.stories[0]!.paragraphs[1]).toBe('加快项目建设');
  });
});

describe('restructure: articles with numbered sections and wide paragraphs', () => {
  it('keeps numbered section heads inside one article', () => {
    const body = (s: string) => Array.from({ length: 4 }, (_, k) => `${s}是一场有着极为广泛的群众参与的政治运动第${k}行`).join('\n') + '。';
    const text = `一、理解运动的一个重要内容\n\n${body('甲')}\n\n二、高度政治化的社会\n\n${body('乙')}\n\n三、没有对手的运动\n\n${body('丙')}`;
    const page = restructure(text);
    expect(page.stories).toHaveLength(1);
    expect(page.stories[0]!.headline).toBe('一、理解运动的一个重要内容');
    expect(page.stories[0]!.paragraphs).toContain('二、高度政治化的社会');
  });

  it('does not take a long paragraph set wider than the columns for a caption', () => {
    const column = Array.from({ length: 12 }, () => 'short column line of text').join('\n');
    const wide = 'Black Friday is going to be huge for all sorts of products, from TVs and vacuums to pots and more. '.repeat(5).trim();
    const page = restructure(`${column}.\n\n${wide}\n\n${column}.`);
    expect(page.unassigned).toEqual([]);
  });
});

describe('restructure on many stray title lines', () => {
  it('offers the title assignment only a few candidates per story (no cubic blow-up)', () => {
    const strays = Array.from({ length: 20_000 }, (_, i) => `栏目名称第${i}号`).join('\n\n');
    const text = `本报讯 近日，栏目名称第一号召开了推进会，部署\n了下一步工作。\n记者 景静\n\n${strays}`;
    const page = restructure(text);
    expect(page.stories).toHaveLength(1);
    expect(lossless(text, page)).toBe(true);
  });
});

describe('restructure: a small English e-paper page', () => {
  it('finds two stories with their two-line headlines, bylines with Staff Writer, a dateline and the jump line', () => {
    const text = [
      'PAGE A3, THE DAILY NEWS, MARCH 3, 2021',
      '',
      'Storm knocks out power',
      'to thousands in county',
      '',
      'By JOHN SMITH',
      'Staff Writer',
      '',
      'SALEM — A storm knocked out power',
      'to thousands of homes in the county',
      'on Tuesday night, officials said.',
      'Crews worked through the night to',
      'restore service to most customers',
      'by Wednesday morning.',
      '“We had every crew out there,” said',
      'utility spokeswoman Ann Lee.',
      'See STORM, Page A5',
      '',
      'Council approves new',
      'budget for parks',
      '',
      'By MARY JONES',
      'Staff Writer',
      '',
      'The city council approved a new',
      'budget for parks on Monday, adding',
      'two new playgrounds and a pool.',
      'The vote was 5-2.',
      'Council member Tom Ray said the',
      'plan was long overdue.',
    ].join('\n');
    const page = restructure(text);
    expect(page.unassigned).toEqual(['PAGE A3, THE DAILY NEWS, MARCH 3, 2021', 'See STORM, Page A5']);
    expect(page.stories.map((s) => [s.headline, s.byline, s.dateline, s.paragraphs.length])).toEqual([
      ['Storm knocks out power to thousands in county', 'By JOHN SMITH Staff Writer', 'SALEM', 2],
      ['Council approves new budget for parks', 'By MARY JONES Staff Writer', null, 2],
    ]);
  });
});

describe('restructure: a small Chinese page with a wire story, an inline byline, a jump line and a caption', () => {
  it('finds both stories, their titles before and after the body, and sets the furniture apart', () => {
    const text = [
      '2023年7月12日 星期三',
      '责任编辑：王五',
      '',
      '国务院常务会议',
      '部署稳经济一揽子措施',
      '',
      '新华社北京7月11日电 国务院总理主持召',
      '开国务院常务会议，部署稳经济一揽子措施，',
      '要求各地区各部门狠抓落实。',
      '',
      '会议指出，当前经济运行总体平稳，但',
      '也面临新的困难和挑战。要加大宏观政策',
      '调节力度，稳定市场预期。（下转第3版）',
      '',
      '本报讯（记者 陈晓辉 通讯员 王小明）7月',
      '10日，市图书馆新馆正式开馆，首日接待读',
      '者超过五千人次。',
      '',
      '新馆面积三万平方米，藏书两百万册。',
      '',
      '市图书馆新馆开馆',
      '',
      '图为读者在新馆阅读。本报记者 李四 摄',
    ].join('\n');
    const page = restructure(text);
    expect(page.unassigned).toEqual(['2023年7月12日 星期三', '责任编辑：王五', '（下转第3版）', '图为读者在新馆阅读。本报记者 李四 摄']);
    expect(page.stories.map((s) => [s.kicker, s.headline, s.byline, s.dateline, s.paragraphs.length])).toEqual([
      ['国务院常务会议', '部署稳经济一揽子措施', null, '新华社北京7月11日电', 2],
      [null, '市图书馆新馆开馆', '记者 陈晓辉 通讯员 王小明', '本报讯（记者 陈晓辉 通讯员 王小明）7月10日', 2],
    ]);
  });
});

describe('restructure: a page read by its geometry', () => {
  const heading = (text: string) => ({ text, hints: { heading: 1, fontScale: 2, bold: true, storyStart: true } });
  const line = (text: string) => ({ text, hints: { indent: 0 } });
  const story = [heading('Council approves the park'), { text: '' }, line('The city council voted on Tuesday to approve'), line('a new park on the old rail yard. Work starts'), line('in the spring, the mayor said.')];
  const staffBox = [heading('The County’s Newspaper Since 1884'), { text: '' }, line('General Manager, Ann Lee, alee@example.com'), line('Editor, editor@example.com'), line('Reporter, Bill Hale, bhale@example.com')];

  it('reads a box of lines without one sentence (a staff list) as no story, its text kept in unassigned', () => {
    const lines = [...story, { text: '' }, ...staffBox];
    const out = restructure({ lines });
    expect(out.stories.map((s) => s.headline)).toEqual(['Council approves the park']);
    expect(out.unassigned).toEqual(expect.arrayContaining(['The County’s Newspaper Since 1884', 'Editor, editor@example.com']));
    expect(conserves(lines.map((l) => l.text), out)).toBe(true);
  });

  it('keeps a long table without sentences (results, listings) as a story: a reader may keep it', () => {
    const table = Array.from({ length: 60 }, (_, k) => line(`Entry ${k + 1} Hereford ${(k * 7) % 100} points`));
    const out = restructure({ lines: [heading('Results of the county fair'), { text: '' }, ...table] });
    expect(out.stories.map((s) => s.headline)).toEqual(['Results of the county fair']);
  });
});
