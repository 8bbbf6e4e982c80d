/**
 * What an article page holds besides its story: teasers of other stories (a related rail, "More stories", items
 * titled by their timestamps) are no stories; a photo's caption and credit are no paragraph of it; a server's
 * error page holds no article at all. Pages shaped like news sites' markup, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { storiesOf } from '../src/read-page.js';

const paragraphs = [
  'The town reopened its harbour footbridge on Monday after a winter of repairs that closed the only walking route to the east pier.',
  'Engineers replaced the rusted deck plates and added lighting along the full length of the bridge, the harbour board said in a statement.',
  'Fishermen who had been taking a half-mile detour through the car park welcomed the reopening, which came a week ahead of schedule.',
  'The board said the repairs cost about $2 million, most of it from a state grant for coastal infrastructure, and should last twenty years.',
];
const teasers = [
  ['November 19, 2019 at 5:10 pm', 'Ferry timetable changes for spring: the morning crossing moves to 7.15, and the last boat leaves the island at nine.'],
  ['November 18, 2019 at 9:02 am', 'Pier car park to charge from May, with a resident’s permit for those who live within a mile of the harbour wall.'],
  ['November 17, 2019 at 3:45 pm', 'Lifeboat crew called out twice in one night to yachts in trouble off the point, both crews brought home safely.'],
  ['November 16, 2019 at 11:30 am', 'Harbour board elects a new chair, a retired engineer who served on the board for twelve years before stepping down.'],
  ['November 15, 2019 at 8:15 am', 'Seafood festival returns in June after a two-year break, with stalls along the quay and music on the green.'],
  ['November 14, 2019 at 6:40 pm', 'Storm damage to the sea wall will be repaired before winter, the council said, at a cost still to be agreed.'],
];
const article = (extra: string, top = '', bodyTop = '') => `<html lang="en"><head><title>Harbour footbridge reopens</title></head><body>
  <main><article><h1>Harbour footbridge reopens</h1><p class="byline">By Ana Ruiz</p>${top}
  <div class="story-body">${bodyTop}${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></article>${extra}</main></body></html>`;

describe('teasers of other stories', () => {
  it('a rail of items titled by their timestamps gives no stories', () => {
    const rail = `<section class="more-stories"><h2>More stories</h2>${teasers.map(([time, text]) => `<div class="item"><h3>${time}</h3><p>${text}</p></div>`).join('')}</section>`;
    const page = storiesOf(extract(article(rail)));
    expect(page.stories).toHaveLength(1);
    expect(page.stories[0]!.headline).toBe('Harbour footbridge reopens');
    expect(page.stories[0]!.paragraphs).toEqual(paragraphs);
  });

  it('a list of timestamped items with bold times gives no stories where a story is on the page', () => {
    const rail = `<div class="latest">${teasers.map(([time, text]) => `<div class="entry"><strong>${time}</strong><p>${text}</p></div>`).join('')}</div>`;
    const page = storiesOf(extract(article(rail)));
    expect(page.stories.map((s) => s.headline)).toEqual(['Harbour footbridge reopens']);
  });
});

describe('teasers titled by timestamps inside the article', () => {
  for (const [name, item] of [
    ['headings', ([time, text]: string[]) => `<div><h3>${time}</h3><p>${text}</p></div>`],
    ['bold lines', ([time, text]: string[]) => `<div class="entry"><b>${time}</b><p>${text}</p></div>`],
  ] as const) {
    it(`are no stories and no part of the story (${name})`, () => {
      const rail = `<div class="list">${teasers.map((t) => item(t)).join('')}</div>`;
      const html = article('').replace('</div></article>', `</div>${rail}</article>`);
      const page = storiesOf(extract(html));
      expect(page.stories.map((s) => s.headline)).toEqual(['Harbour footbridge reopens']);
      expect(page.stories[0]!.paragraphs).toEqual(paragraphs);
      expect(page.unassigned).toEqual(expect.arrayContaining([teasers[0]![0], teasers[0]![1]]));
    });
  }
});

describe('timestamped updates that run on', () => {
  it('stay in the story: only a line or two under a timestamp is a teaser', () => {
    const update = (time: string) => `<h3>${time}</h3><p>${paragraphs[1]}</p><p>${paragraphs[2]}</p>`;
    const html = article('').replace('</div></article>', `${update(teasers[0]![0]!)}${update(teasers[1]![0]!)}</div></article>`);
    const page = storiesOf(extract(html));
    expect(page.stories).toHaveLength(1);
    expect(page.stories[0]!.paragraphs.filter((p) => p === paragraphs[2])).toHaveLength(3);
  });

  it('a list of timestamped items alone on a page is no list of stories', () => {
    const html = `<html lang="en"><head><title>Latest</title></head><body><main><div class="latest">${teasers.map(([time, text]) => `<div class="entry"><h3>${time}</h3><p>${text}</p></div>`).join('')}</div></main></body></html>`;
    expect(storiesOf(extract(html)).stories.map((s) => s.headline)).not.toContain(teasers[0]![0]);
  });
});

describe('captions and credits', () => {
  it('a photo’s caption and credit opening the body are no paragraph', () => {
    const figure = '<div class="image"><img src="bridge.jpg" alt=""><p>The footbridge from the east pier on Monday. Photo: Lee Cho/Harbour Times</p></div>';
    const page = storiesOf(extract(article('', '', figure)));
    expect(page.stories[0]!.paragraphs[0]).toBe(paragraphs[0]);
    expect(page.unassigned.join('\n')).toContain('Photo: Lee Cho');
  });

  it('a figure’s caption in the body is no paragraph', () => {
    const figure = '<figure><img src="bridge.jpg" alt=""><figcaption>The footbridge from the east pier on Monday. (AP Photo/Lee Cho)</figcaption></figure>';
    const page = storiesOf(extract(article('', '', figure)));
    expect(page.stories[0]!.paragraphs).toEqual(paragraphs);
    expect(page.unassigned.join('\n')).toContain('AP Photo/Lee Cho');
  });

  it('a Chinese photo credit is no paragraph', () => {
    const zh = ['本市第三座跨河大桥于昨日正式通车，市民步行即可从老城区抵达新开发的滨江公园，全程不足十分钟。',
      '据市交通局介绍，大桥全长八百六十米，设有双向四车道和两侧人行道，工程历时两年零三个月，比原计划提前一个月完工。'];
    const html = `<html lang="zh"><head><title>滨江大桥昨日通车</title></head><body><div class="content"><h1>滨江大桥昨日通车</h1>
      <p><img src="a.jpg"></p><p>图为通车首日的滨江大桥。记者 张三 摄</p>${zh.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    const page = storiesOf(extract(html));
    expect(page.stories[0]!.paragraphs).toEqual(zh);
  });
});

describe('an HTTP error page', () => {
  const errorPage = (title: string, h1: string, lang = 'en') => `<html lang="${lang}"><head><title>${title}</title></head><body>
    <header><a href="/">Home</a> <a href="/news">News</a></header><main><h1>${h1}</h1>
    <p>${lang === 'en' ? 'Sorry, the page you were looking for could not be found. It may have been moved, or the address may be wrong. Try searching the site or go back to the front page to find the latest news.' : '对不起，您访问的页面不存在或已被删除，请检查网址是否正确，或返回首页浏览最新新闻。也可以使用站内搜索查找您需要的内容。'}</p>
    </main></body></html>`;

  it('is read as a page that could not be loaded, with no stories', () => {
    for (const [title, h1, lang] of [['404 Not Found', '404', 'en'], ['Page not found | Harbour Times', 'Page not found', 'en'],
      ['500 Internal Server Error', 'Internal Server Error', 'en'], ['页面不存在', '404 页面不存在', 'zh'], ['出错了 - 滨江新闻网', '抱歉，您访问的页面找不到了', 'zh']]) {
      const page = extract(errorPage(title!, h1!, lang));
      expect(page.kind, title).toBe('error-page');
      expect(storiesOf(page).stories, title).toEqual([]);
    }
  });

  it('leaves articles about errors and not-found things alone', () => {
    const page = extract(article('').replace(/Harbour footbridge reopens/g, 'Page not found: why broken links cost publishers readers'));
    expect(page.kind).toBe('article');
    expect(extract(article('').replace(/Harbour footbridge reopens/g, '404 days at sea: a sailor’s story')).kind).toBe('article');
  });
});
