import { describe, expect, it } from 'vitest';
import type { TextRun } from '../../src/layout/model.js';
import { decodeAnswer, type PageExtract } from '../../src/messages.js';
import { readingOf } from './page-reading.js';

const facts = {
  url: 'https://paper.example/a07', title: 'Page 7', byline: null, authors: [], publishedTime: null, siteName: 'Paper', lang: 'en', canonicalUrl: null,
  linkedPdfs: [{ url: 'https://paper.example/a07.pdf', label: 'PDF' }], articles: [], pages: [], label: null,
};

/** Body type 10 pt in a column 200 pt wide; a headline of 24 pt over each story. */
const run = (text: string, y: number, size = 10): TextRun => ({ text, x: 72, y, width: size === 10 ? 200 : text.length * 12, height: size, fontSize: size, font: '', bold: size > 10, dir: 'ltr' });
const story = (headline: string, top: number, lines: string[]) => [run(headline, top, 24), ...lines.map((text, i) => run(text, top + 40 + i * 12))];

/** What the content script sends, as the popup gets it: cloned by the message, decoded at the boundary. */
const received = (extract: PageExtract) => {
  const decoded = decodeAnswer('read-page', structuredClone({ ok: true, value: extract }));
  if (!decoded.ok || decoded.value.kind === 'pdf') throw new Error(JSON.stringify(decoded));
  return decoded.value;
};

describe('a page’s reading made into stories in the extension', () => {
  it('lays out a text layer’s positioned runs and restructures them: its stories, every character kept, the page’s facts as sent', async () => {
    const runs = [
      ...story('Council approves new park', 100, ['The city council voted on Tuesday to approve', 'a new park on the old rail yard, ending a long', 'debate over the site and its cost.']),
      ...story('Storm closes the harbour', 260, ['Strong winds closed the harbour on Wednesday', 'morning, and all ferries stayed in port until', 'the storm had passed.']),
    ];
    const reading = await readingOf(received({ ...facts, kind: 'positioned', positioned: { width: 612, height: 792, runs } }));
    expect(reading.kind).toBe('multi');
    expect(reading.page.stories.map((s) => s.headline)).toEqual(['Council approves new park', 'Storm closes the harbour']);
    const text = (s: string) => s.replace(/\s+/g, '');
    const out = [...reading.page.stories.flatMap((s) => [s.headline ?? '', ...s.paragraphs]), ...reading.page.unassigned].join('');
    expect(text(out)).toBe(text(runs.map((r) => r.text).join('')));
    expect(reading).toMatchObject(facts);
    expect(reading).not.toHaveProperty('positioned');
  });

  it('restructures a page’s lines as the CLI does: an article’s headline from its metadata where its body has none', async () => {
    const paragraphs = [
      'The city council voted on Tuesday to approve a new park on the old rail yard, ending a long debate over the site.',
      'Work on the park will start in the spring, the mayor said, and the first trees will be planted before the summer.',
      'Residents who spoke at the meeting were mostly in favour of the plan and of its cost to the city.',
    ];
    const lines = paragraphs.map((text) => ({ text, hints: { blockStart: true } }));
    const reading = await readingOf(received({ ...facts, kind: 'article', title: 'Council approves new park', lines }));
    expect(reading.kind).toBe('article');
    expect(reading.page.stories).toEqual([expect.objectContaining({ headline: 'Council approves new park', paragraphs })]);
    expect(reading).not.toHaveProperty('lines');
  });
});
