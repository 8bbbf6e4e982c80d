import { useEffect, useState } from 'preact/hooks';
import { countTags, type TagCount } from '../../src/annotate/tags.js';
import type { PageReading } from '../../src/messages.js';
import { openExtensionPage, t } from '../../src/platform/browser.js';
import { storyInputs } from '../../src/store/input.js';
import type { Annotations, SavedStory, StoryInput } from '../../src/store/record.js';
import { library } from '../lib/library.js';
import { readActivePage, type PageState } from '../lib/page-state.js';
import { StoryCard, type SaveState } from './story-card.js';

interface Ready {
  reading: PageReading;
  drafts: Annotations[];
  saveStates: SaveState[];
  knownTags: TagCount[];
}

const blank: Annotations = { tags: [], summary: '', note: '' };

function inputsOf(reading: PageReading, drafts?: Annotations[]): StoryInput[] {
  return storyInputs(reading, reading.page.stories, reading.url).map((input, i) => ({ ...input, ...drafts?.[i] }));
}

/** Opens on the toolbar click: reads the page, lists its stories, saves what the reader annotates. */
export function PopupApp({ search }: { search: string }) {
  const [state, setState] = useState<PageState>({ status: 'reading' });
  const [ready, setReady] = useState<Ready | null>(null);

  useEffect(() => {
    (async () => {
      const page = await readActivePage(search);
      if (page.status !== 'ready') return setState(page);
      const saved = await library.findSaved(inputsOf(page.reading));
      const records: (SavedStory | null)[] = saved.ok ? saved.value : page.reading.page.stories.map(() => null);
      setReady({
        reading: page.reading,
        drafts: records.map((r) => (r ? { tags: r.tags, summary: r.summary, note: r.note } : blank)),
        saveStates: records.map((r) => ({ status: r ? 'saved' : 'unsaved' })),
        knownTags: [],
      });
      setState(page);
      // The reader's tags, for autocomplete, once the stories show: from the cards, a fraction of the library.
      const all = await library.cards();
      if (all.ok) setReady((prev) => prev && { ...prev, knownTags: countTags(all.value) });
    })().catch((error) => setState({ status: 'message', key: 'readFailed', detail: String(error) }));
  }, [search]);

  if (state.status === 'reading') return <p class="status" role="status">{t('reading')}</p>;
  if (state.status === 'message') return <p class="status" role="alert">{t(state.key, state.detail)}</p>;
  if (!ready) return null;

  const { reading, drafts, saveStates, knownTags } = ready;
  const save = async (indexes: number[]) => {
    const inputs = inputsOf(reading, drafts);
    const result = await library.saveMany(indexes.map((i) => inputs[i]!));
    const all = result.ok ? await library.cards() : null; // autocomplete then offers the tags just added
    setReady((prev) => prev && {
      ...prev,
      saveStates: prev.saveStates.map((s, i) => (indexes.includes(i) ? (result.ok ? { status: 'saved' } : { status: 'failed', error: result.error }) : s)),
      knownTags: all?.ok ? countTags(all.value) : prev.knownTags,
    });
  };
  const count = reading.page.stories.length;

  return (
    <main>
      <header class="bar">
        <h1>{count === 1 ? t('oneStoryFound') : t('storiesFound', String(count))}</h1>
        <div class="bar-actions">
          {count > 1 && <button type="button" onClick={() => save(reading.page.stories.map((_, i) => i))}>{t('saveAll')}</button>}
          <button type="button" onClick={() => openExtensionPage('/notes.html')}>{t('openNotes')}</button>
        </div>
      </header>
      <ol class="stories">
        {reading.page.stories.map((story, i) => (
          <li key={i}>
            <StoryCard
              index={i}
              story={story}
              language={reading.page.language ?? reading.lang ?? 'en'}
              draft={drafts[i]!}
              saveState={saveStates[i]!}
              knownTags={knownTags}
              onDraft={(draft) => setReady((prev) => prev && { ...prev, drafts: prev.drafts.map((d, j) => (j === i ? draft : d)) })}
              onSave={() => save([i])}
            />
          </li>
        ))}
      </ol>
    </main>
  );
}
