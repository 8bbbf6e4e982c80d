// @vitest-environment happy-dom
/**
 * The credits and dates an article prints around its headline and in its first lines, read from pages shaped
 * like Chinese and English news sites' markup (written for these tests, not copied from any site).
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const ZH_BODY = ['当天上午，市政府召开新闻发布会，介绍了今年城市更新工作的主要安排，涉及老旧小区改造、道路整治和公共空间提升等多个方面。',
  '据介绍，全市今年计划改造老旧小区一百二十个，惠及居民四万余户，同时新建口袋公园三十处，让市民在家门口就能享受绿色空间。',
  '市住建局负责人表示，各项工程将在年底前全部完工，并将广泛听取居民意见，确保改造项目真正符合群众需要。'];
const EN_BODY = ['The county opened its new library branch on Saturday after three years of building work, and hundreds of residents lined up before the doors opened.',
  'The branch, which cost $12 million, has a children’s wing, a makerspace and a community room that local groups can book without charge, officials said.',
  'Librarians said they expected the branch to lend more than 200,000 items in its first year, making it one of the busiest in the county system.'];

const zhPage = (head: string, info: string, first = ZH_BODY[0]!, url?: string) => extractDocument(parse(
  `<html lang="zh-CN"><head><meta charset="utf-8"><title>城市更新今年改造老旧小区120个_新闻中心</title>${head}</head><body>
  <div class="nav"><a href="/">首页</a> <a href="/news">新闻</a></div>
  <div class="main"><h1>城市更新今年改造老旧小区120个</h1>${info}
  <div class="content"><p>${first}</p><p>${ZH_BODY[1]}</p><p>${ZH_BODY[2]}</p></div></div></body></html>`,
), url ? { url } : {});

const enPage = (head: string, top: string, url?: string) => extractDocument(parse(
  `<html lang="en"><head><title>Library opens its doors</title>${head}</head><body>
  <header><a href="/">Home</a></header><main><article><h1>Library opens its doors</h1>${top}
  <div class="body"><p>${EN_BODY[0]}</p><p>${EN_BODY[1]}</p><p>${EN_BODY[2]}</p></div></article></main></body></html>`,
), url ? { url } : {});

describe('Chinese info bars under the headline', () => {
  it('reads the author and the date, never the source or the editor', () => {
    const page = zhPage('', '<div class="info"><span>2023-02-11 09:35:12</span><span>来源：滨江日报</span><span>作者：张三</span><span>编辑：李四</span></div>');
    expect(page.authors).toEqual([{ name: '张三', role: null }]);
    expect(page.publishedTime).toBe('2023-02-11T09:35');
    expect(page.text).not.toContain('来源');
  });

  it('reads 发布时间 and 责任编辑 as a date and an editor', () => {
    const page = zhPage('', '<p class="tips">发布时间：2023年02月11日 09:35 &nbsp; 来源：滨江新闻网 &nbsp; 责任编辑：王五</p>');
    expect(page.authors).toEqual([]);
    expect(page.byline).toBeNull();
    expect(page.publishedTime).toBe('2023-02-11T09:35');
  });

  it('takes no declared author that is the site’s address, nor a link to the author’s other articles', () => {
    const page = zhPage('<meta name="author" content="binjiang.com.cn">', '<div class="info">2015-11-05 阅读：8169 来源:转载 作者:孙仲旻</div>');
    expect(page.authors).toEqual([{ name: '孙仲旻', role: null }]);
    expect(zhPage('', '<div class="author">张三 <a href="/u/1">该作者文章</a></div>').byline).toBe('张三');
    expect(enPage('<meta name="author" content="Ana Ruiz (http://ruiz.example.org/ana/)">', '').byline).toBe('Ana Ruiz');
  });

  it('takes no declared author whom the page prints as its editor', () => {
    const page = zhPage('<meta name="author" content="李四">', '<div class="source">2023/2/11 来源：滨江日报 <span>编辑:李四</span></div>');
    expect(page.byline).toBeNull();
    expect(page.publishedTime).toBe('2023-02-11');
  });
});

describe('Chinese bylines in the first lines', () => {
  it('reads 本报记者 on a line of its own', () => {
    const page = zhPage('', '<div class="date">2023年02月11日</div>', '本报记者 张三');
    expect(page.authors).toEqual([{ name: '张三', role: '本报记者' }]);
    expect(page.text.startsWith(ZH_BODY[1]!)).toBe(true);
  });

  it('reads an agency dateline’s reporters, the paragraph kept whole', () => {
    const lead = `新华社北京2月11日电（记者 王五 李六）${ZH_BODY[0]}`;
    const page = zhPage('', '', lead);
    expect(page.authors).toEqual([{ name: '王五', role: '记者' }, { name: '李六', role: '记者' }]);
    expect(page.byline).toBe('记者 王五 李六');
    expect(page.text.startsWith(lead)).toBe(true);
  });

  it('reads 本报讯 with reporters and correspondents', () => {
    const page = zhPage('', '', `本报讯（记者 张三 通讯员 赵七）${ZH_BODY[0]}`);
    expect(page.authors).toEqual([{ name: '张三', role: '记者' }, { name: '赵七', role: '通讯员' }]);
  });

  it('reads 文/X and never the photographer of 图/Y', () => {
    const page = zhPage('', '<p class="author">文/张三 图/李四</p>');
    expect(page.authors).toEqual([{ name: '张三', role: null }]);
  });
});

describe('dates', () => {
  it('reads the date in the address where the page prints none', () => {
    expect(zhPage('', '', ZH_BODY[0], 'http://news.example.cn/2023-02/11/c_1129355.htm').publishedTime).toBe('2023-02-11');
    expect(zhPage('', '', ZH_BODY[0], 'http://www.example.com.cn/n1/2023/0211/c1001-32621.html').publishedTime).toBe('2023-02-11');
    expect(zhPage('', '', ZH_BODY[0], 'https://example.com/news/2023/02/11/city-renewal/').publishedTime).toBe('2023-02-11');
    expect(zhPage('', '', ZH_BODY[0], 'http://gov.example.cn/art/20230211/t20230211_556.html').publishedTime).toBe('2023-02-11');
    expect(zhPage('', '', ZH_BODY[0], 'https://example.com/p/2023999/').publishedTime).toBeNull();
  });

  it('reads a timestamp line opening the body as no paragraph of the story, with or without a year', () => {
    for (const stamp of ['Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM', 'Posted 10:42 a.m. ET']) {
      const page = extractDocument(parse(`<html><body><main><h1>Library opens its doors</h1><div class="body"><p>${stamp}</p>
        ${EN_BODY.map((p) => `<p>${p}</p>`).join('')}</div></main></body></html>`));
      expect(page.text.split('\n\n')).toEqual(EN_BODY);
    }
  });
});

describe('English bylines', () => {
  it('reads a byline and its timestamp on one line opening the body as credits, not a paragraph', () => {
    for (const [line, names] of [['Posted by Michael David Smith on November 19, 2019, 6:21 AM EST', ['Michael David Smith']],
      ['By Ana Ruiz , Tom Baker on Monday, November 18th, 2019 at 11:08 a.m.', ['Ana Ruiz', 'Tom Baker']]] as const) {
      const page = extractDocument(parse(`<html><body><main><h1>Library opens its doors</h1><div class="body"><p>${line}</p>
        ${EN_BODY.map((p) => `<p>${p}</p>`).join('')}</div></main></body></html>`));
      expect(page.text.split('\n\n')).toEqual(EN_BODY);
      expect(page.authors.map((a) => a.name)).toEqual(names);
      expect(page.publishedTime).toBe(line.includes('19,') ? '2019-11-19' : '2019-11-18');
    }
  });

  it('reads "By NAME" in capitals under the headline', () => {
    const page = enPage('', '<p>By BILL HOPPE</p><p>Nov. 19, 2019</p>');
    expect(page.authors).toEqual([{ name: 'Bill Hoppe', role: null }]);
    expect(page.byline).toBe('By Bill Hoppe');
    expect(page.publishedTime).toBe('2019-11-19');
    expect(page.text.startsWith(EN_BODY[0]!)).toBe(true);
  });

  it('reads a byline after the dek, with several authors', () => {
    const page = enPage('', '<p class="dek">A new branch with a makerspace and a children’s wing.</p><div>by Ana Ruiz, Tom Baker and Lee Cho</div>');
    expect(page.authors.map((a) => a.name)).toEqual(['Ana Ruiz', 'Tom Baker', 'Lee Cho']);
  });

  it('reads an author box with links', () => {
    const page = enPage('', '<div class="author-box"><a href="/by/ana-ruiz"><img src="a.jpg" alt="">Ana Ruiz</a> and <a href="/by/tom-baker">Tom Baker</a></div>');
    expect(page.authors.map((a) => a.name)).toEqual(['Ana Ruiz', 'Tom Baker']);
  });

  it('takes no byline from a navbox, a login box or a reference named like one, nor from a rail of other stories', () => {
    expect(enPage('', '<div class="authority-control"><a href="/a">Authority control</a> <a href="/b">National library records</a></div>').byline).toBeNull();
    expect(enPage('', '<div id="authorization"><a href="/in">Sign In</a>, <a href="/up">Sign Up</a></div>').byline).toBeNull();
    const rail = '<aside class="trending"><ul><li><a href="/x">Harbour news</a><div class="byline"><a href="/s">on Sister Site</a></div></li></ul></aside>';
    const page = extractDocument(parse(`<html lang="en"><head><title>Library opens its doors</title></head><body>${rail}<main><article><h1>Library opens its doors</h1>
      <div class="byline">By <a href="/ana">Ana Ruiz</a></div><div class="body"><p>${EN_BODY[0]}</p><p>${EN_BODY[1]}</p><p>${EN_BODY[2]}</p></div></article></main></body></html>`));
    expect(page.byline).toBe('By Ana Ruiz');
  });

  it('takes an agency for the author where no person is credited', () => {
    const page = enPage('<meta property="og:site_name" content="Valley Courier">', '<p>By The Associated Press</p>');
    expect(page.byline).toBe('By The Associated Press');
  });

  it('never takes a section label or the site’s name for the author', () => {
    expect(enPage('<meta name="author" content="Editorial">', '<div class="kicker">Editorial</div>').byline).toBeNull();
    expect(enPage('<meta property="article:author" content="Opinion">', '').byline).toBeNull();
    expect(enPage('<meta property="og:site_name" content="Al Jazeera"><meta name="author" content="Al Jazeera">', '').byline).toBeNull();
    expect(enPage('<meta name="author" content="Valley Courier">', '', 'https://www.valleycourier.com/news/library').byline).toBeNull();
    const page = enPage('<meta property="og:site_name" content="Al Jazeera"><meta name="author" content="Al Jazeera">', '<p>By Ana Ruiz</p>');
    expect(page.byline).toBe('By Ana Ruiz');
  });
});
