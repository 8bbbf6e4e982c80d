import { isCjk, isCjkContextMark } from './script.js';

const cjkSide = (cp: number) => isCjk(cp) || isCjkContextMark(cp);

/**
 * One line of page text made tidy: whitespace runs become one space, ends trimmed, and where the text layer
 * spaced out CJK characters ("国 创 新 指 数") the spaces next to CJK characters go. A line counts as spaced when
 * most CJK neighbours are space-separated; a line that merely has a few spaces ("面积 139平方米",
 * "永远跟党走 同心庆七一") keeps them, since there they were printed. Linear in the line's length.
 */
export function normaliseLine(raw: string): { text: string; spaced: boolean } {
  const collapsed = collapseWhitespace(raw);
  const spaced = isSpacedCjk(collapsed);
  return { text: spaced ? joinSpacedGlyphs(dropSpacesNextToCjk(collapsed)) : collapsed, spaced };
}

/** On a letter-spaced line, single Latin letters or digits set apart one by one (3 7 条) are one word (37条). */
function joinSpacedGlyphs(line: string): string {
  return line.replace(/(?<![A-Za-z0-9])([A-Za-z0-9]) (?=[A-Za-z0-9](?![A-Za-z0-9]))/g, '$1');
}

export function collapseWhitespace(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}

/** More CJK pairs separated by one space than CJK pairs touching, and at least three of them. */
export function isSpacedCjk(line: string): boolean {
  let spaced = 0, touching = 0;
  for (let i = 1; i < line.length; i++) {
    const cur = line.charCodeAt(i);
    if (!cjkSide(cur)) continue;
    const prev = line.charCodeAt(i - 1);
    if (cjkSide(prev)) touching++;
    else if (prev === 0x20 && i >= 2 && cjkSide(line.charCodeAt(i - 2))) spaced++;
  }
  return spaced >= 3 && spaced > touching;
}

/** Removes every space that touches a CJK character (or a quote/mark set between CJK characters). */
export function dropSpacesNextToCjk(line: string): string {
  const kept: string[] = [];
  let from = 0;
  for (let i = 0; i < line.length; i++) {
    if (line.charCodeAt(i) === 0x20 && (cjkSide(line.charCodeAt(i - 1)) || cjkSide(line.charCodeAt(i + 1)))) {
      kept.push(line.slice(from, i));
      from = i + 1;
    }
  }
  kept.push(line.slice(from));
  return kept.join('');
}
