import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { TagCounter, type TagCount } from '../../src/annotate/tags.js';
import { nextTurn } from '../../src/core/turn.js';
import { localStorageArea, onLocalStorageChanged, openExtensionPage, storageLock, t } from '../../src/platform/browser.js';
import type { Card } from '../../src/store/cards.js';
import { storyChanges } from '../../src/store/changes.js';
import type { StoryPatch } from '../../src/store/edit.js';
import { displayTitle, type SavedStory } from '../../src/store/record.js';
import { searchFromUrl, searchToUrl, type NotesView } from '../../src/review/notes-url.js';
import { filterTest } from '../../src/review/search.js';
import { readMeta, rebuildStoredSearch, SEARCH_META_KEY, StoredSearch } from '../../src/review/search-store.js';
import { library } from '../lib/library.js';
import { addFetched, applyChanges, cardsById, emptyShelf, indexReady, showCards, showNewest, toFetch, type Shelf } from '../lib/notes-shelf.js';
import { arrangeRows, byPublished, publishedAt, STORY_ROW_HEIGHT, type Row } from '../lib/reading-list.js';
import { LibraryTools } from './library-tools.js';
import { ReadingList } from './reading-list.js';
import { Excerpt, hasUnsavedEdit, SavedStoryPane, storyMeta, type Edit } from './saved-story.js';

/** Stories fetched by id before the whole library is read: the first screenful. */
const FIRST = 50;
/** The newest cards stored are shown before the rest are read where they fill the first screen (deletions shorten them). */
const FIRST_SCREEN = 10;
/** Where the stored search index reads from. */
const searchSource = { area: localStorageArea, getMany: library.getMany, lock: storageLock };
/** How long the change feed stays quiet before an index worn by it (an import elsewhere) is built again. */
const REBUILD_AFTER_MS = 1000;
/** The longest a page opened with a search waits for its results before it reads the cards anyway. */
const FIRST_ANSWER_WAIT_MS = 3000;
const DAY_MS = 86_400_000;
/** Cards counted for the filters' lists in one turn (a few milliseconds). */
const COUNT_BATCH = 5000;

/** After the next frame is painted (or a moment, where the page is hidden and paints none). */
const painted = () => new Promise<void>((resolve) => {
  requestAnimationFrame(() => setTimeout(resolve, 0));
  setTimeout(resolve, 200);
});
const isoDay = (time: number | undefined) => (time === undefined ? '' : new Date(time).toISOString().slice(0, 10));
const dayStart = (value: string) => (value ? Date.parse(`${value}T00:00:00Z`) : undefined);
/** A text search and nothing else asked: listed in the order the index answers in (newest saved first), before the cards are read. */
const textAlone = (view: NotesView) => Boolean(view.text?.trim()) && isPlain({ ...view, text: undefined });
/** Nothing asked but the newest saved: what the newest cards can show before every card is read, and the stories to fetch first. */
const isPlain = ({ text, tag, site, from, to, sort }: NotesView) => !text?.trim() && !tag && !site && from === undefined && to === undefined && sort !== 'published';
/** Where typing goes to the field, not to the page's keys. */
const isField = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * The tags (with their counts) and the sites the filters offer, counted over the cards a batch a turn once they are
 * shown: at 100,000 stories, counted in the render that shows them, they held the page for a third of a second.
 * Until counted (and while cards changed are counted again), the lists counted before.
 */
function useFilterChoices(cards: readonly Card[] | null): { tags: TagCount[]; sites: string[] } {
  const [choices, setChoices] = useState<{ tags: TagCount[]; sites: string[] }>({ tags: [], sites: [] });
  useEffect(() => {
    let stopped = false;
    void (async () => {
      const tags = new TagCounter();
      const sites = new Set<string>();
      for (let at = 0; at < (cards?.length ?? 0); at += COUNT_BATCH) {
        if (at) await nextTurn();
        if (stopped) return;
        const batch = (cards ?? []).slice(at, at + COUNT_BATCH);
        tags.add(batch);
        for (const card of batch) if (card.site) sites.add(card.site);
      }
      if (!stopped) setChoices({ tags: tags.counts(), sites: [...sites].sort() });
    })();
    return () => { stopped = true; };
  }, [cards]);
  return choices;
}

