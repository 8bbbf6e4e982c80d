import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesOf, unzip } from '../../tests/unzip.js';
import { SCHEMA_VERSION, type SavedStory } from '../store/record.js';
import { arbitrarySavedStory, savedStory } from '../store/test-stories.js';
import { csvField } from './csv.js';
import { EXPORT_FORMAT, exportText, type JsonExport, storiesToCombinedMarkdown, storiesToCsv, storiesToJson, storiesToMarkdownFiles, storiesToMarkdownZip, storyToMarkdown } from './export.js';
import { escapeMarkdown, obsidianTag, pageToMarkdown } from './markdown.js';
import { yamlString } from './yaml.js';

// js-yaml (a dependency of web-ext) stands in for Obsidian's YAML reader; untyped, so loaded by name.
const yamlModule = 'js-yaml';
const { load: loadYaml } = (await import(yamlModule)) as { load: (text: string) => unknown };

const HOSTILE = ['    indented code', 'text\n---', 'text\n=', '-not a list', '<script>alert(1)</script>', '<img src=x onerror="alert(1)">', 'javascript:alert(1)', '[x](javascript:alert(1))', '# not a heading', '==mark== %%hide%% $x$ #tag'];

const story = savedStory({
  headline: 'Fed: "rates" up — 市政府部署防汛工作',
  url: 'https://news.example.com/fed?id=1',
  site: 'Example Times',
  byline: 'By Jane Doe',
  dateline: 'WASHINGTON',
  paragraphs: ['The Federal Reserve raised rates.', '- not a list', '1. not a list either'],
  tags: ['Economy', 'interest rates', '防汛'],
  summary: 'Rates up.',
  note: 'Follow up',
  publishedTime: '2024-07-07T10:00:00Z',
});

function frontMatter(markdown: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/u.exec(markdown);
  if (!match) throw new Error('no front matter');
  return loadYaml(match[1] ?? '') as Record<string, unknown>;
}

describe('yamlString', () => {
  it('reads back as the same text through a YAML parser, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const expected = text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu, '\ufffd');
        expect(loadYaml(`title: ${yamlString(text)}`)).toEqual({ title: expected });
      }),
      { numRuns: 300 },
    );
  });
});

