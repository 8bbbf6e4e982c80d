/** The CLI as a newcomer and the acceptance checks run it: `npx broadsheet …` on the Node build. */
import Ajv2020 from 'ajv/dist/2020.js';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, mkdtempSync, openSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeAs } from './legacy-encoding.js';

const repo = resolve(import.meta.dirname, '..');
const shared = resolve(repo, '../shared');
const scratch = mkdtempSync(join(tmpdir(), 'broadsheet-cli-'));
const schema = JSON.parse(readFileSync(join(shared, 'schema/stories.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);

const cli = (...args: string[]) => spawnSync(process.execPath, [join(repo, 'bin/broadsheet.js'), ...args], { encoding: 'utf8', cwd: repo });

beforeAll(() => {
  execFileSync('npm', ['run', '--silent', 'build:lib'], { cwd: repo, stdio: 'ignore' });
});

describe('broadsheet restructure', () => {
  it('prints the e-paper page as JSON in the shape of the shared schema', () => {
    const run = cli('restructure', join(shared, 'fixtures/epaper-zh-erqi/page.txt'));
    expect(run.status).toBe(0);
    const page = JSON.parse(run.stdout);
    expect(validate(page), JSON.stringify(validate.errors)).toBe(true);
    expect(page.stories.length).toBeGreaterThan(0);
  });

  it('reads an HTML page through the extraction path and standard input', () => {
    const html = readFileSync(join(repo, 'tests/pages/epaper-zh-erqi/page.html'));
    const run = spawnSync(process.execPath, [join(repo, 'bin/broadsheet.js'), 'restructure', '-'], { input: html, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const page = JSON.parse(run.stdout);
    expect(validate(page)).toBe(true);
    expect(page.stories.length).toBeGreaterThan(3); // the page's stories, restructured
    expect(JSON.stringify(page)).not.toContain('版权所有'); // the site footer is not page text
  });

  it('prints Markdown for people', () => {
    const run = cli('restructure', join(shared, 'fixtures/epaper-zh-erqi/page.txt'), '--format', 'markdown');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^## /m);
    expect(() => JSON.parse(run.stdout)).toThrow();
  });

  it('writes page text into Markdown as text, never as live HTML', () => {
    const page = join(scratch, 'hostile.txt');
    writeFileSync(page, '<img src=x onerror=alert(1)>\n\nOfficials said on Monday that <script>alert(2)</script> the plan would go ahead as drawn up last year by the city council.\n\nThe council meets again next week to settle the budget.\n');
    const run = cli('restructure', page, '--format', 'markdown');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(run.stdout).not.toMatch(/(?<!\\)<(img|script)/u);
  });

  it.each([['GBK', 'gbk', '市政府召开防汛工作会议', '本报讯 市政府昨天召开防汛工作会议，部署今年的防汛抗旱工作。'], ['Shift_JIS', 'shift_jis', '東京で経済対策会議', '政府は十五日、東京で会議を開き、経済対策について話し合った。']])(
    'reads a %s text file by its bytes, not as UTF-8 mojibake', (_, encoding, headline, body) => {
      const file = join(scratch, `${encoding}.txt`);
      writeFileSync(file, encodeAs(encoding, `${headline}\n\n${body}\n`));
      const run = cli('restructure', file);
      expect(run.status, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout).stories[0]).toMatchObject({ headline, paragraphs: [body] });
    });

  it('reads a UTF-16 page with its byte-order mark as the page, not as a binary file', () => {
    const html = readFileSync(join(repo, 'tests/pages/epaper-zh-erqi/page.html'), 'utf8');
    const file = join(scratch, 'utf-16.html');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]));
    const run = cli('extract', file);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).text).toBe(JSON.parse(cli('extract', join(repo, 'tests/pages/epaper-zh-erqi/page.html')).stdout).text);
  });

  const bad: [string, () => string, RegExp][] = [
    ['a missing file', () => join(scratch, 'nope.txt'), /no such file/],
    ['a directory', () => scratch, /is a directory/],
    ['an empty file', () => { const f = join(scratch, 'empty.txt'); writeFileSync(f, ''); return f; }, /is empty/],
    ['a whitespace-only file', () => { const f = join(scratch, 'blank.txt'); writeFileSync(f, ' \n\t\n'); return f; }, /is empty/],
    ['a binary file', () => { const f = join(scratch, 'bin.dat'); writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3])); return f; }, /binary/],
  ];
  it.each(bad)('refuses %s with exit 1 and one line, no stack trace', (_, file, reason) => {
    const run = cli('restructure', file());
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(reason);
  });

  const oneLineRefusal = (run: ReturnType<typeof spawnSync>, reason: RegExp) => {
    expect(run.status, String(run.stderr)).toBe(1);
    expect(run.stdout).toBe('');
    expect(String(run.stderr).trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(reason);
  };

  it('refuses a file over 50 MB without reading it whole, saying by how much', () => {
    const file = join(scratch, 'huge.txt');
    writeFileSync(file, Buffer.alloc(50 * 1024 * 1024 + 1, 0x61));
    oneLineRefusal(cli('restructure', file), /huge\.txt is 52428801 bytes; the limit is 50 MB/);
    const sparse = join(scratch, 'sparse.txt');
    writeFileSync(sparse, '');
    truncateSync(sparse, Math.round(50.3 * 1024 * 1024));
    oneLineRefusal(cli('restructure', sparse), /sparse\.txt is 50\.3 MB; the limit is 50 MB/);
  });

  // Unbounded reads grew to gigabytes; a bounded one stops just past 50 MB, in well under the timeout.
  const endless: [string, () => ReturnType<typeof spawnSync>][] = [
    ['/dev/zero as the file', () => spawnSync(process.execPath, [join(repo, 'bin/broadsheet.js'), 'restructure', '/dev/zero'], { encoding: 'utf8', timeout: 30_000 })],
    ['/dev/urandom as the file', () => spawnSync(process.execPath, [join(repo, 'bin/broadsheet.js'), 'restructure', '/dev/urandom'], { encoding: 'utf8', timeout: 30_000 })],
    ['/dev/zero on standard input', () => {
      const zero = openSync('/dev/zero', 'r');
      try {
        return spawnSync(process.execPath, [join(repo, 'bin/broadsheet.js'), 'restructure', '-'], { stdio: [zero, 'pipe', 'pipe'], encoding: 'utf8', timeout: 30_000 });
      } finally {
        closeSync(zero);
      }
    }],
    ['`yes |` on standard input', () => spawnSync('sh', ['-c', `yes | "${process.execPath}" "${join(repo, 'bin/broadsheet.js')}" restructure -`], { encoding: 'utf8', timeout: 30_000 })],
  ];
  it.each(endless)('stops reading %s at the 50 MB limit, with one line', (_, run) => {
    oneLineRefusal(run(), /over the 50 MB limit/);
  });

  it('says a file it may not read is unreadable, in one line', () => {
    const file = join(scratch, 'secret.txt');
    writeFileSync(file, 'A page of news.\n');
    chmodSync(file, 0o000);
    chmodSync(scratch, 0o755);
    const args = [join(repo, 'bin/broadsheet.js'), 'restructure', file];
    // root reads any file: drop to nobody to meet the permission check a reader meets.
    const run = process.getuid?.() === 0
      ? spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...args], { encoding: 'utf8' })
      : spawnSync(process.execPath, args, { encoding: 'utf8' });
    oneLineRefusal(run, /secret\.txt: permission denied/);
  });

  it('calls a symbolic link loop what it is, not a missing file', () => {
    symlinkSync(join(scratch, 'loop-b'), join(scratch, 'loop-a'));
    symlinkSync(join(scratch, 'loop-a'), join(scratch, 'loop-b'));
    oneLineRefusal(cli('restructure', join(scratch, 'loop-a')), /loop-a: a loop of symbolic links/);
  });

  it.each([[[]], [['restructure']], [['frobnicate', 'x']], [['restructure', 'a', 'b']], [['restructure', 'a', '--format', 'xml']], [['restructure', 'a', '--bogus']]])(
    'exits 2 with usage for %j', (args) => {
      const run = cli(...args);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/usage: broadsheet/);
    });
});

