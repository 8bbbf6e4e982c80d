import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { countTags } from '../../src/annotate/tags.js';
import { onLocalStorageChanged, openExtensionPage, t } from '../../src/platform/browser.js';
import { newestFirst, type Card } from '../../src/store/cards.js';
import { storyChanges } from '../../src/store/changes.js';
import type { StoryPatch } from '../../src/store/edit.js';
import { displayTitle, type SavedStory } from '../../src/store/record.js';
import { searchFromUrl, searchToUrl } from '../../src/review/notes-url.js';
import { SearchIndex, type SearchQuery } from '../../src/review/search.js';
import { library } from '../lib/library.js';
import { addFetched, applyChange, completeShelf, emptyShelf, indexReady, showCards, type Shelf } from '../lib/notes-shelf.js';
import { LibraryTools } from './library-tools.js';
import { SavedStoryItem } from './saved-story.js';

/** Stories rendered at first; more on request, so a library of thousands opens at once. */
const PAGE = 50;
const DAY_MS = 86_400_000;

const isoDay = (time: number | undefined) => (time === undefined ? '' : new Date(time).toISOString().slice(0, 10));
const dayStart = (value: string) => (value ? Date.parse(`${value}T00:00:00Z`) : undefined);

const isStory = (s: SavedStory | undefined): s is SavedStory => !!s;

/**
 * The notes page: every saved story, newest first; search, filters, edit in place, delete with undo,
 * export, import. It shows from the stories' cards (a small read) and the first stories fetched by id;
 * every story is read after, in batches, then the search index is built in slices.
 */
export function NotesApp({ search }: { search: string }) {
  /** What is on screen; the change feed updates the newest shelf (live) in place and bumps `revision`. */
  const [shelf, setShelf] = useState<Shelf | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  const [query, setQuery] = useState<SearchQuery>(() => searchFromUrl(search));
  const [shown, setShown] = useState(PAGE);
  const [deleted, setDeleted] = useState<SavedStory | null>(null);
  const queryBox = useRef<HTMLInputElement>(null);
  const live = useRef<Shelf | null>(null);
  const refresh = () => setRevision((r) => r + 1);

  const load = async () => {
    const current = emptyShelf();
    live.current = current;
    const superseded = () => live.current !== current; // reloaded meanwhile (after an import)
    const cards = await library.cards();
    if (superseded()) return;
    if (!cards.ok) return setLoadError(cards.error);
    const first = await library.getMany(cards.value.slice(0, PAGE).map((c) => c.id));
    if (superseded()) return;
    showCards(current, cards.value, first.ok ? first.value : []);
    setShelf(current);
    refresh();
    const list = await library.listByCards(cards.value);
    if (superseded()) return;
    if (!list.ok) return setLoadError(list.error);
    completeShelf(current, list.value);
    refresh();
    const built = await SearchIndex.buildInSlices([...current.stories.values()]);
    if (superseded()) return;
    indexReady(current, built);
    refresh();
  };

  useEffect(() => {
    void load();
    queryBox.current?.focus();
    // Stories saved, edited or deleted elsewhere (the popup, another notes tab) show here at once.
    return onLocalStorageChanged((changes) => {
      const current = live.current;
      if (!current) return;
      const { saved, removed } = storyChanges(changes);
      for (const story of saved) applyChange(current, story.id, story);
      for (const id of removed) applyChange(current, id, null);
      if (saved.length || removed.length) refresh();
    });
  }, []);

  useEffect(() => {
    history.replaceState(null, '', `${location.pathname}${searchToUrl(query)}`);
    setShown(PAGE);
  }, [query]);

  /** Newest first: the cards until every story is read. */
  const all: readonly (Card | SavedStory)[] | null = useMemo(
    () => (!shelf ? null : shelf.complete ? [...shelf.stories.values()].sort(newestFirst) : shelf.cards), [shelf, revision]);
  const index = shelf?.index ?? null;
  const tags = useMemo(() => countTags(all ?? []), [all]);
  const sites = useMemo(() => [...new Set((all ?? []).map((s) => s.site).filter((s): s is string => !!s))].sort(), [all]);
  const filtering = Boolean(query.text?.trim() || query.tag || query.site || query.from !== undefined || query.to !== undefined);
  const results: readonly { id: string }[] = !all ? [] : index ? index.search(query).map((id) => ({ id })) : filtering ? [] : all;
  const storyOf = (entry: { id: string }) => shelf?.stories.get(entry.id);
  const visible = results.slice(0, shown).map(storyOf).filter(isStory);
  /** Export needs every story's text: offered once all are read. */
  const exportable = shelf?.complete ? results.map(storyOf).filter(isStory) : null;

  // Before every story is read, the stories "show more" reveals are fetched by id.
  useEffect(() => {
    if (!shelf || shelf.complete || !all) return;
    const missing = all.slice(0, shown).map((c) => c.id).filter((id) => !shelf.stories.has(id));
    if (!missing.length) return;
    void library.getMany(missing).then((found) => {
      if (!found.ok || shelf.complete) return;
      addFetched(shelf, found.value);
      refresh();
    });
  }, [all, shown]);

  const set = (patch: Partial<SearchQuery>) => setQuery((q) => ({ ...q, ...patch }));

  const update = async (id: string, patch: StoryPatch) => {
    const result = await library.update(id, patch);
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
        <button type="button" onClick={() => openExtensionPage('/pdf.html')}>{t('openPdfPage')}</button>
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
      {all && <LibraryTools stories={exportable} shown={results.length} onImported={load} />}
      {all && all.length === 0 && <p class="status">{t('noNotes')}</p>}
      {all && !index && filtering && <p class="status" role="status">{t('indexing')}</p>}
      {all && index && all.length > 0 && results.length === 0 && <p class="status">{t('noMatches')}</p>}
      {all && results.length > 0 && <p class="count" role="status">{t('matches', [String(results.length), String(all.length)])}</p>}
      <ol class="stories">
        {visible.map((story) => (
          <li key={story.id}>
            <SavedStoryItem story={story} query={query.text ?? ''} knownTags={tags} onUpdate={(a) => update(story.id, a)} onDelete={() => remove(story)} />
          </li>
        ))}
      </ol>
      {results.length > shown && <button type="button" class="more" onClick={() => setShown(shown + PAGE)}>{t('showMore')}</button>}
    </main>
  );
}
