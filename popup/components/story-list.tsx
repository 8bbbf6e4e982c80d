import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { countTags, type TagCount } from '../../src/annotate/tags.js';
import { onLocalStorageChanged, onPageHide, t, uiLanguage } from '../../src/platform/browser.js';
import { storyChanges } from '../../src/store/changes.js';
import type { Draft } from '../../src/store/drafts.js';
import { rebaseEdit } from '../../src/store/edit.js';
import { storyId } from '../../src/store/identity.js';
import { storyInputs } from '../../src/store/input.js';
import type { Annotations, SavedStory, StoryInput } from '../../src/store/record.js';
import { drafts, library } from '../lib/library.js';
import { printedPageOf, type ListedPageProblem, type StoryListing } from '../lib/story-listing.js';
import { StoryCard, type DraftMark, type SaveState } from './story-card.js';

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

/** A card's annotations: what its fields show, what is saved, and whether what they show is an unsaved draft. */
interface CardState {
  shown: Annotations;
  saved: { annotations: Annotations; updatedAt: number } | null;
  /** Null: the fields show what is saved (or nothing, unsaved). Else the saved updatedAt the draft was begun on. */
  draft: { basedOn: number | null } | null;
  saveState: SaveState;
}

/** A PDF page's problem in the reader's language, the layout's counts written as the language writes numbers. */
function pageProblemText(problem: ListedPageProblem): string {
  const page = String(problem.page);
  switch (problem.kind) {
    case 'textCut': return t('pdfPageTextCut', page);
    case 'drawingsLeftOut': return t('pdfPageDrawingsLeftOut', page);
    case 'tooCostly': return t('pdfPageTooCostly', page);
    case 'layoutCut': {
      const { runs, chars, readRuns, readChars } = problem.cut;
      return t('pdfPageLayoutCut', [page, ...[runs, chars, readRuns, readChars].map((n) => n.toLocaleString(uiLanguage()))]);
    }
  }
}

const blank: Annotations = { tags: [], summary: '', note: '' };

const annotationsOf = ({ tags, summary, note }: Annotations): Annotations => ({ tags, summary, note });
const sameAnnotations = (a: Annotations, b: Annotations) =>
  a.summary === b.summary && a.note === b.note && a.tags.join('\n') === b.tags.join('\n');

function inputsOf(listing: StoryListing, shown?: Annotations[]): StoryInput[] {
  const { sources } = listing;
  const inputs = sources
    ? listing.stories.flatMap((story, i) => storyInputs(sources[i]!, [story], sources[i]!.url ?? ''))
    : storyInputs(listing.facts, listing.stories, listing.facts.url ?? '');
  return inputs.map((input, i) => ({ ...input, page: printedPageOf(listing, i), ...shown?.[i] }));
}

/** A draft that differs from what is saved shows over it; one that does not is nothing unsaved. */
function cardOf(record: SavedStory | null, kept: Draft | undefined): CardState {
  const saved = record && { annotations: annotationsOf(record), updatedAt: record.updatedAt };
  const base = saved?.annotations ?? blank;
  const saveState: SaveState = { status: record ? 'saved' : 'unsaved' };
  if (!kept || sameAnnotations(kept, base)) return { shown: base, saved, draft: null, saveState };
  return { shown: annotationsOf(kept), saved, draft: { basedOn: kept.basedOn }, saveState };
}

function draftMark(card: CardState): DraftMark | null {
  if (!card.draft) return null;
  return card.draft.basedOn === (card.saved?.updatedAt ?? null) ? 'draft' : 'draftOverNewerSave';
}

/** A printed page of the list: its label, its first story's index and how many stories it holds. */
interface PrintedPageEntry { label: string; first: number; count: number }

/** The listed stories' printed pages (an edition's 版, a PDF's pages) in the order the stories come. */
function printedPagesOf(listing: StoryListing, shown: number): PrintedPageEntry[] {
  const entries: PrintedPageEntry[] = [];
  for (let i = 0; i < shown; i++) {
    const group = listing.groups?.[i];
    const page = listing.pages?.[i];
    const label = group ?? (page === undefined ? null : t('pageNumber', String(page)));
    if (label === null) continue;
    const last = entries.at(-1);
    if (last?.label === label) last.count++;
    else entries.push({ label, first: i, count: 1 });
  }
  return entries;
}

