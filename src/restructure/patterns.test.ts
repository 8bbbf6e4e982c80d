import { describe, expect, it } from 'vitest';
import {
  datelineOf, endsInAbbreviation, endsInPhotoCredit, isCjkNameList, isCjkPersonalName, inlineBylineOf, isIndexEntry, isLatinPersonalName, isLatinSignature, leadingJump, isBylineContinuation, isCjkBylineLine, isCjkCaptionStart, isFolio, isFurniture, isJumpLine, isLatinBylineLine, isOpening, trailingLatinJump,
  trailingBylineContinuation, trailingCjkByline, trailingJump,
} from './patterns.js';

describe('openings and datelines', () => {
  it('recognises Chinese openings and copies the dateline up to the first comma', () => {
    expect(isOpening('本报讯 近日，二七区委统战部组')).toBe(true);
    expect(datelineOf('本报讯 7月 10日上午，二七区人大')).toBe('本报讯 7月 10日上午');
    expect(datelineOf('新华社北京7月7日电 （记者 张三）国务院')).toBe('新华社北京7月7日电');
    expect(isOpening('活动现场，大家通过感应橱窗和')).toBe(false);
  });

  it('recognises English datelines with and without a wire credit', () => {
    expect(isOpening('WASHINGTON — The Senate voted')).toBe(true);
    expect(datelineOf('WASHINGTON (AP) — The Senate voted')).toBe('WASHINGTON (AP)');
    expect(datelineOf('ST. PAUL, Minn. — Officials said')).toBe('ST. PAUL, Minn.');
    expect(isOpening('McNary High School’s')).toBe(false);
  });

  it('copies a byline printed inside the opening', () => {
    expect(inlineBylineOf('本报讯（记者 陈晓辉 通讯员 王五）近日，')).toBe('记者 陈晓辉 通讯员 王五');
    expect(inlineBylineOf('本报讯 近日，')).toBeNull();
  });

  it('reads a paper’s own news by its name (湖北日报讯) as 本报讯: the opening and its credit, without the lead’s first words', () => {
    const opening = '湖北日报讯 （记者王理略、通讯员鄂文旅）白云黄鹤传千古，高山流水觅知音。';
    expect(isOpening(opening)).toBe(true);
    expect(datelineOf(opening)).toBe('湖北日报讯 （记者王理略、通讯员鄂文旅）');
    expect(inlineBylineOf(opening)).toBe('记者王理略、通讯员鄂文旅');
    expect(datelineOf('本报讯（记者 陈晓辉）近日，区里召开了')).toBe('本报讯（记者 陈晓辉）近日');
    expect(datelineOf('（记者 陈晓辉）近日，区里召开了')).toBeNull();
  });
});

describe('bylines', () => {
  it('recognises standalone Chinese bylines, not sentences that mention a reporter', () => {
    expect(isCjkBylineLine('记者 景静')).toBe(true);
    expect(isCjkBylineLine('记者 景静 通讯员 左学彬 周祎')).toBe(true);
    expect(isCjkBylineLine('本报记者 张三 李四')).toBe(true);
    expect(isCjkBylineLine('记者在现场看到，大家都很忙')).toBe(false);
    expect(isCjkBylineLine('通讯员')).toBe(false);
    expect(isCjkBylineLine('湖北日报全媒记者 戴文辉 通讯员 刘涛')).toBe(true);
    expect(isCjkBylineLine('□ 湖北日报评论员')).toBe(true);
  });

  it('cuts a closing byline off the end of a paragraph', () => {
    expect(trailingCjkByline('为、再立新功。记者 景静')).toEqual({ at: 7, byline: '记者 景静' });
    expect(trailingCjkByline('他对记者 景静说了这些')).toBeNull();
  });

  it('recognises English bylines', () => {
    expect(isLatinBylineLine('By ERIC A. HOWALD')).toBe(true);
    expect(isLatinBylineLine('By Jane Doe and John Roe')).toBe(true);
    expect(isLatinBylineLine('JANE DOE / Staff Writer')).toBe(true);
    expect(isLatinBylineLine('By the end of the season the team had won')).toBe(false);
  });
});

