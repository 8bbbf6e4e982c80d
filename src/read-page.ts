/** extract → restructure: the page's stories, as the content script and the CLI both read them. */
import type { ExtractedPage, Story, StoryPage } from './core/types.js';
import { restructure } from './restructure/index.js';

export function storiesOf(extracted: ExtractedPage): StoryPage {
  if (extracted.kind === 'none') return { language: extracted.lang, stories: [], unassigned: [] };
  const page = restructure({ lines: extracted.lines, language: extracted.lang });
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
