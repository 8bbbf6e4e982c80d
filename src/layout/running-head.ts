import type { Block } from './model.js';
import { LAYOUT } from './parameters.js';

/**
 * The page's running head: the folio, date, section and masthead set in a band across the top of the page, apart
 * from what follows by a stretch of white running the page's whole width. Only a shallow band counts, holding no
 * column of text and no headline under its first line: a headline at the very top of an inside page heads its
 * story's columns and is no running head.
 */
export function splitRunningHead(blocks: readonly Block[], pageHeight: number, body: number): { head: Block[]; rest: Block[] } {
  const byTop = [...blocks].sort((a, b) => a.top - b.top);
  const first = byTop[0];
  if (!first || !(pageHeight > 0)) return { head: [], rest: [...blocks] };
  let bottom = -Infinity, largest = 0, k = 0;
  for (; k < byTop.length; k++) {
    const b = byTop[k]!;
    // white across the page ends it, and so does a headline set right under the folio line (a story's title, in
    // type larger than anything over it)
    if (k > 0 && (b.top - bottom >= LAYOUT.runningHeadGap * body || (b.size >= LAYOUT.smallTitleScale * body && b.size > largest))) break;
    bottom = Math.max(bottom, b.bottom);
    largest = Math.max(largest, b.size);
  }
  const head = byTop.slice(0, k);
  const shallow = bottom <= LAYOUT.runningHeadDepth * pageHeight;
  const columnOfText = head.some((b) => b.lines.length >= LAYOUT.storyLeastLines && b.size < LAYOUT.titleScale * body);
  if (!shallow || columnOfText || k === byTop.length) return { head: [], rest: [...blocks] };
  return { head, rest: byTop.slice(k) };
}
