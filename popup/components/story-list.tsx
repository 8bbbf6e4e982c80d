import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { countTags, type TagCount } from '../../src/annotate/tags.js';
import { t } from '../../src/platform/browser.js';
import { storyInputs } from '../../src/store/input.js';
import type { Annotations, SavedStory, StoryInput } from '../../src/store/record.js';
import { library } from '../lib/library.js';
import type { StoryListing } from '../lib/story-listing.js';
import { StoryCard, type SaveState } from './story-card.js';

interface Props {
  listing: StoryListing;
  heading: string;
  /** The popup's list is the page's title (h1); a list on the PDF page sits under it (h2). */
  level: 1 | 2;
  /** Prefix of the cards' element ids, so several lists on one page keep theirs apart. */
  idPrefix: string;
  /** Buttons after "Save all" in the list's bar. */
  actions?: ComponentChildren;
  /** Shown between the bar and the stories. */
  children?: ComponentChildren;
}

interface Drafts {
  drafts: Annotations[];
  saveStates: SaveState[];
}

const blank: Annotations = { tags: [], summary: '', note: '' };

function inputsOf(listing: StoryListing, drafts?: Annotations[]): StoryInput[] {
  return storyInputs(listing.facts, listing.stories, listing.facts.url ?? '').map((input, i) => ({ ...input, ...drafts?.[i] }));
}

/** "3 stories on this page", "1 story in this PDF". */
export function countHeading(listing: StoryListing): string {
  const count = listing.stories.length;
  if (listing.kind === 'pdf') return count === 1 ? t('oneStoryInPdf') : t('storiesInPdf', String(count));
  return count === 1 ? t('oneStoryFound') : t('storiesFound', String(count));
}

/**
 * A page's (or a PDF's) stories, each to tag, summarise and save; what was saved before shows saved. It shows
 * once the library has said which stories it holds, so a card never flips from Save to Update under the reader.
 */
export function StoryList({ listing, heading, level, idPrefix, actions, children }: Props) {
  const [state, setState] = useState<Drafts | null>(null);
  const [knownTags, setKnownTags] = useState<TagCount[]>([]);

  useEffect(() => {
    (async () => {
      const saved = await library.findSaved(inputsOf(listing));
      const records: (SavedStory | null)[] = saved.ok ? saved.value : listing.stories.map(() => null);
      setState({
        drafts: records.map((r) => (r ? { tags: r.tags, summary: r.summary, note: r.note } : blank)),
        saveStates: records.map((r) => ({ status: r ? 'saved' : 'unsaved' })),
      });
      // The reader's tags, for autocomplete, once the stories show: from the cards, a fraction of the library.
      const all = await library.cards();
      if (all.ok) setKnownTags(countTags(all.value));
    })();
  }, [listing]);

  if (!state) return null;
  const { drafts, saveStates } = state;
  const save = async (indexes: number[]) => {
    const inputs = inputsOf(listing, drafts);
    const result = await library.saveMany(indexes.map((i) => inputs[i]!));
    setState((prev) => prev && {
      ...prev,
      saveStates: prev.saveStates.map((s, i) => (indexes.includes(i) ? (result.ok ? { status: 'saved' } : { status: 'failed', error: result.error }) : s)),
    });
    const all = result.ok ? await library.cards() : null; // autocomplete then offers the tags just added
    if (all?.ok) setKnownTags(countTags(all.value));
  };
  const Heading = level === 1 ? 'h1' : 'h2';

  return (
    <>
      <header class="bar">
        <Heading>{heading}</Heading>
        <div class="bar-actions">
          {listing.stories.length > 1 && <button type="button" onClick={() => save(listing.stories.map((_, i) => i))}>{t('saveAll')}</button>}
          {actions}
        </div>
      </header>
      {children}
      {listing.cut && <p class="status">{t('pdfPagesCut', [String(listing.cut.count), String(listing.cut.read)])}</p>}
      <ol class="stories">
        {listing.stories.map((story, i) => (
          <li key={i}>
            <StoryCard
              id={`${idPrefix}-${i}`}
              story={story}
              page={listing.pages?.[i]}
              language={listing.language}
              draft={drafts[i]!}
              saveState={saveStates[i]!}
              knownTags={knownTags}
              onDraft={(draft) => setState((prev) => prev && { ...prev, drafts: prev.drafts.map((d, j) => (j === i ? draft : d)) })}
              onSave={() => save([i])}
            />
          </li>
        ))}
      </ol>
    </>
  );
}
