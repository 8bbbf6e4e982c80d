import type { ComponentChildren, RefObject } from 'preact';
import { useState } from 'preact/hooks';
import type { TagCount } from '../../src/annotate/tags.js';
import { t } from '../../src/platform/browser.js';
import { editPatch, rebaseEdit, sameAnnotations, type StoryPatch } from '../../src/store/edit.js';
import { displayTitle, type Annotations, type SavedStory } from '../../src/store/record.js';
import { excerpt, type Range } from '../../src/review/highlight.js';
import { publishedLabel, savedLabel } from '../lib/dates.js';
import { isWebUrl } from '../lib/download.js';
import { TagInput } from './tag-input.js';
import { TextField } from './text-field.js';

/** What an edit began from (the story as last seen saved) and what its fields show. */
export interface Edit {
  base: Annotations;
  draft: Annotations;
}

interface Props {
  story: SavedStory;
  /** The page's edits by story id: kept above the pane, so moving to another story and back loses nothing typed. */
  edits: Map<string, Edit>;
  knownTags: readonly TagCount[];
  paneRef: RefObject<HTMLElement | null>;
  /** Saves what the reader changed (not the values they see: another window may have changed the rest meanwhile). */
  onUpdate: (patch: StoryPatch) => Promise<string | null>;
  onDelete: () => void;
  /** The draft changed (the list marks stories with unsaved changes). */
  onEdited: () => void;
}

const annotationsOf = ({ tags, summary, note }: Annotations): Annotations => ({ tags, summary, note });

/** The edit of this story as it stands: a save elsewhere since it began is taken in, what the reader changed here kept over it. */
export function currentEdit(edits: Map<string, Edit>, story: SavedStory): Edit {
  const theirs = annotationsOf(story);
  const edit = edits.get(story.id);
  if (!edit) return { base: theirs, draft: theirs };
  if (sameAnnotations(edit.base, theirs)) return edit;
  const rebased = { base: theirs, draft: rebaseEdit(edit.base, edit.draft, theirs) };
  edits.set(story.id, rebased);
  return rebased;
}

export const hasUnsavedEdit = (edits: Map<string, Edit>, story: SavedStory): boolean => {
  const edit = currentEdit(edits, story);
  return !sameAnnotations(edit.draft, edit.base);
};

/** Who wrote it, where (the paper, and the printed page it was read from), and when: the published day and the saved day labelled apart. */
export const storyMeta = (story: Pick<SavedStory, 'site' | 'byline' | 'publishedTime' | 'savedAt' | 'page'>, ...more: (string | null)[]): string =>
  [story.site, printedPageLabel(story.page), story.byline, ...more, publishedLabel(story.publishedTime), savedLabel(story.savedAt)].filter(Boolean).join(' · ');

/** An edition's page as printed (第01版：要闻); a PDF's page by its number (Page 3). */
export const printedPageLabel = (page: string | null): string | null => (page && /^\d+$/u.test(page) ? t('pageNumber', page) : page);

/**
 * The reading pane: the story chosen in the list, its whole text, and its tags, summary and note to edit.
 * When the story is saved elsewhere meanwhile (another window, the popup), what the reader changed here stays as they
 * typed it and the rest shows the new save; saving sends only what they changed.
 */
export function SavedStoryPane({ story, edits, knownTags, paneRef, onUpdate, onDelete, onEdited }: Props) {
  const [, rerender] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const { base, draft } = currentEdit(edits, story);
  const setDraft = (next: Annotations) => { edits.set(story.id, { base, draft: next }); rerender((n) => n + 1); onEdited(); };
  const changed = !sameAnnotations(draft, base);
  const id = `saved-${story.id}`;
  // Once saved the button is disabled: the focus it held goes to the story first, not to nowhere.
  const save = async () => {
    if (document.activeElement?.classList.contains('primary')) paneRef.current?.focus();
    setError(await onUpdate(editPatch(base, draft)));
  };

  return (
    <article class="story" aria-labelledby={`${id}-title`} ref={paneRef} tabIndex={-1}>
      {story.title.kicker && <p class="kicker">{story.title.kicker}</p>}
      <h2 class="headline" id={`${id}-title`}>{displayTitle(story) || t('untitled')}</h2>
      {story.title.subheadline && <p class="subheadline">{story.title.subheadline}</p>}
      <p class="meta">{storyMeta(story, story.dateline)}</p>
      <TagInput id={id} tags={draft.tags} known={knownTags} suggested={[]} onChange={(tags) => setDraft({ ...draft, tags })} />
      <TextField id={`${id}-summary`} label={t('summary')} rows={2} value={draft.summary} onChange={(summary) => setDraft({ ...draft, summary })} />
      <TextField id={`${id}-note`} label={t('note')} rows={2} value={draft.note} onChange={(note) => setDraft({ ...draft, note })} />
      <div class="actions">
        <button type="button" class="primary" disabled={!changed} onClick={() => void save()}>{t('saveChanges')}</button>
        <button type="button" onClick={onDelete}>{t('delete')}</button>
        {isWebUrl(story.url) ? <a href={story.url} target="_blank" rel="noreferrer noopener">{t('openOriginal')}</a> : <span class="meta">{story.url}</span>}
        {changed && <span class="draft-mark">{t('unsavedChanges')}</span>}
        {error && <span class="error" role="alert">{error}</span>}
      </div>
      <div class="body">{story.paragraphs.map((p, i) => <p key={i}>{p}</p>)}</div>
      {story.continuesOn && <p class="continues">{t('continuesOnPage', story.continuesOn)}</p>}
    </article>
  );
}

/** Where the story matches the search (else its opening), the matched words marked — as text, never markup. */
export function Excerpt({ story, query }: { story: SavedStory; query: string }): ComponentChildren {
  const lead = story.paragraphs[0] ?? '';
  if (!query.trim()) return lead;
  const found = excerpt(story.paragraphs.join('\n'), query);
  return found.ranges.length ? marked(found.text, found.ranges) : lead;
}

function marked(text: string, ranges: readonly Range[]) {
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return parts;
}