describe('page furniture', () => {
  it('recognises jump lines, running heads, credits and web addresses', () => {
    expect(isJumpLine('Please see SEEDS, Page A11')).toBe(true);
    expect(isJumpLine('Continued on Page 4')).toBe(true);
    expect(isJumpLine('下转第3版')).toBe(true);
    // other papers' words for it, often after a bullet
    for (const jump of ['● a pagina 12', 'alle pagine 4 e 5', '● da pagina 2 a 7', 'Suite page 3', 'sigue en la página 4', 'Fortsetzung auf Seite 3', '► continua na página 6', '● nello sport']) expect(isJumpLine(jump)).toBe(true);
    expect(isJumpLine('La pagina 12 del rapporto dice altro')).toBe(false);
    expect(trailingLatinJump('di Anna Rossi ● a pagina 12')).toBe('di Anna Rossi'.length);
    expect(trailingLatinJump('The council met on Monday. ► Page 3')).toBe('The council met on Monday.'.length);
    expect(trailingLatinJump('Prices rose • sharply in the north')).toBe(-1);
    expect(isFurniture('PAGE A10, KEIZERTIMES, FEBRUARY 20, 2015')).toBe(true);
    expect(isFurniture('KEIZERTIMES/Eric A. Howald')).toBe(true);
    expect(isFurniture('责任编辑：王五')).toBe(true);
    expect(isFurniture('数据来源：市统计局 2024 年年鉴')).toBe(true); // a chart's source credit
    expect(isFurniture('资料来源：本报资料室')).toBe(true);
    expect(isFurniture('数据显示，全市去年新增就业岗位三万个。')).toBe(false);
    expect(isFurniture('KEIZERTIMES.COM')).toBe(true);
    expect(isFurniture('He went to see the game on page two of his notebook.')).toBe(false);
  });

  it('recognises folios and printed dates', () => {
    expect(isFolio('2018 年 1 月 16 日 星期二')).toBe(true);
    expect(isFolio('7 理论')).toBe(true);
    expect(isFolio('February 20, 2015')).toBe(true);
    expect(isFolio('加活动。')).toBe(false);
  });
});

describe('more trade vocabulary', () => {
  it('recognises slash credits and bylines led by a bullet', () => {
    expect(isCjkBylineLine('文/张三 图/李四')).toBe(true);
    expect(isCjkBylineLine('■本报记者 张三')).toBe(true);
    expect(isCjkBylineLine('文/张三说了很多很多话')).toBe(false);
  });

  it('recognises continuation heads, e-mail lines after a byline, trailing jumps and CJK captions', () => {
    expect(isJumpLine('SEEDS from Page A10')).toBe(true);
    expect(isJumpLine('(See SEEDS, Page A11)')).toBe(true);
    expect(isBylineContinuation('ehowald@keizertimes.com')).toBe(true);
    expect(trailingJump('进一步明确了工作。（下转第3版）')).toBe(9);
    expect(trailingJump('进一步明确了工作。')).toBe(-1);
    expect(isCjkCaptionStart('图为活动现场。本报记者 王五 摄')).toBe(true);
    expect(isCjkCaptionStart('图书馆开馆了')).toBe(false);
  });

  it('reads a caption closed by its photo credit', () => {
    for (const caption of ['The footbridge from the east pier on Monday. Photo: Lee Cho/Harbour Times', 'Crews at work on Monday. (AP Photo/Lee Cho)',
      '通车首日的滨江大桥。记者 张三 摄', 'Volunteers plant trees. Photos by Ana Ruiz']) {
      expect(endsInPhotoCredit(caption), caption).toBe(true);
    }
    for (const line of ['The council approved the plan. It will cost $2 million.', '他说：“我每天都来拍摄。”', 'Photo: Lee Cho']) {
      expect(endsInPhotoCredit(line), line).toBe(false);
    }
  });
});

describe('closing bylines in brackets', () => {
  it('cuts a bracketed closing byline off a paragraph end, brackets and all', () => {
    expect(trailingCjkByline('推进工作。（记者 张三 通讯员 李四）')).toEqual({ at: 5, byline: '（记者 张三 通讯员 李四）' });
    expect(trailingCjkByline('推进工作（见下图）')).toBeNull();
  });
});

describe('byline completions run into a line of text', () => {
  it('finds Of the X or Staff Writer at the end of a line', () => {
    expect(trailingBylineContinuation('on soccer team through middle school, PeterOf the Keizertimes')).toBe(43);
    expect(trailingBylineContinuation('the rest of the season')).toBe(-1);
  });
});

