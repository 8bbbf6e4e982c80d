/**
 * A page that shows a printed page's text as positioned elements — a pdf.js viewer embedded in a site, an
 * e-paper's text layer of absolutely positioned spans — is read by the layout stage from the elements' boxes,
 * not as a flow of text: the order of its spans in the markup says nothing about the reading order.
 */
import type { TextRun } from '../layout/model.js';

/** What the browser says of an element's box and type: page coordinates (px, y down), or null when not shown. */
export interface PlacedBox {
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
  bold: boolean;
  vertical: boolean;
  /** Taken out of the flow (position absolute or fixed): set where the page's own layout put it. */
  positioned: boolean;
}

export type BoxReader = (el: Element) => PlacedBox | null;

/** Least positioned text elements, and least share of the page's text they hold, that make a text layer. */
const LEAST_RUNS = 40;
const LEAST_SHARE = 0.6;
/** Text elements after which a page with too few of them positioned is taken for an ordinary page. */
const PROBE = 300;
/** Elements looked at, at most (a huge page stays bounded). */
const MOST_ELEMENTS = 200_000;

/**
 * The page's positioned text runs, when most of its text is set as positioned leaf elements; null otherwise
 * (an ordinary page, or a DOM that lays nothing out, as in Node).
 */
export function positionedRuns(doc: Document, box: BoxReader): TextRun[] | null {
  const body = doc.body;
  if (!body) return null;
  const runs: TextRun[] = [];
  let positionedChars = 0, allChars = 0, seen = 0, texts = 0;
  const walker = doc.createTreeWalker(body, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let el = walker.nextNode() as Element | null; el && seen < MOST_ELEMENTS; el = walker.nextNode() as Element | null, seen++) {
    const tag = el.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
    const text = ownText(el);
    if (!text.trim()) continue;
    allChars += text.length;
    texts++;
    // an ordinary page shows itself within its first text elements: stop looking (styles cost time)
    if (texts === PROBE && runs.length < PROBE / 2) return null;
    if (!placedInline(el)) continue;
    let b: PlacedBox | null;
    try {
      b = box(el);
    } catch {
      return null; // a DOM that cannot style this element (a page nested too deep for it) is read as flow
    }
    if (!b || !b.positioned || b.width <= 0 || b.height <= 0 || b.fontSize <= 0) continue;
    positionedChars += text.length;
    runs.push({
      text, x: b.x, y: b.y, width: b.width, height: b.height, fontSize: b.fontSize, font: '', bold: b.bold,
      dir: b.vertical ? 'ttb' : 'ltr', lineEnd: undefined,
    });
  }
  if (runs.length < LEAST_RUNS || positionedChars < LEAST_SHARE * allChars) return null;
  // the layout stage reads runs in drawing order first: the markup's order is its stand-in, then geometry decides
  return runs;
}

/**
 * Text layers place each run with an inline style (pdf.js: left, top, font-size, transform) or inside a text
 * layer's container: only such elements are worth a computed style.
 */
function placedInline(el: Element): boolean {
  const style = el.getAttribute('style');
  if (style && /\b(?:left|top|transform)\s*:/i.test(style)) return true;
  const parent = el.parentElement;
  return parent !== null && /\btext-?layer\b/i.test(parent.getAttribute('class') ?? '');
}

/** The text of an element's own text nodes (a leaf span's text; not its children's). */
function ownText(el: Element): string {
  let text = '';
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) text += n.nodeValue ?? '';
  return text.replace(/\s+/g, ' ');
}

/** The browser's box reader: computed style and client rects, in page coordinates. */
export function domBoxReader(doc: Document): BoxReader | null {
  const view = doc.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return null;
  return (el) => {
    const style = view.getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') return null;
    const rect = el.getBoundingClientRect();
    const fontSize = parseFloat(style.fontSize);
    const weight = parseInt(style.fontWeight, 10);
    return {
      x: rect.left + view.scrollX,
      y: rect.top + view.scrollY,
      width: rect.width,
      height: rect.height,
      fontSize: Number.isFinite(fontSize) ? fontSize : 0,
      bold: weight >= 600 || style.fontWeight === 'bold',
      vertical: style.writingMode.startsWith('vertical'),
      positioned: style.position === 'absolute' || style.position === 'fixed',
    };
  };
}
