/**
 * Whole pages through the extension's own path (extract → restructure), in Node: each test page is a folder
 * with its source (page.html) and its expected output (expected.json here, or the shared gold).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { storiesOf } from '../src/read-page.js';
import { acceptance, perfect, score, shared } from './score.js';

const pages = resolve(import.meta.dirname, 'pages');
const read = (name: string) => storiesOf(extract(readFileSync(join(pages, name, 'page.html'), 'utf8'), { url: `https://example.com/${name}` }));

describe('test pages', () => {
  it('the sample e-paper page (HTML) restructures like its text layer: the shared gold', () => {
    const fixture = join(shared, 'fixtures/epaper-zh-erqi');
    const result = score(read('epaper-zh-erqi'), join(fixture, 'expected.json'), join(fixture, 'page.txt'));
    expect(acceptance(result)).toEqual({ ...perfect, lost: 0, invented: 0 });
  });

  it('an e-paper text layer given as one <div> per printed line restructures the same', () => {
    const fixture = join(shared, 'fixtures/epaper-zh-erqi');
    const text = readFileSync(join(fixture, 'page.txt'), 'utf8');
    const divs = text.split('\n').map((line) => (line.trim() ? `<div>${line}</div>` : '<div><br></div>')).join('\n');
    const html = `<!doctype html><html lang="zh"><body><nav><a href="/">首页</a><a href="/b">往期</a></nav><div id="text">${divs}</div></body></html>`;
    const result = score(storiesOf(extract(html)), join(fixture, 'expected.json'), join(fixture, 'page.txt'));
    expect(acceptance(result)).toEqual({ ...perfect, lost: 0, invented: 0 });
  });

  it('a single article with heavy page chrome: one clean story, nothing of the chrome', () => {
    const gold = join(pages, 'article-en-heavy-chrome/expected.json');
    const page = read('article-en-heavy-chrome');
    expect(acceptance(score(page, gold))).toEqual(perfect);
    expect(page.stories).toHaveLength(1);
    expect(JSON.stringify(page)).not.toMatch(/Advertisement|Sign up|Related stories|basement|Share on|All rights reserved|cookies/);
  });

  it('a page of several short <article>s: each its own story, not one article with subheads', () => {
    const page = read('briefs-en');
    expect(acceptance(score(page, join(pages, 'briefs-en/expected.json')))).toEqual(perfect);
  });

  it('a search page has no article', () => {
    expect(existsSync(join(pages, 'no-article-search/page.html'))).toBe(true);
    expect(read('no-article-search').stories).toEqual([]);
  });
});
