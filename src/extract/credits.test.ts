import { describe, expect, it } from 'vitest';
import { bylineLine, infoBarCredits, isBoilerplateLine, isTimestampLine, leadsInToClosingLinks, parseByline, printedDate } from './credits.js';

const parse = (...parts: string[]) => parseByline(parts);

describe('parseByline', () => {
  it('keeps the role apart from the names and drops the date', () => {
    expect(parse('By Meg James Staff Writer Nov. 19, 2019 3 AM PT')).toEqual({
      display: 'By Meg James, Staff Writer', authors: [{ name: 'Meg James', role: 'Staff Writer' }],
    });
  });

  it('splits words that ran together where elements meet', () => {
    expect(parse('By ', 'Meg James', 'Staff Writer')?.authors).toEqual([{ name: 'Meg James', role: 'Staff Writer' }]);
    expect(parse('Laura Winter', '19 Nov 2019')?.authors).toEqual([{ name: 'Laura Winter', role: null }]);
    expect(parse('Rodrigo Campos', '5 Min Read')?.display).toBe('Rodrigo Campos');
  });

  it('drops handles, relative times and follow buttons', () => {
    expect(parse('Natasha Turak', '@NatashaTurak')?.display).toBe('Natasha Turak');
    expect(parse('Natasha Turak@NatashaTurak')?.display).toBe('Natasha Turak');
    expect(parse('@catherineshu / 2 days')).toBeNull();
    expect(parse('Catherine Shu', '@catherineshu', ' / 2 days')?.display).toBe('Catherine Shu');
    expect(parse('Ana Ruiz', 'Follow')?.display).toBe('Ana Ruiz');
    expect(parse('Patrick Allan', 'Profile', 'Unfollow')?.display).toBe('Patrick Allan');
    expect(parse('Patrick Allan', 'Patrick Allan', 'Profile')?.authors).toEqual([{ name: 'Patrick Allan', role: null }]);
  });

  it('drops "Last updated", short relative times, a trailing dash and a role’s article', () => {
    expect(parse('Last Updated: January 7, 2025')).toBeNull();
    expect(parse('James Akinaka', '8h')?.display).toBe('James Akinaka');
    expect(parse('Nicolas Perriault —')?.display).toBe('Nicolas Perriault');
    expect(parse('By Alex Heath, a deputy editor')?.authors).toEqual([{ name: 'Alex Heath', role: 'Deputy Editor' }]);
  });

  it('drops a platform’s counters', () => {
    expect(parse('中国新闻网', '文章', '总阅读')?.authors).toEqual([{ name: '中国新闻网', role: null }]);
    expect(parse('中国新闻网 文章 总阅读 12.3万')?.display).toBe('中国新闻网');
  });

  it('never takes an editor for an author', () => {
    expect(parse('编辑:李楠')).toBeNull();
    expect(parse('责任编辑：', '王五')).toBeNull();
    expect(parse('记者 张三 责任编辑：王五')?.authors).toEqual([{ name: '张三', role: '记者' }]);
    expect(parse('2019-11-19 10:00 来源：中国新闻网 作者：张三 编辑：李楠')?.authors).toEqual([{ name: '张三', role: null }]);
  });

  it('reads Chinese roles before their names', () => {
    expect(parse('□ 本报记者 张三')).toEqual({ display: '本报记者 张三', authors: [{ name: '张三', role: '本报记者' }] });
    expect(parse('（本报记者 张三 李四 通讯员 王五）')?.authors).toEqual([
      { name: '张三', role: '本报记者' }, { name: '李四', role: '本报记者' }, { name: '王五', role: '通讯员' },
    ]);
    expect(parse('文/赵六')?.authors).toEqual([{ name: '赵六', role: null }]);
    expect(parse('滨江日报 记者 王五 赵六')?.authors).toEqual([{ name: '王五', role: '滨江日报记者' }, { name: '赵六', role: '滨江日报记者' }]);
    expect(parse('湖北日报全媒记者 戴文辉 通讯员 刘涛')?.authors).toEqual([{ name: '戴文辉', role: '湖北日报全媒记者' }, { name: '刘涛', role: '通讯员' }]);
  });

  it('reads trainee reporters apart from reporters, and never a photographer', () => {
    expect(parse('实习记者 樊亮 张明超 记者惠禾')?.authors).toEqual([
      { name: '樊亮', role: '实习记者' }, { name: '张明超', role: '实习记者' }, { name: '惠禾', role: '记者' },
    ]);
    expect(parse('文/张三 图/李四')?.authors).toEqual([{ name: '张三', role: null }]);
    expect(parse('文：张三 摄影：李四')?.authors).toEqual([{ name: '张三', role: null }]);
    expect(parse('By Ana Ruiz; Photographs by Lee Cho')?.authors).toEqual([{ name: 'Ana Ruiz', role: null }]);
  });

  it('reads names credited before their credit, and outlets as part of the role', () => {
    expect(parse('顶端新闻·河南商报记者马俊峰/文受访者供图')?.authors).toEqual([{ name: '马俊峰', role: '顶端新闻·河南商报记者' }]);
    expect(parse('张三/文 李四/图')?.authors).toEqual([{ name: '张三', role: null }]);
    expect(parse('张三 文 李四 摄')?.authors).toEqual([{ name: '张三', role: null }]);
    expect(parse('记者 张三 摄影 李四')?.authors).toEqual([{ name: '张三', role: '记者' }]);
    expect(parse('本报摄影记者 李四')?.authors).toEqual([{ name: '李四', role: '本报摄影记者' }]);
    expect(parse('张文 李文')?.authors.map((a) => a.name)).toEqual(['张文', '李文']);
  });

  it('reads an info bar’s author and date, never its source or editor', () => {
    expect(infoBarCredits('2023-02-11 09:35:12 来源：滨江日报 作者：张三 编辑：李四')).toEqual({
      byline: { display: '张三', authors: [{ name: '张三', role: null }] }, date: '2023-02-11T09:35',
    });
    expect(infoBarCredits('发布时间：2023年02月11日 09:35 来源：滨江新闻网 责任编辑：王五')).toEqual({ byline: null, date: '2023-02-11T09:35' });
    expect(infoBarCredits('发布日期：2023-02-11 浏览次数：35 字号：[大 中 小]')).toEqual({ byline: null, date: '2023-02-11' });
    expect(infoBarCredits('当天上午，市政府召开新闻发布会。')).toBeNull();
  });

  it('writes a name set in capitals as a reader would', () => {
    expect(parse('By BILL HOPPE')?.display).toBe('By Bill Hoppe');
    expect(parse('By ÉMILE O’BRIEN')?.authors[0]?.name).toBe('Émile O’Brien');
    expect(parse('By AP')?.display).toBe('By AP');
  });

  it('takes a commentator’s signature for a byline that names no one', () => {
    expect(bylineLine('□ 湖北日报评论员')).toEqual({ display: '湖北日报评论员', authors: [] });
    expect(bylineLine('本报评论员')).toEqual({ display: '本报评论员', authors: [] });
    expect(bylineLine('评论员们认为，改革仍需深化')).toBeNull();
  });

  it('reads several English authors', () => {
    expect(parse('By Jane Doe and John Roe')?.authors.map((a) => a.name)).toEqual(['Jane Doe', 'John Roe']);
    expect(parse('By ', 'Jane Doe', ', ', 'John Roe', ' · March 14, 2026')?.display).toBe('By Jane Doe and John Roe');
    expect(parse('By Jane Doe')?.display).toBe('By Jane Doe');
  });
});

