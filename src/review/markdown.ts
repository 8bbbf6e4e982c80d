/**
 * The one Markdown writer: saved stories exported to open cleanly in Obsidian (YAML front matter:
 * title, url, site, published, saved, tags, byline; then the story as text), and a restructured page as the CLI
 * prints it. Page text is escaped so that nothing in it becomes markup — no headings, links, HTML,
 * embeds, tags, highlights or maths that the page did not mean.
 */
import type { Story, StoryPage } from '../core/types.js';
import { displaySite, displayTitle, type SavedStory } from '../store/record.js';
import type { StorySource } from './chunks.js';
import { publishedDay, savedDay } from './time.js';
import { yamlString } from './yaml.js';

export interface MarkdownFile {
  name: string;
  content: string;
}

/** One file per story, with unique, portable file names. */
export function storiesToMarkdownFiles(stories: readonly SavedStory[]): MarkdownFile[] {
  const nameOf = markdownFileNamer();
  return stories.map((story) => ({ name: nameOf(story), content: storyToMarkdown(story) }));
}

/** The same files, made as the stories are read. */
export async function* markdownFiles(stories: StorySource): AsyncGenerator<MarkdownFile, void, undefined> {
  const nameOf = markdownFileNamer();
  for await (const story of stories) yield { name: nameOf(story), content: storyToMarkdown(story) };
}

/** Names each story's file, unique (case aside) among the names it gave before. */
function markdownFileNamer(): (story: SavedStory) => string {
  const used = new Set<string>();
  return (story) => {
    const base = fileBaseName(story);
    let name = `${base}.md`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} (${n}).md`;
    used.add(name.toLowerCase());
    return name;
  };
}

export function storyToMarkdown(story: SavedStory): string {
  const front = [
    '---',
    `title: ${yamlString(displayTitle(story))}`,
    `url: ${yamlString(story.url)}`,
    `site: ${yamlOrEmpty(displaySite(story))}`.trimEnd(),
    `published: ${frontMatterPublished(story.publishedTime)}`.trimEnd(),
    `saved: ${savedDay(story.savedAt) ?? ''}`.trimEnd(),
    `page: ${yamlOrEmpty(story.page)}`.trimEnd(),
    ...(story.tags.length ? ['tags:', ...story.tags.map((t) => `  - ${yamlString(obsidianTag(t))}`)] : ['tags: []']),
    `byline: ${story.byline === null ? '' : yamlString(story.byline)}`.trimEnd(),
    '---',
  ];
  return `${front.join('\n')}\n\n${storyBody(story, 1)}\n`;
}

/** All stories in one file (count of them, said in its front matter), each under its own heading, with its details as a list. */
export async function* storiesToCombinedMarkdown(stories: StorySource, count: number, exportedAt: Date = new Date()): AsyncGenerator<string, void, undefined> {
  const front = ['---', `title: ${yamlString('Broadsheet export')}`, `date: ${exportedAt.toISOString().slice(0, 10)}`, `stories: ${count}`, '---'];
  yield `${front.join('\n')}\n\n`;
  let first = true;
  for await (const story of stories) {
    yield `${first ? '' : '\n\n***\n\n'}${combinedSection(story)}`;
    first = false;
  }
  yield '\n';
}

function combinedSection(story: SavedStory): string {
  // Mid-line text: only inline markup is escaped (a line-start escape would write "127\.0.0.1").
  const site = displaySite(story);
  const details = [
    `- URL: ${link(story.url)}`,
    site ? `- Site: ${escapeInline(site)}` : null,
    `- Published: ${publishedDay(story.publishedTime) ?? (story.publishedTime ? escapeInline(story.publishedTime) : 'unknown')}`,
    `- Saved: ${savedDay(story.savedAt) ?? 'unknown'}`,
    story.page ? `- Page: ${escapeInline(story.page)}` : null,
    story.tags.length ? `- Tags: ${story.tags.map(escapeInline).join(', ')}` : null,
  ].filter((line): line is string => line !== null);
  return storyBody(story, 1, details);
}

function storyBody(story: SavedStory, level: number, details: string[] = []): string {
  const hashes = '#'.repeat(level);
  const blocks = [
    ...storyTextBlocks({ ...story.title, byline: story.byline, dateline: story.dateline, paragraphs: story.paragraphs, ...(story.continuesOn !== null && { continuesOn: story.continuesOn }) }, displayTitle(story), hashes, details),
    story.summary ? `${hashes}# Summary\n\n${escapeMarkdown(story.summary)}` : null,
    story.note ? `${hashes}# Note\n\n${escapeMarkdown(story.note)}` : null,
    details.length ? null : `Source: ${link(story.url)}`,
  ];
  return blocks.filter((b): b is string => !!b).join('\n\n');
}

