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
}

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
      if (boxed(a, b) || widestRuleBetween(a, b) > 0) return true;
      const [left, right] = a.x1 <= b.x0 ? [a, b] : b.x1 <= a.x0 ? [b, a] : [null, null];
      if (left && right) {
        // the rule runs along most of the height the two share
        const top = Math.max(left.top, right.top), bottom = Math.min(left.bottom, right.bottom);
        for (const r of vertical) {
          if (r.x0 < left.x1 - SLACK || r.x0 > right.x0 + SLACK || bottom <= top) continue;
          if (overlap(r.y0, r.y1, top, bottom) >= RULE_COVER * (bottom - top)) return true;
        }
      }
      return false;
    },
  };
}

export const NO_DIVIDERS: Dividers = { separates: () => false, boxed: () => false, sameBox: () => false, widestRuleBetween: () => 0 };
