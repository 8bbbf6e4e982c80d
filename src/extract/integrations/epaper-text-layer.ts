/**
 * An e-paper text layer: the text of a printed page, one <br> (or one element) per printed line, lines
 * cut at column width and mostly mid-sentence. Every line of that region goes to the restructurer as it
 * is — no scoring, which would keep some stories and lose others — and nothing around it.
 */
import { map, sort } from '../builtins.js';
import { endsSentence, weightOf } from '../text-stats.js';
import type { RawLine } from '../page-model.js';
import { linesWithin, type Integration } from './context.js';

const MIN_LINES = 15;
/** Printed columns hold about 10–40 Han characters or 25–70 Latin letters: weighted, 20–130. */
const COLUMN_WIDTH = { min: 20, max: 130 };

export const epaperTextLayer: Integration<number> = {
  kind: 'multi',
  detect({ model, totals }) {
    const holder = busiestLineHolder(model.lines, model.parent, model.elements.length);
    if (holder < 0) return null;
    const lines = map(linesWithin(model, holder), (i) => model.lines[i]!);
    if (lines.length < MIN_LINES) return null;
    if (totals.link[holder]! > totals.weight[holder]! * 0.1) return null;
    // The layer is the page's text, not a box beside an article.
    if (totals.weight[holder]! < (totals.weight[model.body]! - totals.link[model.body]!) * 0.5) return null;
    return looksPrinted(lines) ? holder : null;
  },
  read: ({ model }, holder) => linesWithin(model, holder),
};

/** The element holding the most lines, counting one-line elements toward their parent. */
function busiestLineHolder(lines: readonly RawLine[], parent: Int32Array, n: number): number {
  const perElement = new Int32Array(n);
  for (const line of lines) perElement[line.el]!++;
  const perHolder = new Int32Array(n);
  for (const line of lines) {
    const holder = perElement[line.el]! > 1 ? line.el : parent[line.el]!;
    if (holder >= 0) perHolder[holder]!++;
  }
  let best = -1;
  for (let i = 0; i < n; i++) if (perHolder[i]! > 0 && (best < 0 || perHolder[i]! > perHolder[best]!)) best = i;
  return best;
}

/** Most lines are as wide as the column and end mid-sentence. */
function looksPrinted(lines: readonly RawLine[]): boolean {
  const widths = sort(map(lines, (l) => weightOf(l.chars, l.cjk)), (a, b) => a - b);
  const column = widths[Math.floor(widths.length * 0.75)]!;
  if (column < COLUMN_WIDTH.min || column > COLUMN_WIDTH.max) return false;
  let full = 0;
  let tooWide = 0;
  let open = 0;
  for (const line of lines) {
    const w = weightOf(line.chars, line.cjk);
    if (w >= column * 0.7 && w <= column * 1.3) full++;
    if (w > column * 1.6) tooWide++;
    if (!endsSentence(line.text)) open++;
  }
  return full >= lines.length * 0.6 && tooWide <= lines.length * 0.05 && open >= lines.length * 0.5;
}
