import { useState } from 'preact/hooks';
import type { Story } from '../../src/core/types.js';
import { t } from '../../src/platform/browser.js';
import { TagInput } from './tag-input.js';

export interface StoryDraft {
  tags: string[];
  summary: string;
  note: string;
}

interface Props {
  story: Story;
  saved?: StoryDraft;
  onSave: (draft: StoryDraft) => Promise<void>;
}

/** One story: its title block and first line, expandable to its paragraphs, with the reader's tags, summary and note. */
export function StoryCard({ story, saved, onSave }: Props) {
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<StoryDraft>(saved ?? { tags: [], summary: '', note: '' });
  const [error, setError] = useState<string | null>(null);
  const meta = [story.dateline, story.byline].filter(Boolean).join(' · ');

  const save = () => onSave(draft).then(() => setError(null), (e) => setError(String(e)));

  return (
    <article class="story" aria-label={story.headline ?? t('untitled')}>
      {story.kicker && <p class="kicker">{story.kicker}</p>}
      <h2 class="headline">{story.headline ?? t('untitled')}</h2>
      {story.subheadline && <p class="subheadline">{story.subheadline}</p>}
      {meta && <p class="meta">{meta}</p>}
      {open ? (
        <div class="body">{story.paragraphs.map((p, i) => <p key={i}>{p}</p>)}</div>
      ) : (
        <p class="lead">{story.paragraphs[0]}</p>
      )}
      <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t('hideText') : t('showText')}
      </button>
      <TagInput label={t('tags')} tags={draft.tags} onChange={(tags) => setDraft({ ...draft, tags })} />
      <label class="field">
        {t('summary')}
        <textarea rows={2} value={draft.summary} onInput={(e) => setDraft({ ...draft, summary: e.currentTarget.value })} />
      </label>
      <label class="field">
        {t('note')}
        <textarea rows={2} value={draft.note} onInput={(e) => setDraft({ ...draft, note: e.currentTarget.value })} />
      </label>
      <div class="actions">
        <button type="button" class="primary" onClick={save}>{saved ? t('update') : t('save')}</button>
        {saved && <span class="saved" role="status">{t('saved')}</span>}
        {error && <span class="error" role="alert">{t('saveFailed', error)}</span>}
      </div>
    </article>
  );
}
