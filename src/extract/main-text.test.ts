// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const textOf = (html: string): string => extractDocument(parse(html)).text;

const chrome = `<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a> <a href="/sports">体育</a> <a href="/finance">财经</a></div>`;

describe('main text', () => {
  it('keeps the loose text that sits beside the paragraphs of an inline wrapper (a <font> around the article)', () => {
    const paragraphs = [
      '国际新闻局开张伊始，就酝酿创办对外宣传刊物，编辑部设在前门一带，人手不多，大家白天编稿，晚上还要校对清样，十分辛苦。',
      '这一段文字没有包在段落里，它直接跟在前一段后面，读者看到的却是同一篇文章的下一段，内容连贯，不能丢掉。',
      '国际新闻局正副局长都很谦虚，与局里的知识分子相处融洽，大家都觉得这段时期工作最愉快，工作上也很顺手。',
    ];
    const html = `<html><body>${chrome}<table><tr><td><font class="f14">
      <p>${paragraphs[0]}</p>${paragraphs[1]}<p>${paragraphs[2]}</p></font></td></tr></table></body></html>`;
    expect(textOf(html).replace(/\s+/g, '')).toBe(paragraphs.join(''));
  });

  const story = [
    '承蒙朋友的邀请，很高兴入住这个社区。作为技术社区，这里是写技术文章的好地方，我会集中写两个方面的内容。',
    '简单介绍一下我的情况：我曾为一家杂志写过专栏，从此进入技术写作，也翻译过几本书，和这个领域结下了不解之缘。',
    '目前我在一家公司担任软件架构师，并讲授软件开发课程，业余时间写作，希望以后和各位多多交流，共同进步。',
    '关于我的更多信息，可以访问我的个人网站，那里有我写过的文章、翻译过的书和讲过的课程的目录，欢迎批评指正。',
  ];
  const sidebar = `<div class="side"><ul>${['首页', '联系', '订阅', '登录', '归档', '分类'].map((t) => `<li><a href="/${t}">${t}</a></li>`).join('')}</ul></div>`;

  it('does not count an <a> without href (a named anchor left open around the article) as link text', () => {
    const html = `<html><body>${sidebar}<div class="main"><a name="top">
      ${story.map((p) => `<p>${p}</p>`).join('')}</a></div></body></html>`;
    const page = extractDocument(parse(html));
    expect(page.kind).toBe('article');
    expect(page.text.replace(/\s+/g, '')).toBe(story.join(''));
  });

  it('reads a page wrapped whole in one <form> (a server-side form page) and still leaves its comments out', () => {
    // More comment text than article text: left out for what the region is, not for being smaller.
    const remarks = ['又来了一位大哥啊，欢迎欢迎，以后常来交流，多写一些实用的文章。', '拜读了你翻译的书，很不错，期待你的新作早日出版，一定买一本。', '签个名吧，支持一下，写得很好，继续加油，希望多分享经验。'];
    const comments = `<div id="comments"><h3>评论</h3>${Array.from({ length: 12 }, (_, i) => `<h4><a href="#c${i}">#</a> 读者${i}</h4><p>${remarks[i % 3]}</p>`).join('')}</div>`;
    const html = `<html><body><form id="Form1" method="post" action="page.aspx"><input type="hidden" name="state" value="">
      ${sidebar}<div class="main"><div class="post">${story.map((p) => `<p>${p}</p>`).join('')}</div>${comments}</div></form></body></html>`;
    expect(textOf(html).replace(/\s+/g, '')).toBe(story.join(''));
  });

  it('takes a short post over a longer list of entries that each open with a link (a thread index, related posts)', () => {
    const post = '导游的收入很大一部分来自购物的回扣，这是业内的行规，境内游境外游都是这样的。以国内游为例，回扣一般在购物额的百分之十左右，个别的会更多。旅行车停在购物店门口会有停车费，进店购物一般要停留四十五分钟左右，店里会根据客人的人数付钱。所以，以我的经验，一定要看清楚合同。';
    const titles = ['参与旅行社的一般都是弱势群体', '你们是要故事，还是要发牢骚', '一把辛酸泪啊', '还是素质问题', '我也来哭诉一个', '我的经历：别上当', '北京之旅的困惑', '转一个别人的经历'];
    const entries = Array.from({ length: 40 }, (_, i) => `<li><a href="/t/${i}">${titles[i % titles.length]}，第${i}帖</a>【网友${i}】08-11 16:${10 + i} ${100 + i}字 [${140 + i}/0]</li>`).join('');
    const html = `<html><body>${sidebar}<table><tr><td><b>主题：</b>导游为什么热衷于让你购物</td></tr>
      <tr><td><p>${post}</p></td></tr></table><table><tr><td><b>回复线索：</b></td></tr><tr><td><ul>${entries}</ul></td></tr></table></body></html>`;
    const page = extractDocument(parse(html));
    expect(page.kind).toBe('article');
    expect(page.text).toBe(post);
  });

  it('keeps a table of data (header cells) inside the article even when its rows carry icons and no punctuation', () => {
    const paragraphs = [
      '本届选举共有五个政党参加，投票率比上届略有上升，各党得票情况如下表所示，计票工作已于昨晚全部完成。',
      '选举委员会表示，正式结果将在一周内公布，如有异议，各党可在三日内提出书面申诉，委员会将依法处理。',
    ];
    const rows = [['人民党', '412万', '38席'], ['民主党', '367万', '33席'], ['绿党', '98万', '9席'], ['自由党', '75万', '6席']];
    const table = `<table class="results"><tr><th>政党</th><th>得票</th><th>议席</th></tr>${rows
      .map(([party, votes, seats]) => `<tr><td><img src="/logo/${party}.png">${party}</td><td>${votes}</td><td>${seats}</td></tr>`).join('')}</table>`;
    const html = `<html><body>${sidebar}<div class="article"><p>${paragraphs[0]}</p>${table}<p>${paragraphs[1]}</p></div></body></html>`;
    const text = textOf(html).replace(/\s+/g, '');
    expect(text).toBe(paragraphs[0] + '政党得票议席' + rows.flat().join('') + paragraphs[1]);
  });

  it('leaves out a box of dated links under the article (times are not punctuation)', () => {
    const related = ['富夫妻望子成龙假离婚 三月后另娶', '银行关照直系亲属房贷记录', '夫妻勾结受贿近37万 原局长被判13年', '大学生结婚不能休婚假', '长期忍而不射 下下之策', '丈夫发现套子失踪']
      .map((t, i) => `·<a href="/n/${i}">${t}</a><span>（2005-04-0${i + 1} 17:1${i}PM）</span><br>`).join('');
    const html = `<html><body>${sidebar}<table><tr><td>${story.map((p) => `<p>${p}</p>`).join('')}
      <table><tr><td><b>相关报道：</b></td></tr><tr><td>${related}</td></tr></table></td></tr></table></body></html>`;
    expect(textOf(html).replace(/\s+/g, '')).toBe(story.join(''));
  });

  it('leaves out a side column of links and comment snippets that sits beside the article in a layout table', () => {
    const snippets = ['拿了人家的钱就是手软，说话都没什么底气，不要再说了。', '有些人就是会骂，见什么骂什么，回去自己干点实在的吧。', '这里估计挑拨的人非常多，真激烈啊，大家冷静一点。'];
    const latest = Array.from({ length: 4 }, (_, i) =>
      `<li>〖网友${i}〗回复：<a href="/p/${i}">《第${i}篇文章的标题在这里》</a><br>${snippets[i % 3]}<br>(2006-12-0${i % 9 + 1})</li>`).join('');
    const archive = Array.from({ length: 12 }, (_, i) => `<li><a href="/m/${i}">2006年${i + 1}月</a></li>`).join('');
    const html = `<html><body><table><tr><td>${story.map((p) => `<p>${p}</p>`).join('')}</td>
      <td><b>最新评论</b><ul>${latest}</ul><b>存档目录</b><ul>${archive}</ul></td></tr></table></body></html>`;
    expect(textOf(html).replace(/\s+/g, '')).toBe(story.join(''));
  });

  it('leaves out the page-turn bars above and below the article', () => {
    const bar = '<div>第<b>1</b>页/共<b>2</b>页 &lt;&lt;&nbsp;上一页 | <a href="?p=2">下一页</a>&nbsp;&gt;&gt;</div>';
    const html = `<html><body>${sidebar}<div class="article">${bar}${story.map((p) => `<p>${p}</p>`).join('')}${bar}</div></body></html>`;
    expect(textOf(html).replace(/\s+/g, '')).toBe(story.join(''));
  });
  it('keeps the rest of the article that a page folds into a box named like furniture ("read-more")', () => {
    const en = Array.from({ length: 13 }, (_, i) => `Paragraph ${i + 1} of the column: the government team, which toured the newsrooms this week, said the bill`
      + ' would require providers to store metadata, the who, where, when and how of every call, for two years, and the union says that must change.');
    const html = `<html><body>${sidebar}<div class="story-body">${en.slice(0, 5).map((p) => `<p>${p}</p>`).join('')}
      <div id="read-more"><div id="read-more-link"><a href="">Read more</a></div>
      <div id="read-more-content">${en.slice(5).map((p) => `<p>${p}</p>`).join('')}</div></div></div></body></html>`;
    expect(textOf(html).split('\n\n')).toEqual(en);
  });

  it('leaves out links to other stories set in the article under a lead-in (READ MORE:, DON\'T MISS, 相关阅读)', () => {
    const en = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} of the report: the inspectors, who visited the plant twice this year, said the`
      + ' operator had kept its records in order, but that the cooling system, installed in 1998, needs replacing soon.');
    const html = `<html><body>${sidebar}<div class="article"><p>${en[0]}</p><p>${en[1]}</p>
      <p><strong>READ MORE</strong>: <a href="/n/1">Plant operator fined over safety lapses at its northern site</a></p><p>${en[2]}</p><p>${en[3]}</p>
      <p><strong>DON'T MISS</strong></p><p><a href="/n/2">Cooling towers to be torn down next spring</a> [<strong>INSIGHT]<br></strong>
      <a href="/n/3">Minister visits the plant after the report</a> [<strong>VIDEO]</strong></p><p>${en[4]}</p><p>${en[5]}</p>
      <p>You may also like...</p><p><a href="/n/5">Who runs the plant, and who pays for it?</a></p></div></body></html>`;
    expect(textOf(html).split('\n\n')).toEqual(en);
    const zh = story.map((p) => `<p>${p}</p>`);
    const zhHtml = `<html><body>${sidebar}<div class="article">${zh.slice(0, 2).join('')}<p>相关阅读：<a href="/n/4">冬季用电高峰即将到来，电网做好准备</a></p>${zh.slice(2).join('')}</div></body></html>`;
    expect(textOf(zhHtml).replace(/\s+/g, '')).toBe(story.join(''));
  });

  it('leaves out the author box under the article (its bio is about the writer, not the story)', () => {
    const en = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} of the review: the headset, which we wore for two weeks of long sessions, stays`
      + ' comfortable, but its microphone, mounted on a short boom, picks up the hum of a desk fan from across the room.');
    const bio = 'Jane Roe is the senior editor of the site. Since joining in 2014, she has specialized in audio gear, home theater and the deals that go with them, and she lives in Ohio with her two dogs.';
    for (const box of [`<div class="author-bio"><h2>About the Author</h2><p>${bio}</p></div>`, `<div class="post-author"><h5><a href="/author/jr">Jane Roe</a></h5><p>${bio}</p></div>`]) {
      const html = `<html><body>${sidebar}<div class="entry-content">${en.map((p) => `<p>${p}</p>`).join('')}${box}</div></body></html>`;
      expect(textOf(html).split('\n\n')).toEqual(en);
    }
  });

  it('leaves out a box of teasers for other stories (linked headline, excerpt, byline and time) and keeps a post under its own linked title', () => {
    const en = Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1} of the review: the convertible, which goes on sale next summer, keeps the`
      + ' coupe’s engine, but its soft top, which folds in sixteen seconds, adds weight, so the chassis gains braces.');
    const teaser = (title: string, excerpt: string, stamp: string) => `<div class="item"><a href="/news/${title.length}"><h5>${title}</h5></a>
      <p>${excerpt}</p><label>Marcus Reyes <span>${stamp}</span></label></div>`;
    const rail = `<div class="grid next-prev">${teaser('Hot hatch gets a 300 hp version', 'The most powerful hatch yet has a huge rear wing', '2019-11-20 17:27:46')}
      ${teaser('Seven-seat MPV arrives next year', 'The new people carrier measures less than four meters long', '2019-11-20 12:57:32')}</div>`;
    const html = `<html><body>${sidebar}<div class="post">${en.map((p) => `<p>${p}</p>`).join('')}${rail}</div></body></html>`;
    expect(textOf(html).split('\n\n')).toEqual(en);
    const post = `<html><body>${sidebar}<div class="post"><div class="entry"><h2><a href="/2019/11/convertible">The convertible</a></h2>
      <div class="meta">November 19, 2019 at 5:10 pm</div>${en.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
    expect(textOf(post)).toContain(en.join('\n\n'));
  });

  it('keeps a one-item list of a link set between the article\'s paragraphs (a deal\'s "Get it at …"), and leaves out a list of links', () => {
    const en = Array.from({ length: 4 }, (_, i) => `Deal ${i + 1} of the roundup: the monitor, which we reviewed last spring, has a curved panel,`
      + ' a fast refresh rate and a stand that tilts, and it is now cheaper than it has ever been at the big stores.');
    const links = `<ul>${['Monitors', 'Laptops', 'Headphones', 'Consoles'].map((t) => `<li><a href="/deals/${t}">${t}</a></li>`).join('')}</ul>`;
    const html = `<html><body>${sidebar}<div class="article">${links}<p>${en[0]}</p><ul><li><a href="https://shop.example.com/m">Get it at Walmart for $238.99</a></li></ul>
      <p>${en[1]}</p><ul><li><strong>See it now:</strong> <a href="https://shop.example.com/l">Amazon</a></li></ul>${en.slice(2).map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect(textOf(html).split('\n\n')).toEqual([en[0], 'Get it at Walmart for $238.99', en[1], 'See it now: Amazon', ...en.slice(2)]);
  });

  it('leaves out a copyright notice or disclaimer box set under the article (反侵权公告, 声明, Disclaimer)', () => {
    const notice = `<div class="notice"><p><b>反侵权公告：</b></p><p>根据《著作权法》等法律法规，未经书面许可，擅自转载本报社作品的，将涉嫌侵犯著作权人合法权益，本报社郑重公告如下：</p>
      <p>一、任何单位或个人使用本报社的原创内容，必须事先取得书面授权；</p><p>二、对侵权行为，本报社将采取一切合法措施，追究行为人的侵权责任。</p></div>`;
    const statement = '<div>声明：该文观点仅代表作者本人，本平台仅提供信息存储空间服务，不代表本平台的观点和立场，转载请注明出处。</div>';
    const html = `<html><body>${sidebar}<div class="article"><div class="text">${story.map((p) => `<p>${p}</p>`).join('')}</div>${notice}${statement}</div></body></html>`;
    expect(textOf(html).replace(/\s+/g, '')).toBe(story.join(''));
    const en = Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1} of the report: the inspectors, who visited the plant twice this year, said the`
      + ' operator had kept its records in order, but that the cooling system, installed in 1998, needs replacing soon.');
    const disclaimer = '<div><p><strong>Disclaimer:</strong> the views expressed here are the writer\'s own and do not reflect those of the publisher, its staff or its partners.</p></div>';
    expect(textOf(`<html><body>${sidebar}<div class="article">${en.map((p) => `<p>${p}</p>`).join('')}${disclaimer}</div></body></html>`).split('\n\n')).toEqual(en);
  });

  it('keeps each block of an article that a page cuts into blocks of one template around a video', () => {
    const en = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} of the feature: the cells, which researchers found in the lungs of`
      + ' infected mice, carry taste receptors, and they signal the immune system, which then sends help to the airways.');
    const nested = (inner: string, depth: number): string => (depth === 0 ? inner : `<div class="level${depth}">${nested(inner, depth - 1)}</div>`);
    const block = (paragraphs: string[], depth: number): string => `<div class="content-block wide">${nested(`<div class="post-text">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>`, depth)}</div>`;
    const video = '<div class="media"><figure><div class="video"><button title="Play"></button></div><figcaption>Video: the researcher explains the finding.</figcaption></figure></div>';
    const html = `<html><body>${sidebar}<div class="post-body">${block(en.slice(0, 4), 6)}${video}${block(en.slice(4), 3)}</div></body></html>`;
    expect(textOf(html).split('\n\n')).toEqual(en);
  });

  it('keeps a paragraph that a template wraps alone in a box named like media, and still leaves out a chart\'s labels', () => {
    const en = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} of the report: the inspectors, who visited the plant twice this year, said the`
      + ' operator had kept its records in order, but that the cooling system, installed in 1998, needs replacing soon.');
    const chart = `<div class="media-chart">${['600', '300', '’22', '’26'].map((label) => `<div class="label"><p>${label}</p></div>`).join('')}</div>`;
    const html = `<html><body>${sidebar}<div class="story-body"><div class="leafmedia leafmedia--sourced-paragraph"><p><cite>Hong Kong (Wire)</cite>${en[0]}</p></div>
      ${en.slice(1, 3).map((p) => `<div class="paragraph">${p}</div>`).join('')}${chart}${en.slice(3).map((p) => `<div class="paragraph">${p}</div>`).join('')}</div></body></html>`;
    expect(textOf(html).split('\n\n')).toEqual([`Hong Kong (Wire)${en[0]}`, ...en.slice(1)]);
  });

  it('keeps the opening paragraphs set as <div>s beside the box that holds the rest of the article', () => {
    const en = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} of the report: the inspectors, who visited the plant twice this year, said the`
      + ' operator had kept its records in order, but that the cooling system, installed in 1998, needs replacing soon.');
    const html = `<html><body>${sidebar}<section class="story"><div class="container">${en.slice(0, 3).map((p) => `<div class="para">${p}</div>`).join('')}
      <div class="rest">${en.slice(3).map((p) => `<div class="para">${p}</div>`).join('')}</div></div></section></body></html>`;
    expect(textOf(html).split('\n\n')).toEqual(en);
  });
});
