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
});
