import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { countTags } from '../../src/annotate/tags.js';
import { t } from '../../src/platform/browser.js';
import { displayTitle, type Annotations, type SavedStory } from '../../src/store/record.js';
import type { SearchIndex, SearchQuery } from '../../src/review/search.js';
import { buildIndexInSlices } from '../lib/build-index.js';
import { library } from '../lib/library.js';
import { LibraryTools } from './library-tools.js';
import { SavedStoryItem } from './saved-story.js';

/** Stories rendered at first; more on request, so a library of thousands opens at once. */
const PAGE = 50;

/** Kept as one mutable object (edits update it in place, then bump `revision`), so no handler holds a stale copy. */
interface Library {
  byId: Map<string, SavedStory>;
  /** Null until built: with thousands of stories building it takes a moment, and the list shows first. */
  index: SearchIndex | null;
}

/** Resolves after the browser has painted the current frame. */
const afterPaint = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
const newestFirst = (a: SavedStory, b: SavedStory) => b.savedAt - a.savedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const dayStart = (date: string) => (date ? new Date(`${date}T00:00:00`).getTime() : undefined);
const dayEnd = (date: string) => (date ? new Date(`${date}T23:59:59.999`).getTime() : undefined);

/** The notes page: every saved story, newest first; search, filter, edit, delete with undo, export, import. */
export function NotesApp({ search }: { search: string }) {
  const params = new URLSearchParams(search);
  const [lib, setLib] = useState<Library | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  const [query, setQuery] = useState(params.get('q') ?? '');
  const [tag, setTag] = useState(params.get('tag') ?? '');
  const [site, setSite] = useState(params.get('site') ?? '');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [shown, setShown] = useState(PAGE);
  const [deleted, setDeleted] = useState<SavedStory | null>(null);
  const queryBox = useRef<HTMLInputElement>(null);

  const load = async () => {
    const list = await library.list();
    if (!list.ok) return setLoadError(list.error);
    const loaded: Library = { byId: new Map(list.value.map((s) => [s.id, s])), index: null };
    setLib(loaded);
    await afterPaint();
    loaded.index = await buildIndexInSlices(() => loaded.byId.values());
    setRevision((r) => r + 1);
  };
  useEffect(() => { void load(); queryBox.current?.focus(); }, []);
  useEffect(() => {
    const url = new URL(location.href);
    for (const [key, value] of [['q', query], ['tag', tag], ['site', site]] as const) {
      if (value) url.searchParams.set(key, value); else url.searchParams.delete(key);
    }
    history.replaceState(null, '', url);
    setShown(PAGE);
  }, [query, tag, site, from, to]);

  const all = lib ? [...lib.byId.values()] : [];
  const tags = useMemo(() => countTags(all), [lib, revision]);
  const sites = useMemo(() => [...new Set(all.map((s) => s.site).filter((s): s is string => !!s))].sort(), [lib, revision]);
  const q: SearchQuery = { text: query, tag: tag || undefined, site: site || undefined, from: dayStart(from), to: dayEnd(to) };
  const filtering = Boolean(query.trim() || tag || site || from || to);
  // Until the index is built, the unfiltered list is known and a search is not yet answered (null).
  const results = !lib ? [] : lib.index ? lib.index.search(q).map((id) => lib.byId.get(id)!).filter(Boolean) : filtering ? null : all.sort(newestFirst);

  const replace = (story: SavedStory) => {
    lib!.byId.set(story.id, story);
    lib!.index?.upsert(story);
    setRevision((r) => r + 1);
  };
  const update = async (id: string, annotations: Annotations) => {
    const result = await library.update(id, annotations);
    if (!result.ok) return result.error;
    replace(result.value);
    return null;
  };
  const remove = async (story: SavedStory) => {
    const result = await library.remove(story.id);
    if (!result.ok) return;
    lib!.byId.delete(story.id);
    lib!.index?.remove(story.id);
    setDeleted(story);
    setRevision((r) => r + 1);
  };
  const undo = async () => {
    if (!deleted) return;
    const result = await library.restore(deleted);
    if (result.ok) replace(result.value);
    setDeleted(null);
  };

  return (
    <main>
      <header class="bar notes-bar">
        <h1>{t('notesTitle')}</h1>
        <input ref={queryBox} type="search" aria-label={t('search')} placeholder={t('search')} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </header>
      <section class="filters" aria-label={t('filters')}>
        <span><label for="filter-tag">{t('filterTag')}</label> <select id="filter-tag" value={tag} onChange={(e) => setTag(e.currentTarget.value)}>
          <option value="">{t('any')}</option>
          {tags.map(({ tag: name, count }) => <option key={name} value={name}>{`${name} (${count})`}</option>)}
        </select></span>
        <span><label for="filter-site">{t('filterSite')}</label> <select id="filter-site" value={site} onChange={(e) => setSite(e.currentTarget.value)}>
          <option value="">{t('any')}</option>
          {sites.map((name) => <option key={name} value={name}>{name}</option>)}
        </select></span>
        <span><label for="filter-from">{t('savedFrom')}</label> <input id="filter-from" type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} /></span>
        <span><label for="filter-to">{t('savedTo')}</label> <input id="filter-to" type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} /></span>
      </section>
      {loadError && <p class="status error" role="alert">{loadError}</p>}
      {deleted && (
        <p class="toast" role="status">
          {t('deleted', displayTitle(deleted) || t('untitled'))} <button type="button" onClick={undo}>{t('undo')}</button>
        </p>
      )}
      {lib && <LibraryTools stories={results ?? []} onImported={load} />}
      {lib && all.length === 0 && <p class="status">{t('noNotes')}</p>}
      {lib && all.length > 0 && results?.length === 0 && <p class="status">{t('noMatches')}</p>}
      {lib && results && results.length > 0 && <p class="count" role="status">{t('matches', [String(results.length), String(all.length)])}</p>}
      <ol class="stories" aria-busy={!results}>
        {(results ?? []).slice(0, shown).map((story) => (
          <li key={`${story.id}:${story.updatedAt}`}>
            <SavedStoryItem story={story} knownTags={tags} onUpdate={(a) => update(story.id, a)} onDelete={() => remove(story)} />
          </li>
        ))}
      </ol>
      {results && results.length > shown && <button type="button" class="more" onClick={() => setShown(shown + PAGE)}>{t('showMore')}</button>}
    </main>
  );
}