/**
 * The notes page as a reading room: a compact list of the saved stories (windowed: only the rows on screen
 * are rendered) beside a pane with the chosen story's whole text, where its tags, summary and note are edited.
 * Search and filters as before; newest saved or newest published first; grouped by source or by the page read from.
 * It shows from the stories' cards (a small read) and holds only the stories it fetched by id: those on screen and
 * the one in the pane. Filters and order come from the cards, the text's matches from the search index stored beside
 * the stories (built here once where it is missing, or worn by many changes).
 */
export function NotesApp({ search }: { search: string }) {
  /** What is on screen; the change feed updates the newest shelf (live) in place and bumps `revision`. */
  const [shelf, setShelf] = useState<Shelf | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  /** Bumped when stories fetched for display arrive: the rows re-render, but the search, results and rows stay as they are. */
  const [fetched, setFetched] = useState(0);
  const [query, setQuery] = useState<NotesView>(() => searchFromUrl(search));
  const [deleted, setDeleted] = useState<SavedStory | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const edits = useRef(new Map<string, Edit>()).current;
  const [, setEdited] = useState(0);
  const queryBox = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const paneRef = useRef<HTMLElement>(null);
  const live = useRef<Shelf | null>(null);
  /** A rebuild of the index waiting for the change feed to pause, or under way: searches wait for it (the page says so). */
  const rebuilding = useRef<{ timer: ReturnType<typeof setTimeout> | null; running: boolean }>({ timer: null, running: false }).current;
  const refresh = () => setRevision((r) => r + 1);
  /** A search's results shown (painted) for the first time: a page opened with a search reads the cards after that. */
  const answered = useRef<{ shown: Promise<void>; tell: () => void } | null>(null);
  answered.current ??= (() => { let tell = () => {}; const shown = new Promise<void>((resolve) => { tell = resolve; }); return { shown, tell }; })();
  const firstAnswer = () => Promise.race([answered.current?.shown, new Promise((resolve) => setTimeout(resolve, FIRST_ANSWER_WAIT_MS))]);

  const load = async () => {
    const reloading = live.current !== null; // after an import: what is shown stays until the cards are read
    const current = emptyShelf();
    live.current = current;
    const superseded = () => live.current !== current; // reloaded meanwhile (after an import)
    // The stored search index is opened beside the cards, so a search (notes.html?q=…) reads what it needs meanwhile.
    const opening = StoredSearch.open(searchSource).then((opened) => {
      if (opened && !superseded() && !current.index) { indexReady(current, opened); refresh(); }
      return opened;
    });
    // The first screen from one small read; the cards of every story (17 MB at 100,000) after.
    const newest = reloading ? null : await library.newest();
    if (superseded()) return;
    // Opened with a search or a filter, the stories shown first are not the newest: those are fetched once known.
    const first = isPlain(query) ? FIRST : 0;
    if (newest?.ok && newest.value && newest.value.cards.length >= Math.min(newest.value.count, FIRST_SCREEN)) {
      const ids = toFetch(current, newest.value.cards.slice(0, first).map((c) => c.id));
      const fetched = ids.length ? await library.getMany(ids) : null;
      if (superseded()) return;
      showNewest(current, newest.value, ids, fetched?.ok ? fetched.value : []);
      setShelf(current);
      refresh();
      // Painted before the cards are read: at 100,000 stories taking them in holds the page for a second.
      await painted();
      if (superseded()) return;
      // Opened with a text search alone, its first results (from the index, newest first) are shown before that too.
      if (textAlone(query) && (await opening)) await firstAnswer();
      if (superseded()) return;
    }
    const cards = await library.cards();
    if (superseded()) return;
    if (!cards.ok) return setLoadError(cards.error);
    const firstIds = toFetch(current, cards.value.slice(0, first).map((c) => c.id));
    const [fetched, byId] = await Promise.all([firstIds.length ? library.getMany(firstIds) : null, cardsById(cards.value)]);
    if (superseded()) return;
    showCards(current, cards.value, firstIds, fetched?.ok ? fetched.value : [], byId);
    setShelf(current);
    refresh();
    await openSearch(current, false);
    // Stories saved behind the cards' back (a Broadsheet from before them) are told by the keys alone; the index is built again with them.
    const mended = await library.checkCards(cards.value);
    if (superseded() || !mended.ok || !mended.value) return;
    showCards(current, mended.value, [], [], await cardsById(mended.value));
    if (superseded()) return;
    refresh();
    await openSearch(current, true);
  };

  /** The stored search index, opened; built first where there is none (or `rebuild`), and built again in the background where worn. */
  const openSearch = async (current: Shelf, rebuild: boolean) => {
    const opened = rebuild ? null : await StoredSearch.open(searchSource);
    if (live.current !== current) return;
    // The index opened beside the cards is let go where the stored one has gone since (cards() drops it on finding
    // stories written behind its back) or was built again.
    if (current.index && !rebuild && opened?.meta.gen !== current.index.meta.gen) current.index = null;
    if (opened && !current.index) { indexReady(current, opened); refresh(); }
    if (opened && !opened.worn) return;
    // Without an index, what changed so far waits in `pending`: the build reads it as it is from here on.
    if (!current.index) current.pending.clear();
    rebuilding.running = true;
    const built = await rebuildStoredSearch(localStorageArea, { lock: storageLock });
    rebuilding.running = false;
    if (!built.ok) return setLoadError(built.error);
    if (live.current !== current) return;
    current.index = null; // changes seen from here on wait for the index built
    const search = await StoredSearch.open(searchSource);
    if (!search || live.current !== current) return;
    indexReady(current, search);
    refresh();
    if (search.worn) rebuildSoon(current); // the change feed wore it again while it was built
  };

  /**
   * The index worn by what the change feed brought (an import elsewhere) is let go — the ids changed meanwhile wait,
   * not their stories — and built again once the feed pauses, as one build, not one per write.
   */
  const rebuildSoon = (current: Shelf) => {
    current.index = null;
    if (rebuilding.timer) clearTimeout(rebuilding.timer);
    rebuilding.timer = setTimeout(() => {
      rebuilding.timer = null;
      if (live.current !== current) return;
      if (rebuilding.running) return rebuildSoon(current);
      void openSearch(current, true);
    }, REBUILD_AFTER_MS);
  };

  useEffect(() => {
    void load();
    queryBox.current?.focus();
    // Stories saved, edited or deleted elsewhere (the popup, another notes tab) show here at once.
    return onLocalStorageChanged((changes) => {
      const current = live.current;
      if (!current) return;
      // The search index built again (by this page or another): opened anew.
      const meta = readMeta(changes[SEARCH_META_KEY]?.newValue);
      const waiting = rebuilding.timer !== null || rebuilding.running; // for its own build
      if (meta?.ready && current.cards && !waiting && meta.gen !== current.index?.meta.gen) {
        current.index = null;
        void openSearch(current, false);
      }
      const { saved, removed } = storyChanges(changes);
      applyChanges(current, [...saved.map((story) => [story.id, story] as const), ...removed.map((id) => [id, null] as const)]);
      if (current.index?.worn || (rebuilding.timer !== null && (saved.length || removed.length))) rebuildSoon(current);
      if (saved.length || removed.length) refresh();
    });
  }, []);

  useEffect(() => {
    history.replaceState(null, '', `${location.pathname}${searchToUrl(query)}`);
  }, [query]);

  const { text, tag, site, dates, from, to, sort, group } = query;
  const searching = Boolean(text?.trim());
  const plain = isPlain(query);
  /** Newest saved first: every card, or before they are read (plain), the first of them. */
  const all: readonly Card[] | null = useMemo(() => shelf?.cards ?? (plain ? shelf?.newest?.cards : null) ?? null, [shelf, revision, plain]);
  const whole = Boolean(shelf?.cards);
  /** How many stories there are. */
  const total = whole ? (all?.length ?? 0) : (shelf?.newest?.count ?? 0);
  /** The cards by id: the shelf's, kept with them, or before every card is read, the newest's. */
  const cardById = useMemo(() => (whole ? shelf?.byId : new Map((all ?? []).map((c) => [c.id, c]))) ?? new Map<string, Card>(), [all, whole]);
  const lookup = (id: string): Card | SavedStory | undefined => shelf?.stories.get(id) ?? cardById.get(id);
  const index = shelf?.index ?? null;
  const { tags, sites } = useFilterChoices(all);
  /**
   * The latest search's matches, for the text asked (the index answers asynchronously: it reads what the text needs);
   * not `done` while a long Chinese run is still confirmed: the first of them, shown meanwhile.
   */
  const [found, setFound] = useState<{ text: string; ids: readonly string[]; done: boolean } | null>(null);
  /** The text in the box as last rendered: a search answering after another was typed, but before its effect asked it, is not shown. */
  const typed = useRef(text);
  typed.current = text;
  useEffect(() => {
    if (!searching || !index || !shelf) return;
    // Typing on (or anything else that asks again) stops this search where it is: its answer is never shown.
    const typing = new AbortController();
    const show = (ids: readonly string[], done: boolean) => {
      if (typing.signal.aborted || typed.current !== text) return;
      setFound({ text: text ?? '', ids, done });
      void painted().then(answered.current?.tell);
    };
    // Enough matches to fill the window's height with rows (the list is a little shorter), read without forcing a layout.
    const first = Math.ceil(window.innerHeight / STORY_ROW_HEIGHT);
    index.search(text ?? '', { signal: typing.signal, first, onPartial: (ids) => show(ids, false) }).then((ids) => {
      if (ids) show(ids, true);
      else if (!typing.signal.aborted && shelf.index === index) { shelf.index = null; void openSearch(shelf, false); } // built again meanwhile: reopened
    }, (error: unknown) => {
      if (!typing.signal.aborted) setLoadError(error instanceof Error ? error.message : String(error));
    });
    return () => typing.abort();
  }, [searching, index, revision, text]);
  /**
   * A text search alone (no filter, newest saved first) is listed in the order the index answers in, the cards': so it
   * shows before every card is read (notes.html?q=…), and a keystroke makes no pass over them.
   */
  const byIndex = found !== null && textAlone(query);
  /** The text's matches (all stories without one), the filters and the order from the cards. */
  const results: readonly string[] = useMemo(() => {
    if (byIndex) return found.ids;
    if (!all || (searching && !found)) return [];
    const matches = searching && found ? new Set(found.ids) : null;
    const passes = filterTest({ tag, site, dates, from, to });
    const ids = all.filter((c) => (!matches || matches.has(c.id)) && (!passes || passes(c))).map((c) => c.id);
    return sort === 'published' ? byPublished(ids, (id) => { const item = lookup(id); return item ? publishedAt(item) : null; }) : ids;
  }, [all, found, byIndex, searching, revision, tag, site, dates, from, to, sort]);
  /** The first of the search's matches shown while it confirms the rest. */
  const confirming = searching && found?.done === false;
  /** Whether the list can be shown: from the cards (or the newest of them), or a text search's matches before them. */
  const listed = all !== null || byIndex;
  // Grouped by the page read from, a story's group can need the story itself (its address), not only its card.
  const rows: readonly Row[] = useMemo(() => arrangeRows(results, lookup, group), [results, group, group === 'page' ? fetched : 0]);
  const active = activeId === null ? -1 : rows.findIndex((r) => r.kind === 'story' && r.id === activeId);
  const shownRow = active >= 0 ? active : rows.findIndex((r) => r.kind === 'story');
  const shownId = (rows[shownRow] as Extract<Row, { kind: 'story' }> | undefined)?.id ?? null;
  const shownStory = shownId === null ? undefined : shelf?.stories.get(shownId);
  /** The stories on screen (and the one in the pane) are fetched by id. */
  const fetchMissing = (ids: readonly string[]) => {
    if (!shelf) return;
    const missing = toFetch(shelf, ids);
    if (!missing.length) return;
    void library.getMany(missing).then((found) => {
      addFetched(shelf, missing, found.ok ? found.value : []);
      if (found.ok) setFetched((n) => n + 1);
    });
  };
  useEffect(() => { if (shownId) fetchMissing([shownId]); }, [shownId, shelf]);

  const focusList = () => listRef.current?.focus({ preventScroll: true });
  const activate = (row: number) => {
    const target = rows[row];
    if (target?.kind === 'story') setActiveId(target.id);
  };
  /** Enter: into the story, to read it (the pane scrolls from its top). */
  const open = () => {
    paneRef.current?.scrollIntoView?.({ block: 'nearest' });
    paneRef.current?.focus();
  };
  const editShown = () => paneRef.current?.querySelector<HTMLInputElement>('input[role=combobox]')?.focus();

  // The page's keys, where typing does not go to a field: `/` searches, `e` edits, `j`/`k` move in the list; Escape goes back to the list.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
      const inList = e.target === listRef.current;
      if (e.key === 'Escape') {
        if (!inList) { e.preventDefault(); focusList(); }
        return;
      }
      if (isField(e.target)) return;
      if (e.key === '/') { e.preventDefault(); queryBox.current?.focus(); queryBox.current?.select(); }
      else if (e.key === 'e') { e.preventDefault(); editShown(); }
      else if ((e.key === 'j' || e.key === 'k') && !inList) {
        e.preventDefault();
        focusList();
        listRef.current?.dispatchEvent(new KeyboardEvent('keydown', { key: e.key, bubbles: true }));
      }
    };
    document.addEventListener('keydown', onKey);
    // Focus is never lost: when what held it leaves the page (a deleted story's pane, the undo toast), the list takes it.
    const onFocusOut = (e: FocusEvent) => {
      const left = e.target as Node;
      setTimeout(() => { if (!left.isConnected && (document.activeElement === document.body || !document.activeElement)) focusList(); }, 0);
    };
    document.addEventListener('focusout', onFocusOut);
    return () => { document.removeEventListener('keydown', onKey); document.removeEventListener('focusout', onFocusOut); };
  }, []);

  const set = (patch: Partial<NotesView>) => setQuery((q) => ({ ...q, ...patch }));

  const update = async (id: string, patch: StoryPatch) => {
    const result = await library.update(id, patch);
    return result.ok ? null : result.error; // the change feed updates the list
  };
  const remove = async (story: SavedStory) => {
    // The story after it (else before it) takes its place in the pane.
    const next = rows.slice(shownRow + 1).find((r) => r.kind === 'story') ?? rows.slice(0, shownRow).reverse().find((r) => r.kind === 'story');
    const result = await library.remove(story.id);
    if (!result.ok) return;
    edits.delete(story.id);
    setDeleted(story);
    setActiveId(next?.kind === 'story' ? next.id : null);
    focusList();
  };
  const undo = async () => {
    if (deleted) {
      await library.restore(deleted);
      setActiveId(deleted.id);
    }
    setDeleted(null);
    focusList();
  };

  const renderRow = (id: string) => {
    const item = lookup(id);
    if (!item) return null;
    const story = shelf?.stories.get(id);
    return (
      <>
        <p class="row-title">{displayTitle({ title: item.title, pageTitle: story?.pageTitle ?? null }) || t('untitled')}</p>
        <p class="row-meta">{storyMeta(item)}</p>
        <p class="row-lead">
          {item.tags.map((tag) => <span class="row-tag" key={tag}>{tag}</span>)}
          {story ? <Excerpt story={story} query={query.text ?? ''} /> : '…'}
          {story && hasUnsavedEdit(edits, story) && <span class="draft-mark">{t('unsavedChanges')}</span>}
        </p>
      </>
    );
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
        <span><label for="filter-dates">{t('datesOf')}</label> <select id="filter-dates" value={query.dates ?? 'saved'} onChange={(e) => set({ dates: e.currentTarget.value === 'published' ? 'published' : undefined })}>
          <option value="saved">{t('savedDates')}</option>
          <option value="published">{t('publishedDates')}</option>
        </select></span>
        <span><label for="filter-from">{t(query.dates === 'published' ? 'publishedFrom' : 'savedFrom')}</label> <input id="filter-from" type="date" value={isoDay(query.from)} onInput={(e) => set({ from: dayStart(e.currentTarget.value) })} /></span>
        <span><label for="filter-to">{t('savedTo')}</label> <input id="filter-to" type="date" value={isoDay(query.to)} onInput={(e) => { const day = dayStart(e.currentTarget.value); set({ to: day === undefined ? undefined : day + DAY_MS - 1 }); }} /></span>
        <span><label for="sort">{t('sortBy')}</label> <select id="sort" value={query.sort ?? 'saved'} onChange={(e) => set({ sort: e.currentTarget.value === 'published' ? 'published' : undefined })}>
          <option value="saved">{t('newestSaved')}</option>
          <option value="published">{t('newestPublished')}</option>
        </select></span>
        <span><label for="group">{t('groupBy')}</label> <select id="group" value={query.group ?? ''} onChange={(e) => { const value = e.currentTarget.value; set({ group: value === 'site' || value === 'page' ? value : undefined }); }}>
          <option value="">{t('groupNone')}</option>
          <option value="site">{t('groupSite')}</option>
          <option value="page">{t('groupPage')}</option>
        </select></span>
      </section>
      {loadError && <p class="status error" role="alert">{loadError}</p>}
      {deleted && (
        <p class="toast" role="status">
          {t('deleted', displayTitle(deleted) || t('untitled'))} <button type="button" onClick={undo}>{t('undo')}</button>
        </p>
      )}
      {whole && <LibraryTools ids={results} onImported={load} />}
      {all && total === 0 && <p class="status">{t('noNotes')}</p>}
      {all && !found && searching && <p class="status" role="status">{t('indexing')}</p>}
      {listed && (found?.done || !searching) && total > 0 && results.length === 0 && <p class="status">{t('noMatches')}</p>}
      {listed && (results.length > 0 || confirming) && (
        <p class="count" role="status" aria-busy={confirming ? 'true' : undefined}>
          {t(confirming ? 'matchesSoFar' : 'matches', whole || byIndex ? [String(results.length), String(Math.max(total, results.length))] : [String(total), String(total)])}
        </p>
      )}
      {listed && results.length > 0 && <p class="keys">{t('readingKeys')}</p>}
      <div class="room">
        <ReadingList
          listRef={listRef}
          label={t('storyList')}
          rows={rows}
          active={shownRow}
          stories={whole || byIndex ? results.length : total}
          onActivate={activate}
          onOpen={open}
          onShown={fetchMissing}
          story={renderRow}
          group={(label) => label ?? t(query.group === 'page' ? 'pageNotRead' : 'noSite')}
        />
        <section class="reading-pane" aria-label={t('readingPane')}>
          {shownStory
            ? <SavedStoryPane key={shownStory.id} story={shownStory} edits={edits} knownTags={tags} paneRef={paneRef} onUpdate={(patch) => update(shownStory.id, patch)} onDelete={() => remove(shownStory)} onEdited={() => setEdited((n) => n + 1)} />
            : results.length > 0 && <p class="status" aria-busy="true">…</p>}
        </section>
      </div>
    </main>
  );
}