describe('broadsheet extract', () => {
  it('prints the page text and metadata as JSON', () => {
    const run = cli('extract', join(repo, 'tests/pages/epaper-zh-erqi/page.html'), '--url', 'https://example.com/a05');
    expect(run.status).toBe(0);
    const page = JSON.parse(run.stdout);
    expect(page).toMatchObject({ url: 'https://example.com/a05', lang: 'zh-CN' });
    expect(page.text).toContain('本报讯');
  });

  it('prints the byline and its authors', () => {
    const run = cli('extract', join(repo, 'tests/pages/article-en-heavy-chrome/page.html'));
    expect(JSON.parse(run.stdout)).toMatchObject({ byline: 'By Maria Okafor', authors: [{ name: 'Maria Okafor', role: null }] });
  });
});

describe('the package', () => {
  it('is importable in Node by its name', async () => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', "import { restructure, extract } from 'broadsheet'; console.log(typeof restructure, typeof extract, restructure('').stories.length)"], { cwd: repo, encoding: 'utf8' });
    expect(run.stdout.trim()).toBe('function function 0');
  });

  it('reads a PDF through the library by its name: readPdf, then restructure on each page', () => {
    const pdf = join(shared, 'fixtures/epaper-zh-rmrb-2018-01-16-p7/page.pdf');
    const script = `import { readFileSync } from 'node:fs'; import { readPdf, restructure } from 'broadsheet';
      const read = await readPdf(readFileSync(${JSON.stringify(pdf)}));
      console.log(read.ok ? read.value.pages.map((p) => p.page + ':' + restructure(p).stories.map((s) => s.headline).join('|')).join(' ') : read.error);`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repo, encoding: 'utf8' });
    expect(run.stdout.trim(), run.stderr).toBe('1:健全党和国家监督体系|增强维护核心的思想自觉和行动自觉|心中有戒方能抵腐有力|积极应对技术发展对广播电视事业的挑战');
  }, 30_000); // pdf.js reads a Chinese page in about a second, more on a loaded machine
});

