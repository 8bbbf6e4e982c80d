/** extract → restructure: the page's stories, as the content script and the CLI both read them. */
import type { ExtractedPage, StoryPage } from './core/types.js';
import { restructure } from './restructure/index.js';

export function storiesOf(extracted: ExtractedPage): StoryPage {
  if (extracted.kind === 'none') return { language: extracted.lang, stories: [], unassigned: [] };
  const page = restructure({ lines: extracted.lines, language: extracted.lang });
  // A single article's title and byline often live in page metadata rather than in its body text.
  const [only] = page.stories;
  if (extracted.kind === 'article' && only && page.stories.length === 1) {
    only.headline ??= extracted.title;
    only.byline ??= extracted.byline;
  }
  return { ...page, language: page.language ?? extracted.lang };
}