describe('boilerplate lines', () => {
  it('knows the head and tail lines of article bodies', () => {
    for (const line of ['原标题：大桥通车', '2023-02-11 09:35 来源：滨江日报 编辑：李四', '（责任编辑：李楠）', '来源：滨江日报', '返回搜狐，查看更多', 'Share this article', 'Follow us on Twitter', '关注我们', 'Sign up for our newsletter']) {
      expect(isBoilerplateLine(line), line).toBe(true);
    }
    expect(leadsInToClosingLinks('More:')).toBe(true);
    expect(leadsInToClosingLinks('相关阅读')).toBe(true);
  });

  it('leaves story sentences alone', () => {
    for (const line of ['编辑部昨日收到读者来信。', 'Share prices rose on Monday.', 'More than 200 people attended.', 'The newsletter was first printed in 1901.']) {
      expect(isBoilerplateLine(line) || leadsInToClosingLinks(line), line).toBe(false);
    }
  });
});

describe('printedDate', () => {
  it('reads the dates datelines print, as ISO dates', () => {
    expect(printedDate('By Meg James Nov. 19, 2019 3 AM PT')).toBe('2019-11-19');
    expect(printedDate('Laura Winter 19 Nov 2019')).toBe('2019-11-19');
    expect(printedDate('Published September 3rd, 2025')).toBe('2025-09-03');
    expect(printedDate('2019年11月19日 10:05 来源：滨江日报')).toBe('2019-11-19T10:05');
    expect(printedDate('2019-11-9')).toBe('2019-11-09');
  });

  it('knows a line that is a timestamp and nothing more', () => {
    for (const line of ['November 19, 2019 at 5:10 pm', '2019-11-19 17:10', 'Updated 5:10 p.m. ET', 'Tuesday, Nov. 19, 2019', '2019年11月19日 17:10']) {
      expect(isTimestampLine(line), line).toBe(true);
    }
    for (const line of ['Ferry timetable changes for spring', 'November 19, 2019: the day the bridge fell', '5:10 pm train cancelled', 'By Ana Ruiz']) {
      expect(isTimestampLine(line), line).toBe(false);
    }
  });

  it('finds none where none is printed', () => {
    expect(printedDate('By May Li')).toBeNull();
    expect(printedDate('5 Min Read')).toBeNull();
    expect(printedDate('2019-13-40')).toBeNull();
  });
});
