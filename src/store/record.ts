/** A saved story as the store keeps it, exports it and imports it back. */
import type { Story } from '../core/types.js';

/** Bumped whenever SavedStory changes shape; migrations.ts carries older records forward. */
export const SCHEMA_VERSION = 2;

/** Each story is stored under its own key: this prefix and its id. */
export const STORY_KEY_PREFIX = 'story:';

export interface TitleBlock {
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
}

export interface SavedStory {
  /** Identity: hash of the page URL (normalised) and the story's normalised title and body. */
  id: string;
  /** The page the story was saved from, as it was (the identity uses the normalised form). */
  url: string;
  /** The site's name, or the host name where the page gave none. */
  site: string | null;
  title: TitleBlock;
  byline: string | null;
  dateline: string | null;
  paragraphs: string[];
  tags: string[];
  /** The reader's summary (possibly filled by "suggest"). */
  summary: string;
  note: string;
  /** Milliseconds since the epoch. */
  savedAt: number;
  updatedAt: number;
  /** The page's <title>. */
  pageTitle: string | null;
  /** As the page stated it (often ISO 8601); not parsed. */
  publishedTime: string | null;
  /** The printed page the story was read from: an edition's page label ("第01版：要闻") or a PDF's page number ("3"); null for a web page. */
  page: string | null;
  /** Where a story printed in parts goes on, as its jump names it ("A6", "第4版"), when that part was not read with it. */
  continuesOn: string | null;
}

/** What the popup hands over to save: one restructured story with the page it came from. */
export interface StoryInput {
  url: string;
  story: Story;
  site?: string | null;
  pageTitle?: string | null;
  publishedTime?: string | null;
  /** The printed page it was read from (an edition's label, a PDF's page number); left out: an existing record keeps its own. */
  page?: string | null;
  /** Left out: an existing record keeps its own. */
  tags?: readonly string[];
  summary?: string;
  note?: string;
  /**
   * The saved annotations the reader's tags, summary and note were edited from, where the story was saved when
   * the editing began: then only what they changed is applied to the record as it is (another window's edits
   * meanwhile stay), instead of the values given replacing it.
   */
  editedFrom?: Annotations;
}

/** The fields the reader edits on a saved story. */
export type Annotations = Pick<SavedStory, 'tags' | 'summary' | 'note'>;

/** The story's headline, or what of the title block there is, or the page title. */
export function displayTitle(story: Pick<SavedStory, 'title' | 'pageTitle'>): string {
  const { kicker, headline, subheadline } = story.title;
  return headline || subheadline || kicker || story.pageTitle || '';
}

/** The site as the reader knows it: its name where the record has one, else the page's host (no "www."); null if neither. */
export function displaySite(story: Pick<SavedStory, 'site' | 'url'>): string | null {
  return story.site?.trim() || hostName(story.url);
}

/** A page's host without "www.", as a site is named where the page gives no name; null for no URL with a host. */
export function hostName(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./u, '') || null;
  } catch {
    return null;
  }
}
