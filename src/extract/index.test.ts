// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { ARTICLE_PARAGRAPHS, BRIEFS, STORIES, articlePage, briefsPage, plainTextPage, searchPage, severalArticlesPage } from './test-pages.js';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const shared = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');

describe('a single article under heavy page chrome', () => {
  const page = extractDocument(parse(articlePage), { url: 'https://ledger.example/news/mill-street?utm=x' });

  it('is one article whose text is exactly its paragraphs', () => {
    expect(page.kind).toBe('article');
    expect(page.text).toBe(ARTICLE_PARAGRAPHS.join('\n\n'));
  });

  it('leaves out navigation, ads, share bars, newsletter box, related links, comments, captions and scripts', () => {
    const all = page.lines.map((l) => l.text).join('\n');
    for (const junk of ['Sign in', 'Sponsored', 'Share on', 'newsletter', 'Subscribe', 'Related', 'bus lanes', 'outrageous', 'All rights', 'MUST NOT APPEAR']) {
      expect(all).not.toContain(junk);
    }
    expect(page.text).not.toContain('Photo: City of Riverton');
  });

  it('reads the metadata', () => {
    expect(page).toMatchObject({
      title: 'Council approves Mill Street bridge rebuild', byline: 'By Jane Doe', publishedTime: '2026-03-10T18:30:00Z',
      siteName: 'The Daily Ledger', lang: 'en-GB', url: 'https://ledger.example/news/mill-street?utm=x',
      canonicalUrl: 'https://ledger.example/news/2026/03/10/mill-street-bridge',
    });
  });

  it('opens the lines with the headline, hinted as a level-1 heading, and marks each paragraph as a block', () => {
    expect(page.lines[0]).toEqual({ text: 'Council approves Mill Street bridge rebuild', hints: { blockStart: true, heading: 1, bold: true } });
    expect(page.lines.slice(1).map((l) => l.text)).toEqual(ARTICLE_PARAGRAPHS);
    expect(page.lines.slice(1).every((l) => l.hints?.blockStart)).toBe(true);
  });
});

