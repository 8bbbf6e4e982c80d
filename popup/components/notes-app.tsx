import { useEffect, useState } from 'preact/hooks';
import { t } from '../../src/platform/browser.js';
import { allSaved, type SavedStory } from '../lib/saved.js';

/** The notes page: every saved story, newest first. */
export function NotesApp({ search }: { search: string }) {
  const [stories, setStories] = useState<SavedStory[] | null>(null);
  const [query, setQuery] = useState(new URLSearchParams(search).get('q') ?? '');
  useEffect(() => { allSaved().then(setStories); }, []);

  const needle = query.trim().toLowerCase();
  const shown = (stories ?? []).filter((s) => !needle || JSON.stringify([s.headline, s.kicker, s.summary, s.note, s.tags, s.paragraphs]).toLowerCase().includes(needle));
  return (
    <main>
      <header class="bar">
        <h1>{t('notesTitle')}</h1>
        <input type="search" aria-label={t('search')} placeholder={t('search')} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </header>
      {stories?.length === 0 && <p class="status">{t('noNotes')}</p>}
      <ol class="stories">
        {shown.map((s) => (
          <li key={s.id}>
            <article class="story">
              {s.kicker && <p class="kicker">{s.kicker}</p>}
              <h2 class="headline">{s.headline ?? t('untitled')}</h2>
              <p class="meta">{[s.site, s.byline, new Date(s.savedAt).toLocaleDateString()].filter(Boolean).join(' · ')}</p>
              {s.tags.length > 0 && <p class="tags">{s.tags.map((tag) => <span class="chip" key={tag}>{tag}</span>)}</p>}
              {s.summary && <p class="summary">{s.summary}</p>}
              {s.note && <p class="note">{s.note}</p>}
              <a href={s.url} target="_blank" rel="noreferrer">{t('openOriginal')}</a>
            </article>
          </li>
        ))}
      </ol>
    </main>
  );
}
