/** A page of several <article>s that are each a story (not teasers): every one, each without its furniture. */
import { cleanedLines, linkDensity } from '../main-text.js';
import { IN_UNLIKELY } from '../page-model.js';
import type { Integration } from './context.js';

/** A story worth reading on its own: two or three sentences. */
const MIN_STORY = 200;

export const severalArticles: Integration<number[]> = {
  kind: 'multi',
  detect({ model, totals }) {
    const stories: number[] = [];
    for (let i = 0; i < model.elements.length; i++) {
      if (model.names[i] !== 'article') continue;
      const w = totals.weight[i]!;
      const boilerplate = (model.flags[i]! & IN_UNLIKELY) !== 0; // comments are often <article>s too
      if (!boilerplate && w >= MIN_STORY && linkDensity(totals, i) < 0.3 && totals.punct[i]! >= 3) stories.push(i);
      i = model.end[i]! - 1; // nested <article>s (comments, embeds) belong to their story
    }
    if (stories.length < 2) return null;
    let total = 0;
    let largest = 0;
    for (let k = 0; k < stories.length; k++) {
      const w = totals.weight[stories[k]!]!;
      total += w;
      largest = Math.max(largest, w);
    }
    return largest < total * 0.75 ? stories : null;
  },
  read: ({ model, totals }, stories) => cleanedLines(model, totals, stories),
  stories: (_, stories) => stories,
};
