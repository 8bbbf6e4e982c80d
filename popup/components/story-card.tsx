import { useEffect, useState } from 'preact/hooks';
import { suggestTags } from '../../src/annotate/key-terms.js';
import { onDeviceSummaryAvailability, summarizeOnDevice } from '../../src/annotate/on-device-summary.js';
import { summarize } from '../../src/annotate/summarize.js';
import type { TagCount } from '../../src/annotate/tags.js';
import type { Story } from '../../src/core/types.js';
import { t } from '../../src/platform/browser.js';
import type { Annotations } from '../../src/store/record.js';
import { publishedLabel } from '../lib/dates.js';
import { locale } from '../lib/library.js';
import { TagInput } from './tag-input.js';
import { TextField } from './text-field.js';

export type SaveState = { status: 'unsaved' } | { status: 'saved' } | { status: 'failed'; error: string };
/** The fields show an unsaved draft; over a save made since the draft was begun (elsewhere, or earlier here). */
export type DraftMark = 'draft' | 'draftOverNewerSave';

interface Props {
  /** Unique on the page: the card's element ids derive from it. */
  id: string;
  story: Story;
  /** The PDF page the story was printed on, where the PDF has several. */
  page?: number;
  /** When the page says it was published (as it stated it). */
  published?: string | null;
  /** The page's language: the on-device summarizer is asked for a summary in it. */
  language: string;
  annotations: Annotations;
  draftMark: DraftMark | null;
  saveState: SaveState;
  knownTags: readonly TagCount[];
  onEdit: (annotations: Annotations) => void;
  onDiscard: () => void;
  onSave: () => void;
  /** The headline's level: 2 in a plain list, one under the heading of the printed page the list groups it in. */
  headingLevel?: 2 | 3 | 4;
}

/**
 * One story: title block, first line and tags; opened, its whole text with suggested tags, summary and note.
 * A card stays compact so a page of many stories can be scanned.
 */
export function StoryCard({ id, story, page, published, language, annotations, draftMark, saveState, knownTags, onEdit, onDiscard, onSave, headingLevel = 2 }: Props) {
  const Headline = `h${headingLevel}` as const;
  const [open, setOpen] = useState(false);
  const [onDevice, setOnDevice] = useState(false);
  const [summarizing, setSummarizing] = useState(false);
  const [onDeviceError, setOnDeviceError] = useState<string | null>(null);
  useEffect(() => { onDeviceSummaryAvailability(language).then((a) => setOnDevice(a !== 'unavailable')); }, [language]);

  const title = story.headline ?? story.kicker ?? story.subheadline ?? t('untitled');
  const meta = [page === undefined ? null : t('pageNumber', String(page)), story.dateline, story.byline, publishedLabel(published)].filter(Boolean).join(' · ');
  // Suggestions cost a segmentation pass each; only an opened card shows them.
  const suggested = !open ? [] : suggestTags({ title: [story.kicker, story.headline, story.subheadline], paragraphs: story.paragraphs }, { existingTags: knownTags, exclude: annotations.tags, limit: 4 });
  // Called from the click itself: a first use downloads the model, which needs the reader's gesture.
  const suggestOnDevice = async () => {
    setSummarizing(true);
    const summary = await summarizeOnDevice(story.paragraphs.join('\n\n'), language, { locale });
    setSummarizing(false);
    if (summary.ok) onEdit({ ...annotations, summary: summary.value });
    setOnDeviceError(summary.ok ? null : summary.error);
  };

  return (
    // focusable from script only: the story keys (j / k) move the focus from story to story
    <article class="story" id={id} tabIndex={-1} aria-labelledby={`${id}-title`}>
      {story.kicker && story.headline && <p class="kicker">{story.kicker}</p>}
      <Headline class="headline" id={`${id}-title`}>{title}</Headline>
      {story.subheadline && story.headline && <p class="subheadline">{story.subheadline}</p>}
      {meta && <p class="meta">{meta}</p>}
      {open ? (
        <div class="body" id={`${id}-body`}>{story.paragraphs.map((p, i) => <p key={i}>{p}</p>)}</div>
      ) : (
        <p class="lead">{story.paragraphs[0]}</p>
      )}
      {story.continuesOn && <p class="continues">{t('continuesOnPage', story.continuesOn)}</p>}
      <button type="button" class="link" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen(!open)}>
        {open ? t('hideText') : t('openStory')}
      </button>
      <TagInput id={id} tags={annotations.tags} known={knownTags} suggested={open ? suggested : []} onChange={(tags) => onEdit({ ...annotations, tags })} />
      {(open || annotations.summary || annotations.note) && (
        <>
          <TextField id={`${id}-summary`} label={t('summary')} rows={3} value={annotations.summary} onChange={(summary) => onEdit({ ...annotations, summary })}>
            <button type="button" class="link" onClick={() => onEdit({ ...annotations, summary: summarize(story.paragraphs).text })}>{t('suggestSummary')}</button>
            {onDevice && (
              <button type="button" class="link" disabled={summarizing} onClick={suggestOnDevice}>{t('suggestOnDevice')}</button>
            )}
            {onDeviceError && <span class="error" role="alert">{onDeviceError}</span>}
          </TextField>
          <TextField id={`${id}-note`} label={t('note')} rows={2} value={annotations.note} onChange={(note) => onEdit({ ...annotations, note })} />
        </>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={onSave}>{saveState.status === 'saved' ? t('update') : t('save')}</button>
        {draftMark ? (
          <>
            <span class="draft-mark" role="status">{t(draftMark === 'draft' ? 'unsavedDraft' : 'unsavedDraftOverNewerSave')}</span>
            <button type="button" class="link" onClick={onDiscard}>{t('discardDraft')}</button>
          </>
        ) : saveState.status === 'saved' && <span class="saved" role="status">{t('saved')}</span>}
        {saveState.status === 'failed' && <span class="error" role="alert">{saveState.error}</span>}
      </div>
    </article>
  );
}
