/** extract → restructure: the page's stories, as the popup (from the content script's reading) and the CLI both read them. */
import type { ExtractedPage, PageLine, Story, StoryPage } from './core/types.js';
import { isBoilerplateLine, isTimestampLine, leadsInToClosingLinks } from './extract/credits.js';
import { restructure } from './restructure/index.js';
import { endsInPhotoCredit, isCjkCaptionStart, isPhotoCredit } from './restructure/patterns.js';

/** What the stories are read from: the page's kind, lines and language, and the title and byline its metadata names. */
export type StoriesSource = Pick<ExtractedPage, 'kind' | 'lines' | 'lang' | 'title' | 'byline'>;

export function storiesOf(extracted: StoriesSource): StoryPage {
  if (extracted.kind === 'none' || extracted.kind === 'error-page') return { language: extracted.lang, stories: [], unassigned: [] };
  const { lines, head, tail } = extracted.kind === 'article' ? withoutBoilerplate(extracted.lines) : { lines: extracted.lines, head: [], tail: [] };
  const restructured = restructure({ lines, language: extracted.lang });
  const page = { ...restructured, unassigned: [...head, ...restructured.unassigned, ...tail] };
  const language = page.language ?? extracted.lang;
  if (extracted.kind !== 'article' || page.stories.length === 0) return { ...page, language };
  // Extraction found one article: what the restructurer took for further stories are its sections.
  const [first, ...sections] = page.stories as [Story, ...Story[]];
  const story: Story = sections.length ? { ...first, paragraphs: [...first.paragraphs, ...sections.flatMap(sectionParagraphs)] } : { ...first };
  // A single article's title and byline often live in page metadata rather than in its body text.
  story.headline ??= extracted.title;
  story.byline ??= extracted.byline;
  return { ...page, language, stories: [story] };
}

/** A section's title lines and text as paragraphs of the article; a byline that stood alone is kept as one too. */
function sectionParagraphs(section: Story): string[] {
  const title = [section.kicker, section.headline, section.subheadline].filter((t): t is string => !!t);
  const body = section.paragraphs.join('\n');
  const byline = section.byline && !body.includes(section.byline) ? [section.byline] : [];
  return [...title, ...byline, ...section.paragraphs];
}

/**
 * An article's lines without the site's boilerplate at the head of its body (after the headline) and at its
 * tail, and without its photos' captions and credits: those lines are no part of the story (`head` holds the
 * captions, in order, after the head's boilerplate).
 */
function withoutBoilerplate(lines: readonly PageLine[]): { lines: PageLine[]; head: string[]; tail: string[] } {
  let first = 0;
  while (first < lines.length && lines[first]!.hints?.heading) first++;
  const bodyStart = first;
  while (first < lines.length && isBoilerplateLine(lines[first]!.text)) first++;
  let end = lines.length;
  // A closing list of links ("More:" and its links) sits within the last few lines.
  for (let i = Math.max(first, end - 6); i < end; i++) if (leadsInToClosingLinks(lines[i]!.text)) { end = i; break; }
  while (end > first && isBoilerplateLine(lines[end - 1]!.text)) end--;
  const text = (from: number, to: number) => lines.slice(from, to).map((line) => line.text);
  const body = lines.slice(first, end);
  const teasers = timestampedTeasers(body);
  const apart = (line: PageLine, i: number) => isCaption(line) || teasers.has(i);
  const captions = body.filter((line, i) => apart(line, i) && !teasers.has(i));
  return {
    lines: [...lines.slice(0, bodyStart), ...body.filter((line, i) => !apart(line, i))],
    head: [...text(bodyStart, first), ...captions.map((line) => line.text)],
    tail: [...body.filter((_, i) => teasers.has(i)).map((line) => line.text), ...text(end, lines.length)],
  };
}

/** A teaser's text: a line or two after its timestamp (a live blog's update runs on). */
const TEASER_CHARS = 250;

/**
 * Teasers of other stories in an article's lines, each a timestamp over a line or two ("November 19, 2019 at
 * 5:10 pm" over its story's first sentence), two or more in a row: a rail of other stories, no part of this one.
 */
function timestampedTeasers(lines: readonly PageLine[]): Set<number> {
  const teasers = new Set<number>();
  let run: number[][] = [];
  const close = () => {
    if (run.length >= 2) for (const teaser of run) for (const i of teaser) teasers.add(i);
    run = [];
  };
  let i = 0;
  while (i < lines.length) {
    if (!isTimestampLine(lines[i]!.text)) { close(); i++; continue; }
    // the teaser's text: one block after the timestamp; another timestamp or the end must follow it
    let j = i + 1;
    while (j < lines.length && lines[j]!.text && (j === i + 1 || !lines[j]!.hints?.blockStart)) j++;
    const chars = lines.slice(i + 1, j).reduce((n, line) => n + line.text.length, 0);
    const next = lines.slice(j).find((line) => line.text);
    if (j > i + 1 && chars <= TEASER_CHARS && (!next || isTimestampLine(next.text))) run.push(lines.slice(i, j).map((_, k) => i + k));
    else close();
    i = j;
  }
  close();
  return teasers;
}

/** A photo's caption or credit among an article's lines: marked so by the page, or read so by its words. */
function isCaption(line: PageLine): boolean {
  const text = line.text;
  return !!line.hints?.caption || isCjkCaptionStart(text) || isPhotoCredit(text) || endsInPhotoCredit(text);
}