describe('Markdown export', () => {
  it('writes Obsidian front matter with title, url, site, the published and saved dates apart, tags and byline', () => {
    expect(frontMatter(storyToMarkdown({ ...story, savedAt: Date.parse('2025-03-04T05:06:07Z') }))).toEqual({
      title: 'Fed: "rates" up — 市政府部署防汛工作',
      url: 'https://news.example.com/fed?id=1',
      site: 'Example Times',
      published: new Date('2024-07-07T00:00:00Z'),
      saved: new Date('2025-03-04T00:00:00Z'),
      tags: ['Economy', 'interest-rates', '防汛'],
      byline: 'By Jane Doe',
      page: null,
    });
  });

  it('writes the printed page a story was read from, and where a story in parts goes on', async () => {
    const partial = savedStory({ page: '第01版：要闻', continuesOn: '第4版', paragraphs: ['今年以来，我市推进改造工作，重点解决'] });
    const md = storyToMarkdown(partial);
    expect(frontMatter(md)).toMatchObject({ page: '第01版：要闻' });
    expect(md).toContain('重点解决\n\n*Continues on page 第4版*\n');
    expect(await exportText(storiesToCombinedMarkdown([partial], 1))).toContain('- Page: 第01版：要闻');
    expect(storyToMarkdown(savedStory({ page: '3' }))).not.toContain('Continues on');
  });

  it('never writes a saved date as the published one', () => {
    const md = storyToMarkdown(savedStory({ publishedTime: null, savedAt: Date.parse('2025-03-04T05:06:07Z') }));
    expect(frontMatter(md)).toMatchObject({ published: null, saved: new Date('2025-03-04T00:00:00Z') });
    expect(frontMatter(md)).not.toHaveProperty('date');
  });

  it('writes the published day the page stated, not shifted to another time zone\'s day', () => {
    const front = frontMatter(storyToMarkdown(savedStory({ publishedTime: '2023-02-11T01:35:00+08:00' })));
    expect(front['published']).toEqual(new Date('2023-02-11T00:00:00Z'));
  });

  it('keeps a published time no date reader understands as the page stated it', () => {
    expect(frontMatter(storyToMarkdown(savedStory({ publishedTime: 'last Tuesday' })))['published']).toBe('last Tuesday');
  });

  it('names the site as the reader knows it: its name, else the host, unescaped', () => {
    expect(frontMatter(storyToMarkdown(savedStory({ site: '127.0.0.1', url: 'http://127.0.0.1:8080/a' })))['site']).toBe('127.0.0.1');
    expect(frontMatter(storyToMarkdown(savedStory({ site: null, url: 'https://www.example.org/a' })))['site']).toBe('example.org');
    expect(frontMatter(storyToMarkdown(savedStory({ site: null, url: 'not a url' })))).toMatchObject({ site: null });
  });

  it('writes the story as text: title, byline, paragraphs, summary, note, source', () => {
    const md = storyToMarkdown(story);
    expect(md).toContain('# Fed: "rates" up — 市政府部署防汛工作\n');
    expect(md).toContain('By Jane Doe · WASHINGTON');
    expect(md).toContain('\\- not a list');
    expect(md).toContain('1\\. not a list either');
    expect(md).toContain('## Summary\n\nRates up.');
    expect(md).toContain('## Note\n\nFollow up');
    expect(md).toContain('Source: [https://news.example.com/fed?id=1](<https://news.example.com/fed?id=1>)');
  });

  it('keeps hostile page text inert: no HTML, links, headings or Obsidian markup survive unescaped', () => {
    for (const text of HOSTILE) {
      const escaped = escapeMarkdown(text);
      expect(escaped).not.toMatch(/(?<!\\)[<[#$]/u);
      expect(escaped).not.toMatch(/(?<!\\)(==|%%)/u);
      expect(escaped).not.toMatch(/^( {4}|[-+=])/mu);
      const md = storyToMarkdown(savedStory({ headline: text, paragraphs: [text], tags: [text], url: text, byline: text }));
      const body = md.slice(md.indexOf('\n---\n') + 5);
      expect(body).not.toMatch(/(?<!\\)<(script|img)/u);
      expect(body).not.toMatch(/(?<!\\)\]\(javascript:/u);
      expect(frontMatter(md)['title']).toBe(text);
    }
  });

  it('makes tags Obsidian can use', () => {
    expect(obsidianTag('interest rates')).toBe('interest-rates');
    expect(obsidianTag('C++ / Rust')).toBe('C-/-Rust');
    expect(obsidianTag('气候变化')).toBe('气候变化');
  });

  it('gives each story its own portable file name', () => {
    const files = storiesToMarkdownFiles([story, { ...story, id: 'other' }, savedStory({ headline: 'a/b:c*?"<>|', publishedTime: null, savedAt: 0 })]);
    expect(files.map((f) => f.name)).toEqual([
      '2024-07-07 Fed rates up — 市政府部署防汛工作.md',
      '2024-07-07 Fed rates up — 市政府部署防汛工作 (2).md',
      '1970-01-01 a b c.md',
    ]);
    expect(files[0]?.content).toBe(storyToMarkdown(story));
  });

  it('packs the per-story files into one ZIP archive', async () => {
    const stories = [story, { ...story, id: 'other' }, savedStory({ headline: HOSTILE.join(' '), paragraphs: HOSTILE })];
    expect(unzip(await bytesOf(storiesToMarkdownZip(stories)))).toEqual(storiesToMarkdownFiles(stories));
  });

  it('combines stories in one file, each under its heading', async () => {
    const other = savedStory({ headline: '第二篇', paragraphs: ['正文。'] });
    const md = await exportText(storiesToCombinedMarkdown([story, other], 2, new Date('2025-01-02T00:00:00Z')));
    expect(frontMatter(md)).toMatchObject({ title: 'Broadsheet export', stories: 2 });
    expect(md).toContain('# Fed: "rates" up');
    expect(md).toContain('# 第二篇');
    expect(md).toContain('- Tags: Economy, interest rates, 防汛');
    expect(md.indexOf('# Fed')).toBeLessThan(md.indexOf('# 第二篇'));
  });

  it('lists each story\'s site unescaped where it needs no escape, and its published and saved dates apart', async () => {
    const local = savedStory({ headline: 'Local', site: '127.0.0.1', url: 'http://127.0.0.1:8080/a', publishedTime: '2024-07-07T10:00:00Z', savedAt: Date.parse('2025-03-04T05:06:07Z') });
    const unnamed = savedStory({ headline: 'Unnamed', site: null, url: 'https://www.example.org/b', savedAt: Date.parse('2025-03-05T00:00:00Z') });
    const md = await exportText(storiesToCombinedMarkdown([local, unnamed], 2));
    expect(md).toContain('- Site: 127.0.0.1\n');
    expect(md).toContain('- Published: 2024-07-07\n- Saved: 2025-03-04\n');
    expect(md).toContain('- Site: example.org\n');
    expect(md).toContain('- Published: unknown\n- Saved: 2025-03-05');
    expect(md).not.toContain('- Date:');
    expect(await exportText(storiesToCombinedMarkdown([savedStory({ site: '1. <b>Site</b> #x' })], 1))).toContain('- Site: 1. \\<b\\>Site\\</b\\> \\#x\n');
  });
});

describe('Markdown of a restructured page (the CLI)', () => {
  it('writes each story and the unassigned text with the same escaping as the export', () => {
    const hostileStory = { kicker: HOSTILE[4]!, headline: HOSTILE[5]!, subheadline: HOSTILE[8]!, dateline: HOSTILE[6]!, byline: HOSTILE[7]!, paragraphs: HOSTILE };
    const md = pageToMarkdown({ language: 'en', stories: [hostileStory], unassigned: HOSTILE });
    expect(md).toMatch(/^\*\\<script\\>alert\(1\)\\<\/script\\>\*\n\n## \\<img src=x onerror="alert\(1\)"\\>\n/u);
    expect(md).toContain('### Not part of any story');
    const text = md.replace(/^## |^### Not part of any story$|^---$|^\*|\*$/gmu, '');
    expect(text).not.toMatch(/(?<!\\)[<[#$]/u);
    expect(text).not.toMatch(/(?<!\\)(==|%%)/u);
    expect(text).not.toMatch(/^( {4}|[-+=])/mu);
  });
});

describe('Markdown and terminal control characters', () => {
  // ESC c resets a terminal; \x9b is a C1 control sequence introducer; DEL, BEL and a form feed besides
  const controls = 'Title\u001bc reset\u009b2J\u007f\u0007\f end';

  it('writes each as its \\u escape (as the JSON output does), keeping tabs and line breaks', () => {
    const md = pageToMarkdown({ language: 'en', stories: [{ kicker: null, headline: controls, subheadline: null, dateline: null, byline: null, paragraphs: [controls, 'tab\there'] }], unassigned: [controls] });
    expect(md).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u);
    expect(md).toContain('## Title\\u001bc reset\\u009b2J\\u007f\\u0007\\u000c end');
    expect(md).toContain('tab\there');
  });

  it('leaves none in an exported story, its link included', () => {
    const md = storyToMarkdown(savedStory({ headline: controls, url: 'https://example.com/a\u001bb', paragraphs: [controls] }));
    expect(md).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u);
  });
});

describe('every export, with a record whose times no date can hold', () => {
  // Such a record used to make CSV, Markdown and the ZIP throw RangeError for the whole library.
  const broken = savedStory({ headline: 'Broken', savedAt: 1e300, updatedAt: Number.NaN });
  const stories = [story, broken];

  it('still writes every story, the bad times left empty', async () => {
    const csv = await exportText(storiesToCsv(stories));
    expect(csv).toContain('"Broken"');
    expect(csv).toMatch(/"Broken",(?:"[^"]*",){4}"",""/u);
    expect(storiesToMarkdownFiles(stories).map((f) => f.name)).toEqual(['2024-07-07 Fed rates up — 市政府部署防汛工作.md', 'Broken.md']);
    expect(frontMatter(storyToMarkdown(broken))).toMatchObject({ title: 'Broken', published: null, saved: null });
    expect(await exportText(storiesToCombinedMarkdown(stories, stories.length))).toContain('# Broken');
    expect(unzip(await bytesOf(storiesToMarkdownZip(stories))).map((f) => f.name)).toEqual(['2024-07-07 Fed rates up — 市政府部署防汛工作.md', 'Broken.md']);
  });
});

describe('CSV export', () => {
  /** A small RFC 4180 reader, to read the file back. */
  function parseCsv(text: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let i = 0;
    while (i < text.length) {
      expect(text[i]).toBe('"');
      let value = '';
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        value += text.slice(i, quote);
        i = quote + 1;
        if (text[i] !== '"') break;
        value += '"';
        i++;
      }
      row.push(value);
      if (text[i] === ',') i++;
      else if (text.startsWith('\r\n', i)) {
        rows.push(row);
        row = [];
        i += 2;
      } else throw new Error(`unexpected ${text[i]}`);
    }
    return rows;
  }

  it('quotes every field, doubles quotes, separates records with CRLF and reads back', async () => {
    const csv = await exportText(storiesToCsv([story, savedStory({ headline: 'line\nbreak, "quoted"', paragraphs: ['a', 'b'] })]));
    expect(csv.startsWith('\ufeff"id","title",')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(3);
    expect(rows[1]?.[1]).toBe('Fed: "rates" up — 市政府部署防汛工作');
    expect(rows[1]?.[11]).toBe('Economy; interest rates; 防汛');
    expect(rows[2]?.[1]).toBe('line\nbreak, "quoted"');
    expect(rows[2]?.[14]).toBe('a\n\nb');
  });

  it('names the published and saved times apart, and the site by its name, else its host', async () => {
    const rows = parseCsv((await exportText(storiesToCsv([savedStory({ site: null, url: 'https://www.example.org/a', publishedTime: '2024-07-07T10:00:00Z', savedAt: Date.parse('2025-03-04T05:06:07Z') })]))).slice(1));
    const value = (name: string) => rows[1]?.[rows[0]!.indexOf(name)];
    expect(value('site')).toBe('example.org');
    expect(value('published')).toBe('2024-07-07T10:00:00Z');
    expect(value('saved')).toBe('2025-03-04T05:06:07.000Z');
    expect(rows[0]).not.toContain('date');
  });

  it('has the printed page and where a story in parts goes on as columns of their own', async () => {
    const rows = parseCsv((await exportText(storiesToCsv([savedStory({ page: '7', continuesOn: 'A6' }), savedStory()]))).slice(1));
    const value = (row: number, name: string) => rows[row]?.[rows[0]!.indexOf(name)];
    expect([value(1, 'page'), value(1, 'continues_on'), value(2, 'page'), value(2, 'continues_on')]).toEqual(['7', 'A6', '', '']);
  });

  it('defuses cells that a spreadsheet would run as formulas', () => {
    for (const formula of ['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(csvField(formula)).toBe(`"'${formula.replace(/"/g, '""')}"`);
    }
    expect(csvField('safe = text')).toBe('"safe = text"');
  });
});

describe('JSON export', () => {
  it('names its format and schema version and keeps every field', async () => {
    const file = JSON.parse(await exportText(storiesToJson([story], new Date('2025-01-02T00:00:00Z'))));
    expect(file).toEqual({ format: EXPORT_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: '2025-01-02T00:00:00.000Z', stories: [story] as SavedStory[] });
  });

  it('writes, a story per chunk, the file that JSON.stringify writes of the whole library, and it reads back from its bytes (property)', async () => {
    const exportedAt = new Date('2025-01-02T00:00:00Z');
    await fc.assert(
      fc.asyncProperty(fc.array(arbitrarySavedStory, { maxLength: 6 }), async (stories) => {
        const chunks: string[] = [];
        for await (const chunk of storiesToJson(stories, exportedAt)) chunks.push(chunk);
        expect(chunks).toHaveLength(stories.length + 1);
        const whole: JsonExport = { format: EXPORT_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: exportedAt.toISOString(), stories };
        expect(chunks.join('')).toBe(`${JSON.stringify(whole, null, 1)}\n`);
        // As the notes page downloads it: the chunks as the parts of a Blob, written as UTF-8.
        expect(JSON.parse(await new Blob(chunks).text())).toEqual(whole);
      }),
      { numRuns: 200 },
    );
  });

  it('reads the stories only as it writes them', async () => {
    let read = 0;
    async function* stories() {
      for (const s of [story, story]) {
        read++;
        yield s;
      }
    }
    const chunks = storiesToJson(stories());
    await chunks.next();
    expect(read).toBe(1);
  });
});

describe('every text export, written in chunks', () => {
  const stories = [story, savedStory({ headline: HOSTILE.join(' '), paragraphs: HOSTILE, tags: ['防汛'], page: '第01版：要闻' }), savedStory({ headline: null })];
  it.each([
    ['CSV', () => storiesToCsv(stories)],
    ['Markdown', () => storiesToCombinedMarkdown(stories, stories.length)],
    ['JSON', () => storiesToJson(stories)],
  ])('%s: a chunk to begin, one per story, and one to end at most', async (_format, write) => {
    const chunks: string[] = [];
    for await (const chunk of write()) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThanOrEqual(stories.length);
    expect(chunks.length).toBeLessThanOrEqual(stories.length + 2);
    for (const [i, s] of stories.entries()) expect(chunks.filter((c) => c.includes(s.url))).toHaveLength(stories.indexOf(s) === i ? 1 : 0);
  });
});
