import { overlap, type Box, type Rule } from './model.js';

interface Rect {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

/** What the page draws between its stories: rules and boxes. */
export interface Dividers {
  /** A rule runs between the two, or a box holds one of them and not the other. */
  separates(a: Rect, b: Rect): boolean;
  /** A box holds one of them and not the other (a rule under a kicker divides nothing). */
  boxed(a: Rect, b: Rect): boolean;
  /** A box holds both (a sidebar's title and its text). */
  sameBox(a: Rect, b: Rect): boolean;
  /** The widest horizontal rule running between the two, one over the other (0 when none does). */
  widestRuleBetween(a: Rect, b: Rect): number;
  /**
   * As `separates`, for a title over a block: a rule less than NARROW_RULE of the title's width (under a label,
   * a sig or an inset set inside its span) divides nothing from it.
   */
  separatesFromTitle(title: Rect, b: Rect): boolean;
}

/** A rule under a title narrower than this share of its width runs inside the title's story. */
export const NARROW_RULE = 0.5;

/** A rule divides two things when it covers this share of the narrower (or the shorter) of them. */
const RULE_COVER = 0.5;
/** Slack (pt) for a rule or a box edge drawn right against the text it divides. */
const SLACK = 1.5;

export function dividersOf(rules: readonly Rule[] = [], boxes: readonly Box[] = []): Dividers {
  const horizontal = rules.filter((r) => r.y0 === r.y1), vertical = rules.filter((r) => r.x0 === r.x1);
  const holds = (box: Box, r: Rect) => {
    const x = (r.x0 + r.x1) / 2, y = (r.top + r.bottom) / 2;
    return x >= box.x0 - SLACK && x <= box.x1 + SLACK && y >= box.top - SLACK && y <= box.bottom + SLACK;
  };
  const boxed = (a: Rect, b: Rect) => boxes.some((box) => holds(box, a) !== holds(box, b));
  const widestRuleBetween = (a: Rect, b: Rect) => {
    const [upper, lower] = a.bottom <= b.top ? [a, b] : b.bottom <= a.top ? [b, a] : [null, null];
    let widest = 0;
    if (!upper || !lower) return widest;
    for (const r of horizontal) {
      if (r.y0 < upper.bottom - SLACK || r.y0 > lower.top + SLACK) continue;
      if (overlap(r.x0, r.x1, lower.x0, lower.x1) >= RULE_COVER * (lower.x1 - lower.x0)) widest = Math.max(widest, Math.abs(r.x1 - r.x0), Number.MIN_VALUE);
    }
    return widest;
  };
  return {
    boxed,
    sameBox: (a, b) => boxes.some((box) => holds(box, a) && holds(box, b)),
    widestRuleBetween,
    separates(a, b) {
      return boxed(a, b) || widestRuleBetween(a, b) > 0 || verticalRuleBetween(vertical, a, b);
    },
    separatesFromTitle(title, b) {
      return boxed(title, b) || widestRuleBetween(title, b) >= NARROW_RULE * (title.x1 - title.x0) || verticalRuleBetween(vertical, title, b);
    },
  };
}

/** A vertical rule runs between the two, side by side, along most of the height they share. */
function verticalRuleBetween(vertical: readonly Rule[], a: Rect, b: Rect): boolean {
  const [left, right] = a.x1 <= b.x0 ? [a, b] : b.x1 <= a.x0 ? [b, a] : [null, null];
  if (!left || !right) return false;
  const top = Math.max(left.top, right.top), bottom = Math.min(left.bottom, right.bottom);
  if (bottom <= top) return false;
  return vertical.some((r) => r.x0 >= left.x1 - SLACK && r.x0 <= right.x0 + SLACK && overlap(r.y0, r.y1, top, bottom) >= RULE_COVER * (bottom - top));
}

export const NO_DIVIDERS: Dividers = { separates: () => false, separatesFromTitle: () => false, boxed: () => false, sameBox: () => false, widestRuleBetween: () => 0 };
