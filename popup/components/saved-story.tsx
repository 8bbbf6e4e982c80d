import { useRef, useState } from 'preact/hooks';
import type { TagCount } from '../../src/annotate/tags.js';
import { t } from '../../src/platform/browser.js';
import { editPatch, rebaseEdit, sameAnnotations, type StoryPatch } from '../../src/store/edit.js';
import { displayTitle, type Annotations, type SavedStory } from '../../src/store/record.js';
import { excerpt, type Range } from '../../src/review/highlight.js';
import { isWebUrl } from '../lib/download.js';
import { TagInput } from './tag-input.js';
import { TextField } from './text-field.js';

interface Props {
  story: SavedStory;
  /** The search typed: the story shows where it matches, the match marked. */
  query: string;
  knownTags: readonly TagCount[];
  /** Saves what the reader changed (not the values they see: another window may have changed the rest meanwhile). */
  onUpdate: (patch: StoryPatch) => Promise<string | null>;
  onDelete: () => void;
}

const annotationsOf = ({ tags, summary, note }: Annotations): Annotations => ({ tags, summary, note });

/**
 * A saved story on the notes page: read it, edit its tags, summary and note in place (fields show once used or opened), delete it.
 * When the story is saved elsewhere meanwhile (another window, the popup), what the reader changed here stays as they
 * typed it and the rest shows the new save; saving sends only what they changed.
 */
export function SavedStoryItem({ story, query, knownTags, onUpdate, onDelete }: Props) {
  const [, rerender] = useState(0);
  /** What the editing began from (the story as last seen saved) and what the fields show. */
  const editing = useRef<{ base: Annotations; draft: Annotations } | null>(null);
  const theirs = annotationsOf(story);
  if (!editing.current) editing.current = { base: theirs, draft: theirs };
  else if (!sameAnnotations(editing.current.base, theirs)) {
    editing.current = { base: theirs, draft: rebaseEdit(editing.current.base, editing.current.draft, theirs) };
  }
  const { base, draft } = editing.current;
  const setDraft = (next: Annotations) => { editing.current = { base, draft: next }; rerender((n) => n + 1); };
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const changed = !sameAnnotations(draft, base);
  const id = `saved-${story.id}`;
  const meta = [story.site, story.byline, story.dateline, new Date(story.savedAt).toLocaleDateString()].filter(Boolean).join(' · ');

  return (
    <article class="story" aria-labelledby={`${id}-title`}>
      {story.title.kicker && <p class="kicker">{story.title.kicker}</p>}
      <h2 class="headline" id={`${id}-title`}>{displayTitle(story) || t('untitled')}</h2>
      {story.title.subheadline && <p class="subheadline">{story.title.subheadline}</p>}
      <p class="meta">{meta}</p>
      {open ? <div class="body">{story.paragraphs.map((p, i) => <p key={i}>{p}</p>)}</div> : <Excerpt story={story} query={query} />}
      <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>{open ? t('hideText') : t('openStory')}</button>
      <TagInput id={id} tags={draft.tags} known={knownTags} suggested={[]} onChange={(tags) => setDraft({ ...draft, tags })} />
      {(open || draft.summary || draft.note) && (
        <>
          <TextField id={`${id}-summary`} label={t('summary')} rows={2} value={draft.summary} onChange={(summary) => setDraft({ ...draft, summary })} />
          <TextField id={`${id}-note`} label={t('note')} rows={2} value={draft.note} onChange={(note) => setDraft({ ...draft, note })} />
        </>
      )}
      <div class="actions">
        <button type="button" class="primary" disabled={!changed} onClick={() => onUpdate(editPatch(base, draft)).then(setError)}>{t('saveChanges')}</button>
        <button type="button" onClick={onDelete}>{t('delete')}</button>
        {isWebUrl(story.url) ? <a href={story.url} target="_blank" rel="noreferrer noopener">{t('openOriginal')}</a> : <span class="meta">{story.url}</span>}
        {error && <span class="error" role="alert">{error}</span>}
      </div>
    </article>
  );
}

/** Where the story matches the search (else its opening), the matched words marked — as text, never markup. */
function Excerpt({ story, query }: { story: SavedStory; query: string }) {
  const lead = story.paragraphs[0] ?? '';
  if (!query.trim()) return <p class="lead">{lead}</p>;
  const found = excerpt(story.paragraphs.join('\n'), query);
  return <p class="lead">{found.ranges.length ? marked(found.text, found.ranges) : lead}</p>;
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