describe('trade patterns of other papers', () => {
  it('takes relayed wire dispatches and 本报记者…报道 for openings, with their bylines', () => {
    expect(isOpening('据新华社北京7月1日电 7')).toBe(true);
    expect(datelineOf('据新华社北京7月1日电 7月1日起，全国')).toBe('据新华社北京7月1日电');
    expect(inlineBylineOf('中新社旧金山7月10日电（记者 刘欣）加州议会')).toBe('记者 刘欣');
    expect(isOpening('本报记者 孙立平 通讯员 何佳 报道：今年以来')).toBe(true);
    expect(inlineBylineOf('本报记者 孙立平 通讯员 何佳 报道：今年以来，')).toBe('本报记者 孙立平 通讯员 何佳');
    expect(inlineBylineOf('记者在现场看到，大家都很忙')).toBeNull();
  });

  it('does not take an opening whose bracketed byline runs on to the next line for a byline line', () => {
    expect(isCjkBylineLine('本报讯（记者 陈晓辉 通讯员 杜')).toBe(false);
    expect(isCjkBylineLine('本报讯（通讯员 李 强）')).toBe(false);
  });

  it('takes a bare name in brackets for the closing byline of a brief, not a bracketed note', () => {
    expect(trailingCjkByline('就近看书。（李 明）')).toEqual({ at: 5, byline: '（李 明）' });
    expect(isCjkBylineLine('（李明）')).toBe(true);
    expect(trailingCjkByline('请看下期。（待续）')).toBeNull();
    expect(trailingCjkByline('这是规定（试行）')).toBeNull();
  });

  it('sets photo credits apart from bylines, whoever the agency, but not a line of text ending in 拍摄', () => {
    expect(isFurniture('新华社记者 张远航 摄')).toBe(true);
    expect(isFurniture('本报记者 韩 冰 摄')).toBe(true);
    expect(isFurniture('摄影：周 杰')).toBe(true);
    expect(isFurniture('(Photo by Ana Ruiz / The Ledger)')).toBe(true);
    expect(isFurniture('(AP Photo/Sam Lee)')).toBe(true);
    expect(isFurniture('大家在一起进行了拍摄')).toBe(false);
    expect(isCjkBylineLine('文/张三 图/李四')).toBe(true);
  });

  it('sets editor and layout credits, brief-column labels, staff-report credits and running heads apart', () => {
    expect(isFurniture('本版编辑：陈 晨')).toBe(true);
    expect(isFurniture('版式设计：王 岩')).toBe(true);
    expect(isFurniture('简讯')).toBe(true);
    expect(isFurniture('— From staff reports')).toBe(true);
    expect(isFurniture('4A • WEDNESDAY, JULY 12, 2023 • THE LEDGER')).toBe(true);
    expect(isFurniture('The Ledger | Wednesday, July 12, 2023 | 3A')).toBe(true);
    expect(isFurniture('The vote on July 12, 2023 was close, 3A said.')).toBe(false);
    expect(isFolio('B3 湾区新闻')).toBe(true);
  });
});

describe('abbreviations', () => {
  it('knows a month or a title the next line completes, not a sentence that ends', () => {
    expect(endsInAbbreviation('The fair runs Aug.', '16-20.')).toBe(true);
    expect(endsInAbbreviation('said Sen.', 'Jane Doe.')).toBe(true);
    expect(endsInAbbreviation('The fair runs in Aug.', 'The next one is in May.')).toBe(false);
    expect(endsInAbbreviation('He moved to the U.S.', 'Then he left.')).toBe(false);
  });
});

describe('jumps and signatures of national papers', () => {
  it('takes a jump at the head of a line of text apart from the text, and no such line for a jump line', () => {
    expect(isJumpLine('（上接第1版）今年以来，各地积极开拓')).toBe(false);
    expect(isJumpLine('（上接第1版）')).toBe(true);
    expect(leadingJump('（上接第1版）今年以来，各地积极开拓')).toBe(7);
    expect(leadingJump('（上接第1版）')).toBe(-1);
    expect(leadingJump('上接着说，今年以来')).toBe(-1);
  });

  it('copies a bracketed byline after a dated 本报…电 and takes the commentator’s signature for a byline', () => {
    expect(inlineBylineOf('本报北京7月11日电 （记者 赵文博、钱晓雨）记者从')).toBe('记者 赵文博、钱晓雨');
    expect(isCjkBylineLine('本报评论员')).toBe(true);
    expect(isCjkBylineLine('新华社评论员')).toBe(true);
    expect(isCjkBylineLine('评论员认为')).toBe(false);
    expect(isFurniture('本版责编：孙 瑶 马 宁')).toBe(true);
  });
});

describe('front-page furniture', () => {
  it('knows jump lines that give the page without the word, running heads with a price, credits in capitals', () => {
    expect(isJumpLine('Please see POLICE, A6')).toBe(true);
    expect(isJumpLine('See BUDGET, 3A')).toBe(true);
    expect(isJumpLine('See you at the game, A6 said')).toBe(false);
    expect(isFurniture('Thursday, July 13, 2023 • $1.50')).toBe(true);
    expect(isFurniture('STAFF PHOTO BY LEE CHO')).toBe(true);
    expect(isFurniture('The council met on July 13, 2023 • then it voted.')).toBe(false);
  });

  it('knows an index entry, not a sentence', () => {
    expect(isIndexEntry('Classifieds B6')).toBe(true);
    expect(isIndexEntry('Weather ....... A8')).toBe(true);
    expect(isIndexEntry('The team won 21')).toBe(true);
    expect(isIndexEntry('The team won the game.')).toBe(false);
  });
});

