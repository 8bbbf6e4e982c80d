/** E-paper page views in the shape of Founder's `node_N.htm` (the real pages of ../shared/epaper-sites: tests/epaper-sites.test.ts). */
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.node.js';

const AT = 'https://paper.example/html/2026-03/14/node_5.htm';

function pageView({ map, list, pdf }: { map: string; list: string; pdf: string }): string {
  return `<html><body><table><tr><td><map name=PagePicMap>${map}</map><img src=../../../images/A05_b.jpg USEMAP=#PagePicMap></td></tr>
    <tr><td>第05版：<strong>地方新闻</strong></td><td>${pdf}</td></tr></table>
    <ul class="ul02_l">${list}</ul>
    <table><tr><td><a id=pageLink href=node_4.htm>第04版：要闻</a></td><td><a href=../../../pdf/A04.pdf><img src=pdf.gif></a></td></tr>
    <tr><td><a id=pageLink href=node_5.htm>第05版：地方新闻</a></td><td><a href=../../../pdf/A05.pdf><img src=pdf.gif></a></td></tr></table>
    <p>版权所有 本报社 未经书面授权禁止使用</p></body></html>`;
}

describe('e-paper page views', () => {
  it('list the title list’s articles first, then those only the map links, each article once whatever its ?div=', () => {
    const page = extract(pageView({
      map: '<area coords="1,1,9,9" href="content_72.htm?div=-1"><area coords="1,1,9,9" href="content_71.htm?div=0"><area coords="1,1,9,9" href="content_71.htm?div=-1"><area coords="1,1,9,9" href="content_73.htm?div=-1" alt="图片新闻"><area href="content_74.htm">',
      list: '<li><a href=content_71.htm?div=-1>江边步道全线贯通</a><li><a href=content_72.htm?div=-1>老街改造 居民回迁</a>',
      pdf: '<a href=../../../pdf/A05.pdf><img src=pdf.gif></a>',
    }), { url: AT });
    expect(page).toMatchObject({
      kind: 'epaper-page', label: '第05版：地方新闻', pdf: 'https://paper.example/pdf/A05.pdf', publishedTime: '2026-03-14',
      articles: [
        { title: '江边步道全线贯通', url: 'https://paper.example/html/2026-03/14/content_71.htm?div=-1' },
        { title: '老街改造 居民回迁', url: 'https://paper.example/html/2026-03/14/content_72.htm?div=-1' },
        { title: '图片新闻', url: 'https://paper.example/html/2026-03/14/content_73.htm?div=-1' },
        { title: null, url: 'https://paper.example/html/2026-03/14/content_74.htm' },
      ],
      pages: [
        { label: '第04版：要闻', url: 'https://paper.example/html/2026-03/14/node_4.htm', pdf: 'https://paper.example/pdf/A04.pdf' },
        { label: '第05版：地方新闻', url: AT, pdf: 'https://paper.example/pdf/A05.pdf' },
      ],
    });
  });

  it('never take a link to the page itself for its PDF: the page list’s PDF of this page stands in', () => {
    const page = extract(pageView({ map: '', list: '<li><a href=content_71.htm>江边步道全线贯通</a>', pdf: '<a href="#">PDF下载</a>' }), { url: AT });
    expect(page).toMatchObject({ kind: 'epaper-page', pdf: 'https://paper.example/pdf/A05.pdf' });
    const alone = extract(pageView({ map: '', list: '', pdf: '<a href="#">PDF下载</a>' }).replace(/<a href=..\/..\/..\/pdf\/A0\d.pdf>.*?<\/a>/g, ''), { url: AT });
    expect(alone).toMatchObject({ kind: 'epaper-page', pdf: null, articles: [] });
  });

  it('keep the addresses as written on a saved page whose address is unknown', () => {
    const page = extract(pageView({ map: '', list: '<li><a href=content_71.htm>江边步道全线贯通</a>', pdf: '' }));
    expect(page).toMatchObject({ kind: 'epaper-page', articles: [{ title: '江边步道全线贯通', url: 'content_71.htm' }], pdf: '../../../pdf/A05.pdf' });
  });
});
