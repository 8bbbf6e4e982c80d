/**
 * A notice a site sets under its articles: a copyright or anti-infringement notice (反侵权公告, 版权声明), a
 * disclaimer (免责声明, 声明：…, Disclaimer:). It opens a box of its own, and that box is not the story.
 */
import { indexOf } from './builtins.js';
import type { PageModel } from './page-model.js';

const NOTICE = /^[【[（(]?\s*(?:反侵权公告|版权声明|免责声明|郑重声明|特别声明|声明|disclaimer|copyright notice)\s*[】\]）)]?\s*(?:[:：]|$)/iu;

/** The lines (indices into model.lines, in order) without the boxes that notices open inside the roots. */
export function withoutNotices(model: PageModel, kept: readonly number[], roots: readonly number[]): number[] {
  const out: number[] = [];
  let box = -1;
  for (const i of kept) {
    const line = model.lines[i]!;
    if (box >= 0 && line.el >= box && line.el < model.end[box]!) continue;
    box = line.blockStart && NOTICE.test(line.text.trim()) ? boxOpenedBy(model, i, roots) : -1;
    if (box < 0) out.push(i);
  }
  return out;
}

/** The largest element the line opens (no text before it inside), below the root it sits in; -1 for none. */
function boxOpenedBy(model: PageModel, i: number, roots: readonly number[]): number {
  const before = i > 0 ? model.lines[i - 1]!.el : -1;
  let box = -1;
  for (let a = model.lines[i]!.el; a >= 0 && indexOf(roots, a) < 0; a = model.parent[a]!) {
    if (before >= a && before < model.end[a]!) break;
    box = a;
  }
  return box;
}
