/**
 * Relative font size of lines, where the DOM computes styles (a browser): the size of each line's block
 * over the size most of the chosen text is set in. Only the chosen lines' blocks are asked, once each.
 */
import type { PageModel, RawLine } from './page-model.js';

export function fontScaleReader(model: PageModel, indices: readonly number[]): ((line: RawLine) => number | null) | undefined {
  const sizes = new Map<number, number | null>();
  const sizeOf = (el: number): number | null => {
    if (!sizes.has(el)) {
      const value = model.access.style(model.elements[el]!, 'font-size');
      const px = value ? Number.parseFloat(value) : Number.NaN;
      sizes.set(el, Number.isFinite(px) && px > 0 ? px : null);
    }
    return sizes.get(el)!;
  };
  const first = model.lines[indices[0] ?? -1];
  if (!first || sizeOf(first.el) === null) return undefined;
  // The body size: the size carrying the most characters.
  const charsAtSize = new Map<number, number>();
  for (const i of indices) {
    const line = model.lines[i]!;
    const px = sizeOf(line.el);
    if (px !== null) charsAtSize.set(px, (charsAtSize.get(px) ?? 0) + line.chars);
  }
  let base = 0;
  let most = -1;
  for (const [px, chars] of charsAtSize) {
    if (chars > most) {
      most = chars;
      base = px;
    }
  }
  if (base <= 0) return undefined;
  return (line) => {
    const px = sizeOf(line.el);
    return px === null ? null : px / base;
  };
}
