/**
 * E-paper article views in the shapes of their systems (Founder's `content_N` view, People's Daily's): the title
 * block from the title fields, the byline and credits from the body, as a reader sees the page. The real pages
 * of ../shared/epaper-sites are read in tests/epaper-sites.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.node.js';
import { storiesOf } from '../../read-page.js';

const URL = 'http://epaper.hubeidaily.net/pc/content/202302/11/content_211250.html';

/** A Founder article view: title fields over a <founder-content> body, one <p> a paragraph with empty ones between. */
function founderView(fields: { intro?: string; main?: string; sub?: string }, paragraphs: string[], property = ''): string {
  return `<html><head><title>湖北日报数字报</title></head><body><div id="scroller"><div class="caption">
    <font id="guide"></font><p id="nowLayout" class="hide">02</p>
    <font id="intro-title">${fields.intro ?? ''}</font><font id="main-title">${fields.main ?? ''}</font>
    <font id="sub-title">${fields.sub ?? ''}</font><font id="author">2023年02月11日</font></div>
    <div class="content" id="content"><founder-content><!--enpcontent-->${paragraphs.map((p) => `<p>\u3000\u3000${p}</p><p></p>`).join('')}<!--/enpcontent-->${property}</founder-content></div>
    <div class="footer_sqd"><span>Copyright © 湖北日报</span></div></div></body></html>`;
}

const BODY = [
  '当前，全省上下正在深入学习贯彻党的二十大精神，各地各部门围绕高质量发展这一首要任务，抓项目、扩投资、促消费，经济运行开局良好。',
  '实践表明，只有把握好发展的主动权，才能在激烈的区域竞争中赢得先机。我们要以更大的决心和力度推进改革开放，激发市场主体活力。',
];
const SECTION = [
  '今年以来，全市新开工亿元以上项目一百二十个，同比增长百分之十五，项目建设呈现量质齐升的良好态势。',
  '下一步，各地将持续优化营商环境，完善要素保障，推动更多项目早落地、早投产、早见效。',
];

const read = (html: string) => {
  const page = extract(html, { url: URL });
  return { page, stories: storiesOf(page) };
};

describe('Founder article views', () => {
  it('take the title block from the title fields, the commentator’s byline from the first line, crossheads as one-line paragraphs', () => {
    const { page, stories } = read(founderView({ main: '奋力推进中国式现代化湖北实践', sub: '——论学习贯彻省委经济工作会议精神' },
      ['□ 湖北日报评论员', ...BODY, '<strong>坚持项目为王</strong>', ...SECTION]));
    expect(page).toMatchObject({ kind: 'article', title: '奋力推进中国式现代化湖北实践', byline: '湖北日报评论员', authors: [], publishedTime: '2023-02-11' });
    expect(stories.stories).toEqual([{
      kicker: null, headline: '奋力推进中国式现代化湖北实践', subheadline: '——论学习贯彻省委经济工作会议精神', dateline: null, byline: '湖北日报评论员',
      paragraphs: [...BODY, '坚持项目为王', ...SECTION],
    }]);
    expect(stories.unassigned).toEqual([]);
  });

  it('read a reporter’s byline with each role apart from the names it credits', () => {
    const { page, stories } = read(founderView({ intro: '光谷东进', main: '武汉新城建设提速' }, ['湖北日报全媒记者 戴文辉 通讯员 刘涛', ...BODY]));
    expect(page.authors).toEqual([{ name: '戴文辉', role: '湖北日报全媒记者' }, { name: '刘涛', role: '通讯员' }]);
    expect(stories.stories).toEqual([{
      kicker: '光谷东进', headline: '武汉新城建设提速', subheadline: null, dateline: null, byline: '湖北日报全媒记者 戴文辉 通讯员 刘涛', paragraphs: BODY,
    }]);
  });

  it('read an opening credit as dateline and byline, and leave the closing credit out of the paragraphs', () => {
    const opening = '湖北日报讯（记者王理略、通讯员鄂文旅）2月10日，湖北文旅重点项目招商签约大会在武汉举行，62个项目完成签约。';
    const wire = '新华社北京2月10日电 农业农村部10日消息，当前全国春耕备耕工作正有序推进。';
    const credit = '（新华社北京2月10日电 载2月11日《人民日报》）';
    const own = read(founderView({ main: '湖北文旅产业迎来“小阳春”' }, [opening, ...BODY])).stories.stories[0]!;
    expect(own).toMatchObject({ headline: '湖北文旅产业迎来“小阳春”', dateline: '湖北日报讯（记者王理略、通讯员鄂文旅）2月10日', byline: '记者王理略、通讯员鄂文旅' });
    expect(own.paragraphs).toEqual([opening, ...BODY]);
    const { stories } = read(founderView({ main: '全国春耕备耕有序推进' }, [wire, ...BODY, credit]));
    expect(stories.stories).toEqual([{ kicker: null, headline: '全国春耕备耕有序推进', subheadline: null, dateline: '新华社北京2月10日电', byline: null, paragraphs: [wire, ...BODY] }]);
    expect(stories.unassigned).toEqual([credit]);
  });

  it('fall back on the enpproperty comment where the title fields are missing, its date and the address’s where the page prints none', () => {
    const property = '<!--enpproperty <date>2023-02-10 00:00:00:0</date><author></author><subtitle>副题在此</subtitle><introtitle>引题在此</introtitle><title>主题在此</title>/enpproperty-->';
    const html = founderView({}, BODY, property).replace(/<div class="caption">[\s\S]*?<\/div>/, '');
    const { page, stories } = read(html);
    expect(page).toMatchObject({ title: '主题在此', publishedTime: '2023-02-10' });
    expect(stories.stories[0]).toMatchObject({ kicker: '引题在此', headline: '主题在此', subheadline: '副题在此', paragraphs: BODY });
    expect(extract(founderView({ main: '主题在此' }, BODY).replace(/<font id="author">.*?<\/font>/, ''), { url: URL }).publishedTime).toBe('2023-02-11');
  });
});

describe('People’s Daily article views', () => {
  it('take the kicker from <h3>, the headline from <h1> and the subheadline from <h2>/<h4> over the ozoom body', () => {
    const html = `<html><body><div class="main"><div class="article">
      <h3>代表委员热议政府工作报告</h3><h1>发展的事 看准了就坚持干</h1><h2></h2><h4>——来自代表通道的声音</h4>
      <p class="sec">人民日报 2026年03月10日 第01版</p>
      <div id="ozoom"><p>本报记者 张三</p>${BODY.map((p) => `<p>\u3000\u3000${p}</p>`).join('')}</div></div>
      <div class="copyright">人 民 网 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用</div></div></body></html>`;
    const page = extract(html, { url: 'http://paper.people.com.cn/rmrb/pc/content/202603/10/content_30144448.html' });
    expect(page).toMatchObject({ kind: 'article', title: '发展的事 看准了就坚持干', byline: '本报记者 张三', authors: [{ name: '张三', role: '本报记者' }], publishedTime: '2026-03-10' });
    expect(storiesOf(page).stories).toEqual([{
      kicker: '代表委员热议政府工作报告', headline: '发展的事 看准了就坚持干', subheadline: '——来自代表通道的声音', dateline: null, byline: '本报记者 张三', paragraphs: BODY,
    }]);
  });
});
