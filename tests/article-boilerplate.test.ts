/**
 * A site's lines at the head and tail of an article body go to `unassigned`, not into the story; the byline
 * printed at the head is the story's byline, clean, and no paragraph.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { storiesOf } from '../src/read-page.js';

const html = (lang: string, headline: string, body: string[], byline = '') =>
  `<html lang="${lang}"><head><title>${headline}</title></head><body><article><h1>${headline}</h1>${byline}${body.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
const read = (lang: string, headline: string, body: string[], byline = '') => storiesOf(extract(html(lang, headline, body, byline)));

const zhParagraphs = [
  '本市第三座跨河大桥于昨日正式通车，市民步行即可从老城区抵达新开发的滨江公园，全程不足十分钟。',
  '据市交通局介绍，大桥全长八百六十米，设有双向四车道和两侧人行道，工程历时两年零三个月，比原计划提前一个月完工。',
  '通车首日，不少附近居民专程前来散步拍照。住在桥东的王女士说，以前去公园要绕行两公里，现在方便多了。',
];
const enParagraphs = [
  'The town reopened its harbour footbridge on Monday after a winter of repairs that closed the only walking route to the east pier.',
  'Engineers replaced the rusted deck plates and added lighting along the full length of the bridge, the harbour board said in a statement.',
  'Fishermen who had been taking a half-mile detour through the car park welcomed the reopening, which came a week ahead of schedule.',
];

describe('article boilerplate', () => {
  it('原标题 at the head, 来源 and 责任编辑 and 返回…查看更多 at the tail', () => {
    const page = read('zh', '滨江大桥昨日通车', ['原标题：我市第三座跨河大桥通车', ...zhParagraphs, '来源：滨江日报', '（责任编辑：李楠）', '返回搜狐，查看更多']);
    expect(page.stories).toHaveLength(1);
    expect(page.stories[0]!.paragraphs).toEqual(zhParagraphs);
    expect(page.unassigned).toEqual(['原标题：我市第三座跨河大桥通车', '来源：滨江日报', '（责任编辑：李楠）', '返回搜狐，查看更多']);
  });

  it('"More:" and its links, share and follow prompts, newsletter sign-up lines at the tail', () => {
    const tail = ['Share this article', 'Follow us on Twitter for more harbour news', 'Sign up for our free morning newsletter to get the news in your inbox.', 'More:', 'Ferry timetable changes for spring', 'Pier car park to charge from May'];
    const page = read('en', 'Harbour footbridge reopens', [...enParagraphs, ...tail]);
    expect(page.stories[0]!.paragraphs).toEqual(enParagraphs);
    expect(page.unassigned).toEqual(expect.arrayContaining(tail));
  });

  it('keeps a body line that only mentions a newsletter or a source', () => {
    const line = 'The harbour board said it would publish the repair costs in its quarterly report, its source of record for such figures.';
    const page = read('en', 'Harbour footbridge reopens', [...enParagraphs, line]);
    expect(page.stories[0]!.paragraphs).toEqual([...enParagraphs, line]);
  });
});

describe('the byline at the head of an article body', () => {
  it('is the story’s byline where its element’s words run together, not a paragraph', () => {
    const page = read('zh', '滨江大桥昨日通车', zhParagraphs, '<div class="author-box"><span>滨江日报</span><span>文章</span><span>总阅读</span></div>');
    expect(page.stories[0]).toMatchObject({ byline: '滨江日报', paragraphs: zhParagraphs });
  });

  it('is read from a body line that prints one, with its role', () => {
    const extracted = extract(html('zh', '滨江大桥昨日通车', ['□ 本报记者 张三 通讯员 李四', ...zhParagraphs]));
    expect(extracted.authors).toEqual([{ name: '张三', role: '本报记者' }, { name: '李四', role: '通讯员' }]);
    expect(storiesOf(extracted).stories[0]).toMatchObject({ byline: '本报记者 张三 通讯员 李四', paragraphs: zhParagraphs });
  });

  it('is no sentence that starts with "By"', () => {
    const line = 'By the end of the month, the bridge will also carry a bus lane.';
    const extracted = extract(html('en', 'Harbour footbridge reopens', [line, ...enParagraphs]));
    expect(extracted.authors).toEqual([]);
    expect(storiesOf(extracted).stories[0]!.paragraphs).toEqual([line, ...enParagraphs]);
  });
});