describe('broadsheet restructure on a PDF', { timeout: 30_000 }, () => {
  it('reads a printed page by its layout: JSON in the shape of the shared schema, its stories titled', () => {
    const run = cli('restructure', join(shared, 'fixtures/epaper-en-keizertimes-2015-02-20-a10/page.pdf'));
    expect(run.status, run.stderr).toBe(0);
    const page = JSON.parse(run.stdout);
    expect(validate(page), JSON.stringify(validate.errors)).toBe(true);
    expect(page.stories.map((s: { headline: string }) => s.headline)).toContain('Celtics to top ranks in two weight classes at district meet');
  });

  it('gives each story of a PDF of several pages its page number, in JSON and in Markdown', async () => {
    const { tinyPdf, textPage } = await import('./e2e/tiny-pdf.js');
    const file = join(scratch, 'two-pages.pdf');
    writeFileSync(file, tinyPdf([
      textPage('Bridge reopens after repairs', ['The river bridge reopened to traffic on Monday after', 'six weeks of repairs to its deck, the county said.']),
      textPage('Library extends its hours', ['The central library will stay open until nine on', 'weekdays from March, the board decided on Tuesday.']),
    ]));
    const run = cli('restructure', file);
    expect(run.status, run.stderr).toBe(0);
    const page = JSON.parse(run.stdout);
    expect(validate(page)).toBe(true);
    expect(page.stories.map((s: { headline: string; page: number }) => [s.page, s.headline])).toEqual([[1, 'Bridge reopens after repairs'], [2, 'Library extends its hours']]);
    const markdown = cli('restructure', file, '--format', 'markdown');
    expect(markdown.stdout).toMatch(/^# Page 1\n[\s\S]*^# Page 2\n/m);
  });

  it('prints a story that jumps from page 1 to page 2 as one story, both parts in order, the jump lines unassigned', async () => {
    const { tinyPdf, textPage } = await import('./e2e/tiny-pdf.js');
    const file = join(scratch, 'jump.pdf');
    writeFileSync(file, tinyPdf([
      textPage('Council backs new lottery plan', [
        'The city council voted on Tuesday to approve a new lottery', 'plan that would fund the schools of the county for the next',
        'ten years, officials said on Wednesday. The vote came after', 'months of hearings at which parents, teachers and the owners',
        'of the shops that sell the tickets spoke, and after a debate in which', 'See LOTTERY, Page 2',
      ]),
      textPage('LOTTERY', [
        'Continued from Page 1', 'most of the members spoke for it. The mayor is expected to', 'sign the plan into law next week, her office said on Monday.',
      ]),
    ]));
    const run = cli('restructure', file);
    expect(run.status, run.stderr).toBe(0);
    const page = JSON.parse(run.stdout);
    expect(validate(page)).toBe(true);
    expect(page.stories).toHaveLength(1);
    expect(page.stories[0]).toMatchObject({ page: 1, headline: 'Council backs new lottery plan' });
    expect(page.stories[0].paragraphs.join(' ')).toMatch(/after a debate in which most of the members spoke for it\. The mayor .* on Monday\.$/);
    expect(page.stories[0]).not.toHaveProperty('continuesOn');
    expect(page.unassigned).toEqual(expect.arrayContaining(['See LOTTERY, Page 2', 'Continued from Page 1', 'LOTTERY']));
  });

  it('refuses a damaged PDF with exit 1 and one line', () => {
    const file = join(scratch, 'damaged.pdf');
    writeFileSync(file, readFileSync(join(shared, 'fixtures/epaper-en-keizertimes-2015-02-20-a10/page.pdf')).subarray(0, 4000));
    const run = cli('restructure', file);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/not a readable PDF|could not be read/);
  });
});
