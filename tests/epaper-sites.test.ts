/**
 * Real pages of e-paper sites (../shared/epaper-sites; they stay there, and these tests skip without them): page
 * views list their articles, label, PDF and page list; the edition index its pages' titles; article views read
 * their title block, dateline and byline as the page shows them. Every expectation is read off the pages' HTML as a
 * reader sees them rendered.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../src/extract/decode-html.js';
import { extract } from '../src/extract/extract.node.js';
import { storiesOf } from '../src/read-page.js';
import { shared } from './score.js';

const sites = join(shared, 'epaper-sites');
const read = (file: string, url: string) => extract(decodeHtml(readFileSync(join(sites, file))), { url });

describe.skipIf(!existsSync(sites))('e-paper sites: real pages', () => {
  it('a Founder page view (中国旅游报 第01版): its title list, its label, its PDF (an icon-only link) and the edition’s pages', () => {
    const base = 'http://www.ctnews.com.cn/paper/';
    const page = read('zglyb_20171013_node_1_page.htm', `${base}html/2017-10/13/node_1.htm`);
    expect(page).toMatchObject({
      kind: 'epaper-page', label: '第01版：旅游报01版', publishedTime: '2017-10-13', text: '', lines: [],
      // the map's areas lead to these articles too (306597 under ?div=0 and ?div=-1): each is listed once
      articles: [
        { title: '宁夏固原：红色旅游底色更足', url: `${base}html/2017-10/13/content_306582.htm?div=-1` },
        { title: '多措并举推动澳门融入世界旅游大格局', url: `${base}html/2017-10/13/content_306587.htm?div=-1` },
        { title: '甘肃：全域旅游从“环境革命”抓起', url: `${base}html/2017-10/13/content_306588.htm?div=-1` },
        { title: '杭州入选全球旅游最佳实践样本城市', url: `${base}html/2017-10/13/content_306593.htm?div=-1` },
        { title: '喜迎十九大展现新成就', url: `${base}html/2017-10/13/content_306597.htm?div=0` },
      ],
      pdf: `${base}images/2017-10/13/01/ZGLYB2017101301.pdf`,
      pages: ['01', '02', '03', '04', '05', '06', '08'].map((n) => ({
        label: `第${n}版：旅游报${n}版`, url: `${base}html/2017-10/13/node_${Number(n)}.htm`, pdf: `${base}images/2017-10/13/${n}/ZGLYB20171013${n}.pdf`,
      })),
    });
    expect(storiesOf(page)).toEqual({ language: null, stories: [], unassigned: [] });
  });

  it('a Founder page view (江西日报 A01): the page list’s labels in the paper’s own form, never the PDF reader’s download', () => {
    const base = 'http://epaper.jxnews.com.cn/jxrb/';
    const page = read('jxrb_20171009_node_187_page.htm', `${base}html/2017-10/09/node_187.htm`);
    if (page.kind !== 'epaper-page') throw new Error(`read as ${page.kind}`);
    expect(page.label).toBe('第A01版：头版');
    expect(page.articles.map((a) => a.title)).toEqual(['站在新的更高起点探索生态文明建设', '为美丽中国贡献“江西智慧”', '吉安绣好全域脱贫攻坚新画卷', '国家有前途 个人才有前途', '一片茶叶带富一方百姓']);
    expect(page.articles[0]!.url).toBe(`${base}html/2017-10/09/content_401862.htm`);
    expect(page.pdf).toBe(`${base}page/186/2017-10-09/A01/51281507497937890.pdf`);
    expect(page.pages.map((p) => p.label)).toEqual([
      '第A01版：头版', '第A02版：要闻', '第A03版：天下', '第A04版：专刊', '第B01版：专刊', '第B02版：综合', '第B03版：学与思', '第B04版：专刊',
      '第C01版：策划', '第C02版：关注', '第C03版：旅游', '第C04版：体育·娱乐',
    ]);
    expect(page.pages[11]).toEqual({ label: '第C04版：体育·娱乐', url: `${base}html/2017-10/09/node_198.htm`, pdf: `${base}page/186/2017-10-09/C04/57311507497921843.pdf` });
  });

  it('a People’s Daily page view (new template): its articles, the PDF下载 link, a page list without PDFs, no story from the copyright notice', () => {
    const base = 'http://paper.people.com.cn/rmrb/pc/';
    const page = read('rmrb_20260310_node_01_page_newtemplate.html', `${base}layout/202603/10/node_01.html`);
    if (page.kind !== 'epaper-page') throw new Error(`read as ${page.kind}`);
    expect(page.label).toBe('第01版：要闻');
    expect(page.articles).toEqual([
      '十四届全国人大四次会议举行第二次全体会议', '习近平向葡萄牙新任总统塞古罗致贺电', '以正确政绩观推动实现“十五五”良好开局（树立和践行正确政绩观）',
      '发展的事 看准了就坚持干（现场·代表通道）', '民生的事 获得感实实在在（现场·代表通道）', '“把中国刻在心上”（在现场·两会）', '图片报道',
    ].map((title, i) => ({ title, url: `${base}content/202603/10/content_${30144445 + i}.html` })));
    expect(page.pdf).toBe(`${base}attachement/202603/10/c6f8f134-8eec-4a8a-9e15-1b132379ff2b.pdf`);
    expect(page.pages).toHaveLength(20);
    expect(page.pages[5]).toEqual({ label: '06版：两会特刊', url: `${base}layout/202603/10/node_06.html`, pdf: null });
    expect(page.publishedTime).toBe('2026-03-10');
    expect(storiesOf(page).stories).toEqual([]);
  });

  it('a CMS edition index (江西日报电子版): each page’s titles under its label, the sidebar’s rankings no page', () => {
    const page = read('jxnews_jxrb_index_20171011.html', 'http://www.jxnews.com.cn/jxrb/');
    if (page.kind !== 'epaper-edition') throw new Error(`read as ${page.kind}`);
    expect(page.pages.map((p) => p.label)).toEqual([
      'A1版', 'A2版', 'A3版', 'A4版', 'B1版', 'B2版', 'B3版', 'B4版', 'C1版', 'C2版', 'C3版', 'C4版', '当代艺术', '井冈山', '学与思',
    ]);
    const [a1] = page.pages;
    expect(a1).toMatchObject({ url: 'http://www.jxnews.com.cn/jxrb/a1/', pdf: null });
    expect(a1!.articles.map((a) => a.title)).toEqual([
      '认真学习借鉴江西“法媒银”经验', '装点此关山 今朝更好看', '“天下英雄城”美誉天下—南昌打响城市名片的孜孜以求', '我省早稻最低收购价收购量占全国首位',
      '科技创新 贵在接力——访中科院院士黄路生', '宜春：让绿色品牌越擦越亮', '郭璐萍：把医疗项目做好做实', '秀美画卷',
    ]);
    expect(a1!.articles[0]!.url).toBe('http://www.jxnews.com.cn/jxrb/system/2017/10/11/016455920.shtml');
    // C1 lists six articles, two titles twice under their own addresses; 学与思's heading spans both its columns
    expect(page.pages.map((p) => p.articles.length)).toEqual([8, 8, 8, 8, 8, 8, 8, 8, 6, 8, 8, 8, 8, 8, 16]);
  });

  const hbrb = 'http://epaper.hubeidaily.net/pc/content/202302/11/';
  const nothingLost = (file: string, stories: ReturnType<typeof storiesOf>) => {
    const chars = (s: string) => [...s.replace(/\s+/g, '')].sort().join('');
    const html = readFileSync(join(sites, file), 'utf8');
    const fields = [...html.matchAll(/<font id="(?:intro-title|main-title|sub-title)">([^<]*)<\/font>/g)].map((m) => m[1]!);
    const body = [...html.matchAll(/<p>([^<]*)<\/p>/g)].map((m) => m[1]!);
    const out = [...stories.stories.flatMap((s) => [s.kicker ?? '', s.headline ?? '', s.subheadline ?? '', ...s.paragraphs]), ...stories.unassigned];
    expect(chars(out.join(''))).toBe(chars([...fields, ...body].join('')));
  };

  it('a Founder article view (湖北日报, a wire story): headline and subheadline from the title fields, the wire’s dateline', () => {
    const file = 'hbrb_20230211_content_211242_fragment.html';
    const page = read(file, `${hbrb}content_211242.html`);
    expect(page).toMatchObject({ kind: 'article', title: '习近平回信勉励援中非中国医疗队队员', publishedTime: '2023-02-11', byline: null, authors: [] });
    const stories = storiesOf(page);
    expect(stories.stories).toHaveLength(1);
    expect(stories.stories[0]).toMatchObject({
      kicker: null, headline: '习近平回信勉励援中非中国医疗队队员', subheadline: '以仁心仁术造福当地人民 以实际行动讲好中国故事', dateline: '新华社北京2月10日电', byline: null,
    });
    expect(stories.stories[0]!.paragraphs).toHaveLength(4);
    expect(stories.stories[0]!.paragraphs[0]).toMatch(/^新华社北京2月10日电 中共中央总书记/);
    nothingLost(file, stories);
  });

  it('a Founder article view (湖北日报, its own news): the kicker, the opening 湖北日报讯（记者…） as dateline and byline', () => {
    const file = 'hbrb_20230211_content_211245_fragment.html';
    const stories = storiesOf(read(file, `${hbrb}content_211245.html`));
    expect(stories.stories).toHaveLength(1);
    expect(stories.stories[0]).toMatchObject({
      kicker: '62个重点项目签约 总金额达1125亿元', headline: '湖北文旅产业迎来“小阳春”', subheadline: null,
      dateline: '湖北日报讯 （记者王理略、通讯员鄂文旅）', byline: '记者王理略、通讯员鄂文旅',
    });
    expect(stories.stories[0]!.paragraphs).toHaveLength(6);
    expect(stories.unassigned).toEqual([]);
    nothingLost(file, stories);
  });
});
