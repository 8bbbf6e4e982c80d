/** A restructured page for people: each story as Markdown, then whatever belonged to no story. */
import type { Story, StoryPage } from '../core/types.js';

export function storyToMarkdown(story: Story): string {
  const lines: string[] = [];
  if (story.kicker) lines.push(`*${story.kicker}*`, '');
  lines.push(`## ${story.headline ?? '(untitled)'}`, '');
  if (story.subheadline) lines.push(`**${story.subheadline}**`, '');
  const meta = [story.dateline, story.byline].filter(Boolean).join(' · ');
  if (meta) lines.push(`_${meta}_`, '');
  for (const paragraph of story.paragraphs) lines.push(paragraph, '');
  return lines.join('\n');
}

export function pageToMarkdown(page: StoryPage): string {
  const parts = page.stories.map(storyToMarkdown);
  if (page.unassigned.length) parts.push(['### Not part of any story', '', ...page.unassigned.map((u) => `> ${u}`), ''].join('\n'));
  return parts.join('\n---\n\n');
}
