/**
 * A list of stories in one container — briefs, a live blog's posts: at least three items alike, each
 * opening with a headline (a heading or a bold line, not a link and not a timestamp) and going on with prose.
 */
import { filter } from '../builtins.js';
import { isTimestampLine } from '../credits.js';
import { cleanedLines } from '../main-text.js';
import { IN_UNLIKELY } from '../page-model.js';
import { weightOf } from '../text-stats.js';
import type { Integration, PageContext } from './context.js';

const MIN_ITEMS = 3;
/** Prose after the headline: a sentence or two. */
const MIN_ITEM_TEXT = 80;

export const storyList: Integration<number> = {
  kind: 'multi',
  detect(page) {
    const { model, totals } = page;
    const items = storyItems(page);
    const perContainer = new Map<number, { count: number; weight: number }>();
    for (const item of items) {
      const p = model.parent[item]!;
      const entry = perContainer.get(p) ?? { count: 0, weight: 0 };
      entry.count++;
      entry.weight += totals.weight[item]!;
      perContainer.set(p, entry);
    }
    const readable = totals.weight[model.body]! - totals.link[model.body]!;
    let best = -1;
    let bestWeight = 0;
    // The list is where the page's best body is (comments beside an article are not a list of stories).
    const main = page.main()?.root ?? -1;
    const overlapsMain = (c: number) => main < 0 || (main >= c && main < model.end[c]!) || (c >= main && c < model.end[main]!);
    for (const [container, { count, weight }] of perContainer) {
      if ((model.flags[container]! & IN_UNLIKELY) !== 0 || !overlapsMain(container)) continue;
      if (count >= MIN_ITEMS && weight >= readable * 0.5 && weight > bestWeight) {
        best = container;
        bestWeight = weight;
      }
    }
    return best >= 0 ? best : null;
  },
  read(page, container) {
    // Inside the page's best body the scored lines are the better reading; a list wider than it is read whole.
    const main = page.main();
    const end = page.model.end;
    if (main && container >= main.root && container < end[main.root]!) return main.lines;
    return cleanedLines(page.model, page.totals, [container]);
  },
  stories: (page, container) => filter(storyItems(page), (item) => page.model.parent[item] === container),
};

/** Elements whose first line is a headline that is not a link, followed by prose. */
function storyItems({ model }: PageContext): number[] {
  const items: number[] = [];
  const lines = model.lines;
  const first = firstLines(model.parent, lines, model.elements.length);
  const headlines: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    // a timestamp over a teaser ("November 19, 2019 at 5:10 pm") titles no story
    if ((l.heading > 1 || l.boldChars >= l.chars * 0.9) && l.linkChars < l.chars * 0.5 && l.chars < 120 && !isTimestampLine(l.text)) headlines.push(i);
  }
  for (let h = 0; h < headlines.length; h++) {
    const i = headlines[h]!;
    const next = headlines[h + 1];
    const nextEl = next === undefined ? -1 : lines[next]!.el;
    // The item is the outermost element that starts with this headline and stops before the next one.
    let item = lines[i]!.el;
    for (let p = model.parent[item]!; p >= 0 && first[p] === i && !(nextEl >= p && nextEl < model.end[p]!); p = model.parent[p]!) item = p;
    if (item === lines[i]!.el) continue;
    let prose = 0;
    for (let j = i + 1; j < lines.length && lines[j]!.el >= item && lines[j]!.el < model.end[item]!; j++) {
      const l = lines[j]!;
      if (l.linkChars < l.chars * 0.5) prose += weightOf(l.chars, l.cjk);
    }
    if (prose >= MIN_ITEM_TEXT) items.push(item);
  }
  return items;
}

/** Index of the first line inside each element (-1 for none). */
function firstLines(parent: Int32Array, lines: readonly { el: number }[], n: number): Int32Array {
  const first = new Int32Array(n).fill(-1);
  for (let i = 0; i < lines.length; i++) {
    // Marked elements form an upward-closed set: stop at the first ancestor already marked.
    for (let e = lines[i]!.el; e >= 0 && first[e] === -1; e = parent[e]!) first[e] = i;
  }
  return first;
}