describe('personal names', () => {
  it('knows a name alone, not a headline or a sentence', () => {
    expect(isLatinPersonalName('Sam Park')).toBe(true);
    expect(isLatinPersonalName('Mary J. McCarthy')).toBe(true);
    expect(isLatinPersonalName('taught me about work')).toBe(false);
    expect(isLatinPersonalName('Fair board picks new director')).toBe(false);
  });
});

describe('wire datelines and byline forms of other papers', () => {
  it('takes Reuters-style datelines with a date, and any agency in brackets', () => {
    expect(datelineOf('BEIJING, July 10 (Reuters) - China said on Monday')).toBe('BEIJING, July 10 (Reuters)');
    expect(isOpening('WASHINGTON, Jan. 5 (Reuters) - The U.S. said')).toBe(true);
    expect(datelineOf('TOKYO (Kyodo) -- Japan will')).toBe('TOKYO (Kyodo)');
    expect(isOpening('COVID-19 cases rose again (AP) - said')).toBe(false);
  });

  it('takes By lines with a bar, a paper’s staff or an e-mail, capitals, Story by, Compiled by, and NAME, Staff Writer', () => {
    for (const b of ['By Jane Doe | Staff Writer', 'By Jane Doe, Ledger Staff', 'BY JANE DOE', 'Story by Jane Doe', 'By Jane Doe jdoe@ledger.com', 'Jane Doe, Staff Writer', 'Compiled by Jane Doe', 'Written by Jane Doe', 'COMPILED BY JANE DOE']) {
      expect(isLatinBylineLine(b)).toBe(true);
    }
    expect(isLatinBylineLine('By Tuesday, the council had voted')).toBe(false);
  });
});

describe('Chinese credit forms of other papers', () => {
  it('takes credits of other papers, with a role after a slash, after any bullet, and a bracketed name after a space', () => {
    expect(isCjkBylineLine('光明日报记者 张三')).toBe(true);
    expect(isCjkBylineLine('文/本报记者 张三')).toBe(true);
    expect(isCjkBylineLine('◎ 记者 张三')).toBe(true);
    expect(trailingCjkByline('推动工作。 （张 三）')).toEqual({ at: 6, byline: '（张 三）' });
    expect(inlineBylineOf('本报讯 记者张三报道 近日，')).toBe('记者张三');
    expect(isCjkBylineLine('这是光明日报的记者说的话')).toBe(false);
  });
});

describe('credits whose spaces a letter-spacing text layer lost', () => {
  it('splits an unspaced credit at its roles', () => {
    expect(trailingCjkByline('在本地落地转化。记者孟然通讯员白露')).toEqual({ at: 8, byline: '记者孟然通讯员白露' });
    expect(isCjkBylineLine('记者孟然通讯员白露')).toBe(true);
    expect(isCjkBylineLine('记者在现场看到大家')).toBe(false);
  });
});

describe('signatures', () => {
  it('knows a letter’s signature, with a town after a comma or a dash before it, not a By line or a sentence', () => {
    expect(isLatinSignature('Tom Brown, Eastfield')).toBe(true);
    expect(isLatinSignature('— Linda Park, Millbrook')).toBe(true);
    expect(isLatinSignature('Mary Smith')).toBe(true);
    expect(isLatinSignature('By Mary Smith')).toBe(false);
    expect(isLatinSignature('It was good, really')).toBe(false);
  });
});

describe('names in a row', () => {
  it('reads names set apart by wide spaces, a two-letter name spread over three letters\' width as one', () => {
    expect(isCjkNameList('汪 涛 吴光胜 胡查平')).toBe(true);
    expect(isCjkNameList('周 江 张济坤')).toBe(true);
    expect(isCjkNameList('王小明 李华')).toBe(true);
  });

  it('takes no title\'s phrases, letter-spaced text or a lone letter beside a name for names', () => {
    expect(isCjkNameList('适应融合趋势 增强竞争优势')).toBe(false);
    expect(isCjkNameList('制 造 业 服 务 化')).toBe(false);
    expect(isCjkNameList('习 近平')).toBe(false);
    expect(isCjkNameList('梁玉春')).toBe(false);
  });
});

describe('a Chinese person\'s name', () => {
  it('opens with a common surname, a compound one too, alone or in a row', () => {
    for (const name of ['何民捷', '李 斌', '欧阳修', '汪 涛 吴光胜 胡查平']) expect(isCjkPersonalName(name), name).toBe(true);
  });

  it('is no short phrase: a column\'s name, a rubric, a kicker', () => {
    for (const phrase of ['人民论坛', '今日谈', '要闻', '新思想', '适应融合趋势']) expect(isCjkPersonalName(phrase), phrase).toBe(false);
  });
});