describe('a headline the page prints as the body\'s first line', () => {
  it('is read as the headline, not as the story\'s first paragraph, whatever element holds it', () => {
    const title = 'Home care team reports two of its cars broken into';
    const html = `<html><head><title>${title}</title></head><body><div class="nav"><a href="/">Home</a> <a href="/news">News</a></div>
      <div class="col"><p class="titulo">${title}</p>${ARTICLE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    const page = extractDocument(parse(html));
    expect(page.title).toBe(title);
    expect(page.text).toBe(ARTICLE_PARAGRAPHS.join('\n\n'));
    expect(page.lines[0]).toMatchObject({ text: title, hints: { heading: 1 } });
  });
});

describe('pages of several stories', () => {
  it('reads every brief of a briefs list, headlines included', () => {
    const page = extractDocument(parse(briefsPage));
    expect(page.kind).toBe('multi');
    for (const [headline, body] of BRIEFS) {
      expect(page.text).toContain(`${headline}\n\n${body}`);
    }
    expect(page.lines.find((l) => l.text === BRIEFS[0]![0])?.hints?.heading).toBe(3);
    expect(page.text).not.toContain('Sign in');
    // each brief's first line opens a story, by the markup
    expect(page.lines.filter((l) => l.hints?.storyStart).map((l) => l.text)).toEqual(BRIEFS.map(([headline]) => headline));
  });

  it('reads every <article> of a page of several, without their share bars', () => {
    const page = extractDocument(parse(severalArticlesPage));
    expect(page.kind).toBe('multi');
    expect(page.text).toBe(STORIES.map(([h, t]) => `${h}\n\n${t}`).join('\n\n'));
    expect(page.lines.filter((l) => l.hints?.storyStart).map((l) => l.text)).toEqual(STORIES.map(([headline]) => headline));
  });

  it('reads an e-paper text layer line for line, with no site chrome', () => {
    const html = readFileSync(resolve(shared, 'fixtures/epaper-zh-erqi/page.html'), 'utf8');
    const txt = readFileSync(resolve(shared, 'fixtures/epaper-zh-erqi/page.txt'), 'utf8');
    const page = extractDocument(parse(html));
    expect(page.kind).toBe('multi');
    // Line for line as the text layer has them, blank lines included: a blank line can fall mid-sentence
    // at a column break, so it is passed on as a blank line for the restructurer to judge.
    const expected = txt.split('\n').map((l) => l.trim()).join('\n').replace(/\n{3,}/g, '\n\n').trim().split('\n');
    expect(page.lines.map((l) => l.text)).toEqual(expected);
    expect(page.lines.filter((l) => l.hints?.blockStart)).toHaveLength(1);
    expect(page.text).toBe(txt.split('\n').map((l) => l.trim()).join('\n').replace(/\n{3,}/g, '\n\n').trim());
  });
});

describe('other kinds', () => {
  it('passes a plain-text document straight through, indentation as a hint', () => {
    const page = extractDocument(parse(plainTextPage));
    expect(page.kind).toBe('plain');
    expect(page.lines).toEqual([
      { text: 'TITLE OF THE NOTICE', hints: { blockStart: true } },
      { text: '' },
      { text: 'The meeting will be held', hints: { indent: 4 } },
      { text: 'on Monday at 10 a.m.', hints: {} },
    ]);
  });

  it('says there is no article on a search page', () => {
    const page = extractDocument(parse(searchPage));
    expect(page.kind).toBe('none');
    expect(page.text).toBe('');
    expect(page.lines).toEqual([]);
  });
});

describe('pages with little text, and articles that look like something else', () => {
  const nav = '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a></nav>';
  const read = (body: string) => extractDocument(parse(`<html><head><title>A page</title></head><body>${body}</body></html>`));

  it('reads a page of one short paragraph whole: its text is what it has to say', () => {
    const note = 'The library is closed on Monday for a staff training day, and opens again on Tuesday at nine.';
    const page = read(`${nav}<main><div><p>${note}</p></div></main>`);
    expect(page.kind).toBe('article');
    expect(page.text).toBe(note);
  });

  it('reads a page of headings and pictures alone', () => {
    const page = read('<article><h2>Opening night</h2><img src="a.jpg"><h2>The crowd</h2><img src="b.jpg"></article>');
    expect(page.kind).toBe('article');
    expect(page.text).toBe('Opening night\n\nThe crowd');
  });

  it('says a short page of links alone holds no article', () => {
    expect(read(`${nav}<ul><li><a href="/a">Archive</a></li><li><a href="/b">Contact us</a></li></ul>`).kind).toBe('none');
  });

  it('keeps a one-item list, which is no furniture', () => {
    const item = 'Bring a photo identity document, and the letter that invited you to the meeting.';
    const page = read(`<article>${ARTICLE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<ol><li><p>${item}</p></li></ol></article>`);
    expect(page.text).toBe([...ARTICLE_PARAGRAPHS, item].join('\n\n'));
  });

  it('reads text inside a javascript: link as the page’s own, not as a link', () => {
    const page = read(`<a href="javascript:void(0)"><div>${ARTICLE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></a>`);
    expect(page.kind).toBe('article');
    expect(page.text).toBe(ARTICLE_PARAGRAPHS.join('\n\n'));
  });

  it('reads a review whose entries open with a linked heading as one article, not as a list of teasers', () => {
    const entries = ['Harbour Run', 'Night Ferry', 'Pier Tower', 'Tide Table', 'Gull Patrol'].map((name) => [
      name, `${name} is the best of the launch games. It is short, but every level feels new. The music is loud and bright. You will play it again.`,
    ]);
    const page = read(`<article><p>${ARTICLE_PARAGRAPHS[0]}</p>${entries.map(([name, text]) => `<h3><a href="https://games.example/${name}">${name}</a></h3><p>${text}</p>`).join('')}</article>`);
    expect(page.kind).toBe('article');
    expect(page.text).toContain(entries[4]![1]);
  });

  it('keeps a photo story’s prose among its pictures, and leaves out a gallery of captions', () => {
    const pictures = (n: number) => Array.from({ length: n }, (_, i) => `<div><img src="p${i}.jpg"></div>`).join('');
    const prose = ARTICLE_PARAGRAPHS.slice(0, 2);
    const page = read(`<div class="post-body"><div>${ARTICLE_PARAGRAPHS[4]}</div><div>${pictures(2)}${prose.map((p) => `<div>${p}</div>`).join('')}${pictures(4)}</div>`
      + `<div class="photos">${pictures(6)}<div>Mill Street, 1931</div></div></div>`);
    expect(page.text).toBe([ARTICLE_PARAGRAPHS[4], ...prose].join('\n\n'));
  });

  it('widens a short notice beside lists of features to the region that holds them', () => {
    const features = ['Inspector', 'Console', 'Debugger', 'Network'].map((name) =>
      `<li><img src="${name}.jpg"><h2>${name}</h2><p>Examine and change the ${name.toLowerCase()} of any page while it runs in the browser.</p><a href="/${name}">Learn more</a></li>`);
    const notice = 'This edition comes with a new profile, so you can run it alongside other versions. Sync it to keep your bookmarks.';
    const page = read(`${nav}<main><section><ul>${features.slice(0, 2).join('')}</ul><div class="notice"><h4>Sync</h4><p>${notice}</p></div></section>`
      + `<section><ul>${features.slice(2).join('')}</ul></section></main>`);
    expect(page.kind).toBe('article');
    expect(page.text).toContain('Examine and change the inspector');
    expect(page.text).toContain(notice);
  });
});

describe('where text hides', () => {
  it('reads an open shadow root', () => {
    const doc = parse('<html><body><nav><a href="/">Home</a></nav><div id="host"></div></body></html>');
    const host = doc.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = ARTICLE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
    const page = extractDocument(doc);
    expect(page.kind).toBe('article');
    expect(page.text).toBe(ARTICLE_PARAGRAPHS.join('\n\n'));
  });

});

describe('a byline box as pages print it', () => {
  const body = '<p>' + 'The county opened its new library branch on Saturday after three years of building work. '.repeat(6) + '</p>';
  const pageWith = (byline: string, lang = 'en') => extractDocument(parse(
    `<html lang="${lang}"><head><title>Library opens</title></head><body><article><h1>Library opens</h1>${byline}${body}</article></body></html>`,
  ));

  it('keeps names and roles apart where elements meet without a space, and leaves the date out', () => {
    const page = pageWith('<div class="byline">By <a href="/meg">Meg James</a><span>Staff Writer</span><time datetime="2019-11-19">Nov. 19, 2019</time></div>');
    expect(page.authors).toEqual([{ name: 'Meg James', role: 'Staff Writer' }]);
    expect(page.byline).toBe('By Meg James, Staff Writer');
  });

  it('drops handles and follow buttons', () => {
    const page = pageWith('<div class="author"><span>Natasha Turak</span><a href="/x">@NatashaTurak</a><span>Follow</span></div>');
    expect(page.byline).toBe('Natasha Turak');
  });

  it('never takes the editor for the author', () => {
    const page = pageWith('<div class="article-author"><span>□ 本报记者 张三</span><span>编辑：李楠</span></div>', 'zh');
    expect(page.authors).toEqual([{ name: '张三', role: '本报记者' }]);
  });
});

describe('the publication date', () => {
  const body = '<p>' + 'The county opened its new library branch on Saturday after three years of building work. '.repeat(6) + '</p>';
  const dateOf = (head: string, article: string) => extractDocument(parse(
    `<html><head><title>Library opens</title>${head}</head><body><article><h1>Library opens</h1>${article}${body}</article></body></html>`,
  )).publishedTime;

  it('comes from meta tags, then JSON-LD, then <time datetime>', () => {
    expect(dateOf('<meta property="article:published_time" content="2026-03-10T18:30:00Z">', '<time datetime="2026-03-11">March 11</time>')).toBe('2026-03-10T18:30:00Z');
    expect(dateOf('<meta name="parsely-pub-date" content="2026-03-09">', '')).toBe('2026-03-09');
    expect(dateOf('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-03-08T07:00:00Z"}</script>', '')).toBe('2026-03-08T07:00:00Z');
    expect(dateOf('', '<time datetime="2026-03-11T09:00:00Z">March 11</time>')).toBe('2026-03-11T09:00:00Z');
  });

  it('comes from the visible dateline where no markup gives one', () => {
    expect(dateOf('', '<div class="byline">By <a href="/l">Laura Winter</a><span>19 Nov 2019</span></div>')).toBe('2019-11-19');
    expect(dateOf('', '<div class="pub-time">2019年11月19日 10:05</div>')).toBe('2019-11-19T10:05');
    expect(dateOf('', '<time>Nov. 19, 2019</time>')).toBe('2019-11-19');
    expect(dateOf('', '')).toBeNull();
  });
});
