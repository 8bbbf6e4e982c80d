// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeAnswer } from '../src/messages.js';
import { readingOf } from '../popup/lib/page-reading.js';
import { answer } from './read-page.js';

const sites = resolve(import.meta.dirname, '../../shared/epaper-sites');
const at = 'https://paper.example/html/2023-02/11/node_1.htm';
const articleAt = 'https://paper.example/html/2023-02/11/content_211245.htm?div=-1';

/** A Founder page view at `at` linking one article view by its title and by its map area. */
function pageView(): Document {
  const doc = document.implementation.createHTMLDocument('第01版');
  doc.head.innerHTML = `<base href="${at}">`;
  doc.body.innerHTML = `<map name="PagePicMap"><area shape="polygon" coords="1,1,9,9" href="content_211245.htm?div=-1"></map>
    <table><tr><td><a href="content_211245.htm?div=-1">湖北文旅产业迎来“小阳春”</a></td></tr></table>`;
  return doc;
}

/** The article view as the site sends it: the fragment in its page, in the given bytes and content type. */
const articleView = `<!doctype html><html><head><meta charset="utf-8"><title>湖北日报</title></head><body>
  ${readFileSync(resolve(sites, 'hbrb_20230211_content_211245_fragment.html'), 'utf8')}</body></html>`;

const served = (body: BodyInit, type = 'text/html; charset=utf-8', status = 200) => vi.fn(async () => new Response(body, { status, headers: { 'content-type': type } }));

afterEach(() => vi.unstubAllGlobals());

describe('reading one article a page view links', () => {
  it('fetches it from the page’s origin and reads its title block and story, as the popup decodes it', async () => {
    const fetch = served(articleView);
    vi.stubGlobal('fetch', fetch);
    const decoded = decodeAnswer('read-article', await answer({ type: 'read-article', url: articleAt }, pageView(), at));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]).toEqual([articleAt, { credentials: 'same-origin' }]);
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.error));
    expect(decoded.value.url).toBe(articleAt);
    const [story] = (await readingOf(decoded.value)).page.stories;
    expect(story?.kicker).toBe('62个重点项目签约 总金额达1125亿元');
    expect(story?.headline).toBe('湖北文旅产业迎来“小阳春”');
    expect(story?.paragraphs.join('')).toContain('宜昌世界旅游名城建设一期项目');
  });

  it('reads a page the site sends in its legacy encoding (GB2312 declared in the markup, none in the header)', async () => {
    // 中文 in GBK: D6 D0 CE C4
    const bytes = new Uint8Array([...new TextEncoder().encode('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>'),
      0xd6, 0xd0, 0xce, 0xc4, ...new TextEncoder().encode('</title></head><body><p>x</p></body></html>')]);
    vi.stubGlobal('fetch', served(bytes, 'text/html'));
    const read = await answer({ type: 'read-article', url: articleAt }, pageView(), at);
    expect(read.ok && 'lines' in read.value && read.value.title).toBe('中文');
  });

  it('refuses, without fetching, an address on another origin or one the page does not link', async () => {
    const fetch = served(articleView);
    vi.stubGlobal('fetch', fetch);
    expect(await answer({ type: 'read-article', url: 'https://other.example/html/2023-02/11/content_211245.htm?div=-1' }, pageView(), at)).toEqual({ ok: false, error: 'not on this page’s site' });
    expect(await answer({ type: 'read-article', url: 'https://paper.example/html/2023-02/11/content_9.htm' }, pageView(), at)).toEqual({ ok: false, error: 'not linked from this page' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('says why an article could not be read: the site’s status, or the network’s error', async () => {
    vi.stubGlobal('fetch', served('gone', 'text/html', 404));
    expect(await answer({ type: 'read-article', url: articleAt }, pageView(), at)).toEqual({ ok: false, error: 'HTTP 404' });
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    expect(await answer({ type: 'read-article', url: articleAt }, pageView(), at)).toEqual({ ok: false, error: 'Failed to fetch' });
  });

  it('an article another page view of the edition links may be read once that page view was read for the reader, and not before', async () => {
    const node2 = 'https://paper.example/html/2023-02/11/node_2.htm';
    const doc = pageView();
    doc.body.insertAdjacentHTML('beforeend', `<a id=pageLink href="node_2.htm">第02版：要闻</a>`);
    const page2 = readFileSync(resolve(sites, 'zglyb_20171013_node_1_page.htm'), 'utf8'); // a real page view, as 第02版
    vi.stubGlobal('fetch', vi.fn(async (url: string) => new Response(url === node2 ? page2 : articleView, { headers: { 'content-type': 'text/html; charset=utf-8' } })));
    expect(await answer({ type: 'read-article', url: 'https://paper.example/html/2023-02/11/content_306582.htm?div=-1' }, doc, at))
      .toEqual({ ok: false, error: 'not linked from this page' });
    const view = await answer({ type: 'read-page-view', url: node2 }, doc, at);
    const onPage2 = view.ok && 'articles' in view.value ? view.value.articles[0]?.url : undefined;
    expect(onPage2).toMatch(/^https:\/\/paper\.example\/html\/2023-02\/11\/content_306582\.htm/);
    expect((await answer({ type: 'read-article', url: onPage2! }, doc, at)).ok).toBe(true);
    // an address neither this page nor a page view read for the reader links is still refused
    expect(await answer({ type: 'read-article', url: 'https://paper.example/html/2023-02/11/content_999.htm' }, doc, at)).toEqual({ ok: false, error: 'not linked from this page' });
  });
});

describe('what one answer carries', () => {
  const page = (paragraphs: string[]) => {
    const doc = document.implementation.createHTMLDocument('Long read');
    for (const text of paragraphs) doc.body.append(Object.assign(doc.createElement('p'), { textContent: text }));
    return doc;
  };
  const sentence = 'The council voted on Tuesday to approve a new park on the old rail yard, ending a long debate. ';

  it('is the page’s text, up to 4,000,000 characters: a page of more is too large to read, said so, never sent in part', async () => {
    const under = await answer({ type: 'read-page' }, page(Array.from({ length: 40 }, () => sentence.repeat(1000))), at);
    expect(under.ok && 'lines' in under.value && under.value.lines.length).toBeGreaterThan(0);
    expect(await answer({ type: 'read-page' }, page(Array.from({ length: 44 }, () => sentence.repeat(1000))), at)).toEqual({ ok: false, error: 'too large' });
  });
});