/** A restructured page for people (the CLI's Markdown): each story, then whatever belonged to no story. */
export function pageToMarkdown(page: StoryPage): string {
  const parts = page.stories.map((story) => storyTextBlocks(story, story.headline ?? story.subheadline ?? story.kicker ?? '', '##').join('\n\n'));
  if (page.unassigned.length) parts.push(['### Not part of any story', ...page.unassigned.map(escapeMarkdown)].join('\n\n'));
  return `${parts.join('\n\n---\n\n')}\n`;
}

/**
 * What every Markdown output writes of a story: the title block, byline and dateline, paragraphs, all escaped, and
 * where a story printed in parts goes on when that part was not read with it.
 */
function storyTextBlocks(story: Story, title: string, hashes: string, details: string[] = []): string[] {
  const { kicker, subheadline } = story;
  return [
    kicker && kicker !== title ? `*${escapeInline(kicker)}*` : null,
    `${hashes} ${escapeInline(title) || 'Untitled'}`,
    subheadline && subheadline !== title ? `**${escapeInline(subheadline)}**` : null,
    details.length ? details.join('\n') : null,
    [story.byline, story.dateline].filter((t) => t).map((t) => escapeInline(t ?? '')).join(' · ') || null,
    ...story.paragraphs.map(escapeMarkdown),
    story.continuesOn ? `*Continues on page ${escapeInline(story.continuesOn)}*` : null,
  ].filter((b): b is string => !!b);
}

/** A web link only for http(s) addresses; anything else (javascript:, data:) stays inert text. */
function link(url: string): string {
  if (!/^https?:\/\//iu.test(url)) return escapeMarkdown(url);
  const safe = url.replace(/[<>\s\u0000-\u001f\u007f-\u009f]/gu, (c) => encodeURIComponent(c));
  return `[${escapeInline(url)}](<${safe}>)`;
}

/**
 * Every CommonMark/Obsidian marker character is backslash-escaped, and so are line starts that
 * open blocks: list markers, "1." items, setext underlines (--- / ===); leading spaces are dropped
 * (four of them would make a code block).
 */
export function escapeMarkdown(text: string): string {
  return text
    .split(/\r\n|\r|\n/u)
    .map((line) =>
      escapeInline(line.replace(/^[ \t]+/u, ''))
        .replace(/^([-+=])/u, '\\$1')
        .replace(/^(\d+)([.)])/u, '$1\\$2'),
    )
    .join('  \n');
}

/**
 * Terminal control characters (C0 but tab and newline, DEL, C1: ESC c resets a terminal) are written as the JSON
 * output writes them, `\u001b`: visible, and inert in Markdown (a backslash before a letter is no escape).
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu;

function escapeInline(text: string): string {
  return text
    .replace(/[\r\n]+/gu, ' ')
    .replace(/[\\`*_[\]<>#|$&^]/gu, '\\$&')
    .replace(/([=~%])\1+/gu, (run) => run.replace(/./gu, '\\$&')) // ==highlight==, ~~strike~~, %%comment%%
    .replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Obsidian tags hold letters, digits, _, - and /: other characters become '-'. */
export function obsidianTag(tag: string): string {
  return tag.replace(/[^\p{L}\p{N}\p{M}_\-/]+/gu, '-').replace(/^-+|-+$/gu, '') || tag;
}

function yamlOrEmpty(text: string | null): string {
  return text === null ? '' : yamlString(text);
}

/** The published day as a YAML date where there is one; a time no date reader understands, as the page stated it. */
function frontMatterPublished(publishedTime: string | null): string {
  return publishedDay(publishedTime) ?? yamlOrEmpty(publishedTime?.trim() || null);
}

/** For a file name: the publication day where the page gave a readable one, else the day it was saved; null if neither. */
function storyDate(story: SavedStory): string | null {
  return publishedDay(story.publishedTime) ?? savedDay(story.savedAt);
}

function fileBaseName(story: SavedStory): string {
  const title = displayTitle(story)
    .replace(/[\u0000-\u001f\u007f\\/:*?"<>|#^[\]{}%]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  const short = [...title].slice(0, 80).join('').replace(/[.\s]+$/u, '');
  return [storyDate(story), short || 'Untitled'].filter(Boolean).join(' ');
}
