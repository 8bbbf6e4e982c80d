/** `broadsheet restructure FILE` and `broadsheet extract FILE`: the extension's own pipeline, in a terminal. */
import { parseArgs } from 'node:util';
import type { StoryPage } from '../core/types.js';
import { decodeHtml, decodeText, extract, readPdf, restructure } from '../index.js';
import { storiesOf } from '../read-page.js';
import { printedStoriesOf, restructurePrinted } from '../read-printed.js';
import { readInput, type Input } from './input.js';
import { pageToMarkdown } from '../review/markdown.js';

const USAGE = `usage: broadsheet restructure <file.txt|file.html|file.pdf|-> [--format json|markdown] [--url URL]
       broadsheet extract <file.html|-> [--url URL]

restructure  prints the page's stories as JSON (../shared/schema/stories.schema.json) or Markdown;
             a PDF is read by its layout, page by page (each story then carries its page number)
extract      prints the article text and metadata found in an HTML page as JSON`;

function usage(message?: string): never {
  if (message) console.error(`broadsheet: ${message}`);
  console.error(USAGE);
  process.exit(2);
}

function fail(message: string): never {
  console.error(`broadsheet: ${message}`);
  process.exit(1);
}

async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { format: { type: 'string' }, url: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    usage((error as Error).message);
  }
  const { positionals, values } = parsed;
  if (values.help) { console.log(USAGE); return; }
  const [command, file, ...extra] = positionals;
  if (!command) usage();
  if (command !== 'restructure' && command !== 'extract') usage(`unknown command '${command}'`);
  if (!file) usage(`${command} needs a file (or - for standard input)`);
  if (extra.length) usage(`one file at a time (got ${extra.length + 1})`);
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'markdown') usage(`--format is json or markdown, not '${format}'`);

  const input = readInput(file);
  if (!input.ok) fail(input.error);
  if (command === 'extract') {
    if (!input.value.isHtml) fail(`${file} is not an HTML page`);
    const { lines: _lines, ...page } = extract(decode(input.value), { url: values.url });
    console.log(JSON.stringify(page, null, 2));
    return;
  }
  if (input.value.isPdf) {
    const pdf = await readPdf(input.value.bytes);
    if (!pdf.ok) fail(`${file}: ${pdf.error.message}`);
    const pages = restructurePrinted(pdf.value.pages);
    for (const problem of pdf.value.pageProblems) console.error(`broadsheet: ${file}: ${problem.message}`);
    if (pdf.value.pageCount > pdf.value.readUpTo) console.error(`broadsheet: ${file} has ${pdf.value.pageCount} pages; read the first ${pdf.value.readUpTo}`);
    for (const { page, truncated: cut } of pdf.value.pages) {
      if (cut) console.error(`broadsheet: ${file} page ${page} draws ${cut.runs} text runs (${cut.chars} characters); read the first ${cut.readRuns} (${cut.readChars} characters)`);
    }
    console.log(format === 'markdown' ? pages.map((p) => (pages.length > 1 ? `# Page ${p.page}\n\n` : '') + pageToMarkdown(p)).join('\n') : JSON.stringify(pdfPagesAsOne(pages), null, 2));
    return;
  }
  const page = input.value.isHtml ? storiesOf(extract(decode(input.value), { url: values.url })) : restructure(decode(input.value));
  console.log(format === 'markdown' ? pageToMarkdown(page) : JSON.stringify(page, null, 2));
}

/** HTML by its byte-order mark, declared charset or sniffed one; text files by their mark or sniffed alike. */
const decode = (input: Input): string => (input.isHtml ? decodeHtml(input.bytes) : decodeText(input.bytes));

/** A PDF's pages as one page of the schema's shape: one page as it is; several with each story's page number. */
function pdfPagesAsOne(pages: Array<StoryPage & { page: number }>): StoryPage {
  if (pages.length === 1) { const { page: _page, ...only } = pages[0]!; return only; }
  return printedStoriesOf(pages);
}

void main(process.argv.slice(2));
