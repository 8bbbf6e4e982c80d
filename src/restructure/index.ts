import type { RestructureInput, StoryPage } from '../core/types.js';

// Placeholder until the restructurer lands (issue 3): one story, blank-line paragraphs.
export function restructure(input: RestructureInput): StoryPage {
  const text = typeof input === 'string' ? input : input.lines.map((l) => l.text).join('\n');
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
  return {
    language: null,
    stories: paragraphs.length ? [{ kicker: null, headline: null, subheadline: null, dateline: null, byline: null, paragraphs }] : [],
    unassigned: [],
  };
}
