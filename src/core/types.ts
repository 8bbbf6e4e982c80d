/**
 * The shape of a restructured page; mirrors ../shared/schema/stories.schema.json.
 * Every non-whitespace character of the input ends up in a story field or in `unassigned`.
 */
export interface Story {
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  /** Copied from the opening of the body (e.g. '本报讯 7月7日下午', 'WASHINGTON'); the text stays in paragraph 1. */
  dateline: string | null;
  /** As printed. Removed from the paragraphs when it stood alone, copied when part of a sentence. */
  byline: string | null;
  paragraphs: string[];
  /** The page the story goes on to, as its jump names it ("A6", "第4版"), where that part is not here (restructure/jumps.ts). */
  continuesOn?: string;
  /** The page the story began on, as its jump names it ("1", "第1版"), where that part is not here. */
  continuedFrom?: string;
}

export interface StoryPage {
  language: string | null;
  stories: Story[];
  unassigned: string[];
}

/** What the DOM can tell about one line of page text; every field optional, plain text has none. */
export interface LineHints {
  /** h1..h6 → 1..6 */
  heading?: number;
  bold?: boolean;
  /** Font size relative to the page's body text (1 = body size). */
  fontScale?: number;
  /** Leading indentation in em (or characters for plain text). */
  indent?: number;
  /** This line opens a new DOM block (<p>, <div>, <li>, …): a paragraph boundary the markup asserts. */
  blockStart?: boolean;
  /** Figure caption, photo credit or similar: never body text. */
  caption?: boolean;
  /** The markup starts a new story here (a new <article>, a live-blog post, a brief): never a continuation. */
  storyStart?: boolean;
}

export interface PageLine {
  text: string;
  hints?: LineHints;
}

/** Input of `restructure`: plain page text, or lines with optional layout hints. */
export type RestructureInput = string | { lines: PageLine[]; language?: string | null };

/** What the content script (or the CLI) reads off a page before restructuring: text to restructure, or an e-paper's list of articles. */
export type ExtractedPage = ExtractedText | ExtractedEpaperPage | ExtractedEpaperEdition;

/** What every reading of a page holds; an e-paper page view or edition index has no text of its own (`text` empty, `lines` none). */
interface ExtractedBase {
  title: string | null;
  /** The byline as a reader would print it: names and roles, without dates, handles or buttons. */
  byline: string | null;
  /** The byline's authors, each with the role printed with it ("Staff Writer", "本报记者"); never editors. */
  authors: Array<{ name: string; role: string | null }>;
  publishedTime: string | null;
  siteName: string | null;
  lang: string | null;
  url: string | null;
  canonicalUrl: string | null;
  /** The article's body text as a reader would copy it, a blank line between blocks (no headline, no captions). */
  text: string;
  /** What the restructurer reads: the text line by line with the DOM's layout hints, headline and captions included (hinted). */
  lines: PageLine[];
}

/**
 * A page of text: one article, several stories (e-paper text layer, briefs, live blog), plain text, or nothing;
 * `error-page`: the server's error page (404, 500 …), the page could not be loaded.
 */
export interface ExtractedText extends ExtractedBase {
  kind: 'article' | 'multi' | 'plain' | 'none' | 'error-page';
}

/** An article an e-paper page lists: its title as the page shows it and the address of its article view. */
export interface EpaperArticleLink {
  /** Null for an article only the page image's map links, under no title. */
  title: string | null;
  url: string;
}

/** One printed page (版) of an edition as the page list names it ("第02版：要闻"), with its page view and its PDF. */
export interface EpaperPageLink {
  label: string;
  url: string | null;
  pdf: string | null;
}

/** An e-paper page view: the printed page's articles in page order, its label, its PDF and the edition's page list. */
export interface ExtractedEpaperPage extends ExtractedBase {
  kind: 'epaper-page';
  /** "第01版：要闻", as the page prints it; null where it prints none. */
  label: string | null;
  articles: EpaperArticleLink[];
  pdf: string | null;
  pages: EpaperPageLink[];
}

/** An edition index: every page (版) of the edition with the titles it lists under it. */
export interface ExtractedEpaperEdition extends ExtractedBase {
  kind: 'epaper-edition';
  pages: Array<EpaperPageLink & { articles: EpaperArticleLink[] }>;
}