/** "3 stories on this page", "1 story in this PDF". */
export function countHeading(listing: StoryListing): string {
  const count = listing.stories.length;
  if (listing.kind === 'pdf') return count === 1 ? t('oneStoryInPdf') : t('storiesInPdf', String(count));
  return count === 1 ? t('oneStoryFound') : t('storiesFound', String(count));
}

/**
 * A page's (or a PDF's) stories, each to tag, summarise and save; what was saved before shows saved, and what
 * was typed and not saved shows as a draft. It shows once the library and the drafts have said what they hold,
 * so a card never flips from Save to Update, or from saved values to a draft, under the reader.
 */
export function StoryList({ listing, heading, level, idPrefix, actions, children }: Props) {
  const [cards, setCards] = useState<CardState[] | null>(null);
  const [knownTags, setKnownTags] = useState<TagCount[]>([]);
  const ids = useMemo(() => inputsOf(listing).map((input) => storyId(input.url, input.story)), [listing]);

  /** The stories the cards were made for: a list that grows (a page's articles arriving) keeps the cards it has. */
  const cardIds = useRef<readonly string[]>([]);

  // A layout effect: what the library and the drafts hold is asked for at once, not a frame later.
  useLayoutEffect(() => {
    let current = true;
    (async () => {
      const [saved, kept] = await Promise.all([library.findSaved(inputsOf(listing)), drafts.read(ids)]);
      if (!current) return;
      const records: (SavedStory | null)[] = saved.ok ? saved.value : listing.stories.map(() => null);
      const loaded = records.map((record, i) => cardOf(record, kept.ok ? kept.value.get(ids[i]!) : undefined));
      const before = cardIds.current;
      cardIds.current = ids;
      setCards((prev) => loaded.map((card, i) => (prev?.[i] && before[i] === ids[i] ? prev[i]! : card)));
      // The reader's tags, for autocomplete, once the stories show: from the cards, a fraction of the library.
      const all = await library.cards();
      if (all.ok && current) setKnownTags(countTags(all.value));
    })();
    return () => { current = false; };
  }, [listing, ids]);
  // The popup closes on a click outside or Escape without warning: what is typed is written before it goes.
  useEffect(() => onPageHide(() => void drafts.flush()), []);
  // A story shown here and saved elsewhere meanwhile (the notes page, another window) shows that save; what the
  // reader changed here stays, as a draft over it.
  useEffect(() => onLocalStorageChanged((changes) => {
    const { saved } = storyChanges(changes);
    const byId = new Map(saved.map((record) => [record.id, record]));
    if (!ids.some((id) => byId.has(id))) return;
    setCards((prev) => prev && prev.map((card, i) => {
      const record = byId.get(ids[i]!);
      if (!record || (card.saved && record.updatedAt <= card.saved.updatedAt)) return card;
      const theirs = cardOf(record, undefined);
      const shown = rebaseEdit(card.saved?.annotations ?? blank, card.shown, theirs.shown);
      if (!card.draft || sameAnnotations(shown, theirs.shown)) {
        if (card.draft) void drafts.clear([ids[i]!]);
        return theirs;
      }
      drafts.keep(ids[i]!, { ...shown, ...card.draft });
      return { ...theirs, shown, draft: card.draft };
    }));
  }), [ids]);

  /** The cards as last rendered: a save that finishes finds the typing done meanwhile there. */
  const latest = useRef(cards);
  latest.current = cards;

  if (!cards) return null;
  /** Stories shown: those whose cards are made (the ones that just arrived show once the library has said what it holds of them). */
  let shownCount = 0;
  while (shownCount < Math.min(cards.length, ids.length) && cardIds.current[shownCount] === ids[shownCount]) shownCount++;
  const shownStories = listing.stories.slice(0, shownCount);
  const replaceCard = (i: number, card: CardState) => setCards((prev) => prev && prev.map((c, j) => (j === i ? card : c)));
  const edit = (i: number, shown: Annotations) => {
    const card = latest.current![i]!;
    const id = ids[i]!;
    if (sameAnnotations(shown, card.saved?.annotations ?? blank)) {
      void drafts.clear([id]);
      replaceCard(i, { ...card, shown, draft: null });
      return;
    }
    const draft = card.draft ?? { basedOn: card.saved?.updatedAt ?? null };
    drafts.keep(id, { ...shown, ...draft });
    replaceCard(i, { ...card, shown, draft });
  };
  const discard = (i: number) => {
    const card = cards[i]!;
    void drafts.clear([ids[i]!]);
    replaceCard(i, { ...card, shown: card.saved?.annotations ?? blank, draft: null });
  };
  /** Saves what each card shows, a draft over a newer save included: the draft is the reader's newest edit. */
  const save = async (indexes: number[]) => {
    const inputs = inputsOf(listing, cards.map((c) => c.shown));
    // A story saved before is saved as what the reader changed from its saved copy: an edit made meanwhile
    // elsewhere (the notes page) to what they left alone stays.
    const result = await library.saveMany(indexes.map((i) => ({ ...inputs[i]!, editedFrom: cards[i]!.saved?.annotations })));
    if (!result.ok) {
      setCards((prev) => prev && prev.map((card, i) => (indexes.includes(i) ? { ...card, saveState: { status: 'failed', error: result.error } } : card)));
      return;
    }
    await drafts.clear(indexes.map((i) => ids[i]!));
    // The record is what was sent merged with edits made elsewhere meanwhile; what the reader typed while the
    // save was written is a draft over it, not lost to it.
    setCards(latest.current!.map((card, i) => {
      const record = result.value[indexes.indexOf(i)];
      if (!record) return card;
      const saved = cardOf(record, undefined);
      const shown = rebaseEdit(cards[i]!.shown, card.shown, saved.shown);
      if (sameAnnotations(shown, saved.shown)) return saved;
      const draft = { basedOn: record.updatedAt };
      drafts.keep(ids[i]!, { ...shown, ...draft });
      return { ...saved, shown, draft };
    }));
    const all = await library.cards(); // autocomplete then offers the tags just added
    if (all.ok) setKnownTags(countTags(all.value));
  };
  const Heading = level === 1 ? 'h1' : 'h2';
  const printed = printedPagesOf(listing, shownCount);
  /** A heading over each printed page's first story, where the stories come from more than one. */
  const headingAt = new Map(printed.length > 1 ? printed.map((p) => [p.first, p.label]) : []);
  // grouped, the outline runs list heading → printed page → story
  const PageHeading = level === 1 ? 'h2' : 'h3';
  const storyLevel = headingAt.size ? (level === 1 ? 3 : 4) : 2;

  return (
    <>
      <header class="bar">
        <Heading>{heading}</Heading>
        <div class="bar-actions">
          {shownStories.length > 1 && <button type="button" onClick={() => save(shownStories.map((_, i) => i))}>{t('saveAll')}</button>}
          {actions}
        </div>
      </header>
      {children}
      {listing.cut && <p class="status">{t('pdfPagesCut', [String(listing.cut.count), String(listing.cut.read)])}</p>}
      {listing.pageProblems.map((problem) => <p key={`${problem.kind}-${problem.page}`} class="status">{pageProblemText(problem)}</p>)}
      {printed.length > 1 && (
        <nav class="page-nav" aria-label={t('pageNavigator')}>
          {printed.map(({ label, first, count }) => (
            <button key={first} type="button" aria-label={t('pageNavEntry', [label, String(count)])} onClick={() => document.getElementById(`${idPrefix}-${first}`)?.focus()}>
              {label} <span class="count-badge">{count}</span>
            </button>
          ))}
        </nav>
      )}
      <ol class="stories">
        {shownStories.map((story, i) => (
          <li key={i}>
            {headingAt.has(i) && <PageHeading class="printed-on">{headingAt.get(i)}</PageHeading>}
            <StoryCard
              id={`${idPrefix}-${i}`}
              story={story}
              page={listing.pages?.[i]}
              published={listing.facts.publishedTime}
              language={listing.language}
              annotations={cards[i]!.shown}
              draftMark={draftMark(cards[i]!)}
              saveState={cards[i]!.saveState}
              knownTags={knownTags}
              onEdit={(shown) => edit(i, shown)}
              onDiscard={() => discard(i)}
              onSave={() => save([i])}
              headingLevel={storyLevel}
            />
          </li>
        ))}
      </ol>
    </>
  );
}
