import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { countTags } from '../../src/annotate/tags.js';
import { onLocalStorageChanged, t } from '../../src/platform/browser.js';
import { storyChanges } from '../../src/store/changes.js';
import { displayTitle, type Annotations, type SavedStory } from '../../src/store/record.js';
import { searchFromUrl, searchToUrl } from '../../src/review/notes-url.js';
import { SearchIndex, type SearchQuery } from '../../src/review/search.js';
import { library } from '../lib/library.js';
import { LibraryTools } from './library-tools.js';
import { SavedStoryItem } from './saved-story.js';

/** Stories rendered at first; more on request, so a library of thousands opens at once. */
const PAGE = 50;
const DAY_MS = 86_400_000;

const isoDay = (time: number | undefined) => (time === undefined ? '' : new Date(time).toISOString().slice(0, 10));
const dayStart = (value: string) => (value ? Date.parse(`${value}T00:00:00Z`) : undefined);

/**
 * The notes page: every saved story, newest first; search, filters, edit in place, delete with undo,
 * export, import. The list shows as soon as it is read; the search index is built in slices after.
 */
export function NotesApp({ search }: { search: string }) {
  const [stories, setStories] = useState<Map<string, SavedStory> | null>(null);
  const [index, setIndex] = useState<SearchIndex | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  const [query, setQuery] = useState<SearchQuery>(() => searchFromUrl(search));
  const [shown, setShown] = useState(PAGE);
  const [deleted, setDeleted] = useState<SavedStory | null>(null);
  const queryBox = useRef<HTMLInputElement>(null);
  /** What the change feed updates; `pending` holds stories changed while the index was being built. */
  const live = useRef<{ stories: Map<string, SavedStory>; index: SearchIndex | null; pending: Set<string> } | null>(null);

  const load = async () => {
    const list = await library.list();
    if (!list.ok) return setLoadError(list.error);
    const byId = new Map(list.value.map((s) => [s.id, s]));
    const current = { stories: byId, index: null as SearchIndex | null, pending: new Set<string>() };
    live.current = current;
    setStories(byId);
    setIndex(null);
    const built = await SearchIndex.buildInSlices(list.value);
    if (live.current !== current) return; // reloaded meanwhile
    for (const id of current.pending) {
      const story = byId.get(id);
      if (story) built.upsert(story); else built.remove(id);
    }
    current.index = built;
    setIndex(built);
  };

  useEffect(() => {
    void load();
    queryBox.current?.focus();
    // Stories saved, edited or deleted elsewhere (the popup, another notes tab) show here at once.
    return onLocalStorageChanged((changes) => {
      const current = live.current;
      if (!current) return;
      const { saved, removed } = storyChanges(changes);
      for (const story of saved) { current.stories.set(story.id, story); if (current.index) current.index.upsert(story); else current.pending.add(story.id); }
      for (const id of removed) { current.stories.delete(id); if (current.index) current.index.remove(id); else current.pending.add(id); }
      if (saved.length || removed.length) setRevision((r) => r + 1);
    });
  }, []);

  useEffect(() => {
    history.replaceState(null, '', `${location.pathname}${searchToUrl(query)}`);
    setShown(PAGE);
  }, [query]);

  const all = stories ? [...stories.values()] : [];
  const tags = useMemo(() => countTags(all), [stories, revision]);
  const sites = useMemo(() => [...new Set(all.map((s) => s.site).filter((s): s is string => !!s))].sort(), [stories, revision]);
  const filtering = Boolean(query.text?.trim() || query.tag || query.site || query.from !== undefined || query.to !== undefined);
  const results = !stories ? [] : index ? index.search(query).map((id) => stories.get(id)).filter((s): s is SavedStory => !!s)
    : filtering ? [] : all.sort((a, b) => b.savedAt - a.savedAt);
  const set = (patch: Partial<SearchQuery>) => setQuery((q) => ({ ...q, ...patch }));

  const update = async (id: string, annotations: Annotations) => {
    const result = await library.update(id, annotations);
    return result.ok ? null : result.error; // the change feed updates the list
  };
  const remove = async (story: SavedStory) => {
    const result = await library.remove(story.id);
    if (result.ok) setDeleted(story);
  };
  const undo = async () => {
    if (deleted) await library.restore(deleted);
    setDeleted(null);
  };

  return (
    <main>
      <header class="bar notes-bar">
        <h1>{t('notesTitle')}</h1>
        <input ref={queryBox} type="search" aria-label={t('search')} placeholder={t('search')} value={query.text ?? ''} onInput={(e) => set({ text: e.currentTarget.value })} />
      </header>
      <section class="filters" aria-label={t('filters')}>
        <span><label for="filter-tag">{t('filterTag')}</label> <select id="filter-tag" value={query.tag ?? ''} onChange={(e) => set({ tag: e.currentTarget.value || undefined })}>
          <option value="">{t('any')}</option>
          {query.tag && !tags.some((x) => x.tag === query.tag) && <option value={query.tag}>{query.tag}</option>}
          {tags.map(({ tag, count }) => <option key={tag} value={tag}>{`${tag} (${count})`}</option>)}
        </select></span>
        <span><label for="filter-site">{t('filterSite')}</label> <select id="filter-site" value={query.site ?? ''} onChange={(e) => set({ site: e.currentTarget.value || undefined })}>
          <option value="">{t('any')}</option>
          {sites.map((name) => <option key={name} value={name}>{name}</option>)}
        </select></span>
        <span><label for="filter-from">{t('savedFrom')}</label> <input id="filter-from" type="date" value={isoDay(query.from)} onInput={(e) => set({ from: dayStart(e.currentTarget.value) })} /></span>
        <span><label for="filter-to">{t('savedTo')}</label> <input id="filter-to" type="date" value={isoDay(query.to)} onInput={(e) => { const day = dayStart(e.currentTarget.value); set({ to: day === undefined ? undefined : day + DAY_MS - 1 }); }} /></span>
      </section>
      {loadError && <p class="status error" role="alert">{loadError}</p>}
      {deleted && (
        <p class="toast" role="status">
          {t('deleted', displayTitle(deleted) || t('untitled'))} <button type="button" onClick={undo}>{t('undo')}</button>
        </p>
      )}
      {stories && <LibraryTools stories={results} onImported={load} />}
      {stories && all.length === 0 && <p class="status">{t('noNotes')}</p>}
      {stories && !index && filtering && <p class="status" role="status">{t('indexing')}</p>}
      {index && all.length > 0 && results.length === 0 && <p class="status">{t('noMatches')}</p>}
      {results.length > 0 && <p class="count" role="status">{t('matches', [String(results.length), String(all.length)])}</p>}
      <ol class="stories">
        {results.slice(0, shown).map((story) => (
          <li key={`${story.id}:${story.updatedAt}`}>
            <SavedStoryItem story={story} query={query.text ?? ''} knownTags={tags} onUpdate={(a) => update(story.id, a)} onDelete={() => remove(story)} />
          </li>
        ))}
      </ol>
      {results.length > shown && <button type="button" class="more" onClick={() => setShown(shown + PAGE)}>{t('showMore')}</button>}
    </main>
  );
}
