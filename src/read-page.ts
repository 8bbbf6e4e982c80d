/** extract → restructure: the page's stories, as the content script and the CLI both read them. */
import type { ExtractedPage, PageLine, Story, StoryPage } from './core/types.js';
import { isBoilerplateLine, leadsInToClosingLinks } from './extract/credits.js';
import { restructure } from './restructure/index.js';
import { endsInPhotoCredit, isCjkCaptionStart, isPhotoCredit } from './restructure/patterns.js';

export function storiesOf(extracted: ExtractedPage): StoryPage {
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
  const captions = body.filter(isCaption);
  return {
    lines: [...lines.slice(0, bodyStart), ...(captions.length ? body.filter((line) => !isCaption(line)) : body)],
    head: [...text(bodyStart, first), ...captions.map((line) => line.text)], tail: text(end, lines.length),
  };
}

/** A photo's caption or credit among an article's lines: marked so by the page, or read so by its words. */
function isCaption(line: PageLine): boolean {
  const text = line.text;
  return !!line.hints?.caption || isCjkCaptionStart(text) || isPhotoCredit(text) || endsInPhotoCredit(text);
}
