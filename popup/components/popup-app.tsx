import { useEffect, useState } from 'preact/hooks';
import type { Story } from '../../src/core/types.js';
import { openExtensionPage, t } from '../../src/platform/browser.js';
import { readActivePage, type PageState } from '../lib/page-state.js';
import { allSaved, saveStory, storyId, type SavedStory } from '../lib/saved.js';
import { StoryCard, type StoryDraft } from './story-card.js';

export function PopupApp({ search }: { search: string }) {
  const [state, setState] = useState<PageState>({ status: 'reading' });
  const [saved, setSaved] = useState<Map<string, SavedStory>>(new Map());

  useEffect(() => {
    // Saved drafts must be known before the cards mount: a card's fields start from them.
    Promise.all([readActivePage(search), allSaved()]).then(
      ([page, list]) => { setSaved(new Map(list.map((s) => [s.id, s]))); setState(page); },
      (error) => setState({ status: 'message', key: 'readFailed', detail: String(error) }),
    );
  }, [search]);

  if (state.status === 'reading') return <p class="status" role="status">{t('reading')}</p>;
  if (state.status === 'message') {
    return <p class="status" role="alert">{t(state.key, state.detail)}</p>;
  }

  const { reading } = state;
  const save = async (story: Story, draft: StoryDraft) => {
    const id = storyId(reading.url, story);
    const record: SavedStory = { ...story, ...draft, id, url: reading.url, site: reading.siteName ?? new URL(reading.url).hostname, savedAt: Date.now() };
    await saveStory(record);
    setSaved((prev) => new Map(prev).set(id, record));
  };

  return (
    <main>
      <header class="bar">
        <h1>{t('storiesFound', String(reading.page.stories.length))}</h1>
        <button type="button" onClick={() => openExtensionPage('/notes.html')}>{t('openNotes')}</button>
      </header>
      <ol class="stories">
        {reading.page.stories.map((story, i) => (
          <li key={i}>
            <StoryCard story={story} saved={saved.get(storyId(reading.url, story))} onSave={(draft) => save(story, draft)} />
          </li>
        ))}
      </ol>
    </main>
  );
}
