/**
 * One read-only pass over the page, into flat arrays: every element in document order (its parent, the
 * end of its subtree, what it is) and every rendered line of text with the block it sits in. Scoring and
 * the page-kind integrations work on this model, never on the live DOM again.
 *
 * The walk is iterative (an explicit stack), so 10 000-deep nesting cannot overflow the call stack. It
 * enters open shadow roots and same-origin iframes, skips what is never text (script, style, hidden
 * elements …) and collects the few metadata sources on the way.
 */
import { domAccess, NODE_CDATA, NODE_ELEMENT, NODE_TEXT, type DomAccess, type DomAccessOptions } from './dom-access.js';
import { collapseSpace, measure } from './text-stats.js';
import { AUTHOR_BOX, BYLINE, CAPTION, DATELINE, DEK, MAYBE, NEGATIVE, POSITIVE, UNLIKELY, UNLIKELY_ROLES } from './vocabulary.js';

/** Inherited context of an element (bit flags). */
export const IN_LINK = 1;
export const IN_BOLD = 2;
export const IN_CAPTION = 4;
export const IN_PRE = 8;
/** Inside a region whose names say it is not the article (nav, sidebar, comments …). */
export const IN_UNLIKELY = 16;
export const IN_LIST_ITEM = 32;
/** Inside <head> or an element whose text is never page text. */
const NO_TEXT = 64;
/** Inside an element named like a standfirst (dek, subtitle …). */
export const IN_DEK = 128;

export interface RawLine {
  text: string;
  /** Id of the nearest block element around the line. */
  el: number;
  /** A block boundary (or a blank line) came before this line. */
  blockStart: boolean;
  /** The boundary was a blank line (two <br> in a row, a blank line of preformatted text), not markup. */
  blankBefore: boolean;
  chars: number;
  cjk: number;
  punct: number;
  commas: number;
  linkChars: number;
  boldChars: number;
  /** Heading level 1–6 of the enclosing heading, 0 outside headings. */
  heading: number;
  /** Context flags of the element holding the line's first text. */
  flags: number;
  /** Leading spaces, for preformatted text. */
  indent: number;
}

export interface MetaTag {
  key: string;
  content: string;
}

/** Marks in a byline capture where an element starts or ends, so words of abutting elements stay apart. */
export const ELEMENT_BOUNDARY = '\u001f';

/** Short texts of elements that may carry metadata, captured on the way. */
export interface Capture {
  el: number;
  kind: 'title' | 'h1' | 'byline' | 'dateline' | 'time' | 'ld-json';
  text: string;
}

export interface PageModel {
  access: DomAccess;
  contentType: string;
  /** Elements in document order; index 0 is the root (the <html> element or the document's first element). */
  elements: Element[];
  names: string[];
  parent: Int32Array;
  /** One past the last descendant: the subtree of i is [i, end[i]). */
  end: Int32Array;
  flags: Uint8Array;
  /** Class/id/role weight: positive for article-like names, negative for boilerplate names. */
  weight: Int16Array;
  /** Own class/id/role says "unlikely" (not only inherited). */
  unlikelyHere: Uint8Array;
  /** Media and form controls directly inside each element (counted on the parent). */
  images: Int32Array;
  inputs: Int32Array;
  embeds: Int32Array;
  lines: RawLine[];
  metas: MetaTag[];
  links: MetaTag[];
  captures: Capture[];
  lang: string | null;
  /** Id of <body> (or the root when there is none). */
  body: number;
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot',
  'tr', 'td', 'th', 'caption', 'ul', 'legend', 'listing', 'plaintext', 'xmp', 'frameset', 'frame', 'iframe',
]);
/** Block elements start and end lines; text inside an inline element belongs to the block around it. */
export function isBlockName(name: string): boolean {
  return BLOCK.has(name);
}

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'select', 'option', 'datalist', 'button',
  'textarea', 'input', 'object', 'embed', 'video', 'audio', 'map', 'head', 'link', 'meta', 'base', 'title', 'source',
  'track', 'param', 'img', 'picture', 'wbr',
]);
const EMBEDS = new Set(['object', 'embed', 'video', 'audio', 'iframe', 'frame']);
const INPUTS = new Set(['input', 'select', 'textarea', 'button']);
// Not <form>: server-side form frameworks wrap the whole page in one. A form box inside the article is
// furniture by its inputs (main-text.ts).
const UNLIKELY_TAGS = new Set(['nav', 'aside', 'footer', 'menu']);

interface Frame {
  node: Element;
  id: number;
  /** Reads the element itself and its siblings. */
  outer: DomAccess;
  /** Reads its children: another document's accessors for an iframe. */
  inner: DomAccess;
  first: Node | null;
  /** Light-DOM children still to walk after an element's shadow tree. */
  light: Node | null;
  captureCount: number;
}

export function buildPageModel(doc: Document, options: DomAccessOptions = {}): PageModel {
  const access = domAccess(doc, options);
  const m = new Builder(access, options);
  const rootEl = access.documentElement(doc);
  if (rootEl) m.walk(rootEl, access);
  return { ...m.finish(), contentType: access.contentType(doc) };
}

class Builder {
  private elements: Element[] = [];
  private names: string[] = [];
  private parent: number[] = [];
  private end: number[] = [];
  private flags: number[] = [];
  private weight: number[] = [];
  private unlikelyHere: number[] = [];
  private heading: number[] = [];
  private container: number[] = [];
  private images: number[] = [];
  private inputs: number[] = [];
  private embeds: number[] = [];
  private lines: RawLine[] = [];
  private metas: MetaTag[] = [];
  private links: MetaTag[] = [];
  private captures: Capture[] = [];
  private openCaptures: Capture[] = [];
  private lang: string | null = null;
  private bodyId = -1;

  // The line being built.
  private parts: string[] = [];
  private lineEl = -1;
  private lineFlags = 0;
  private lineHeading = 0;
  private lineIndent = 0;
  private lineLink = 0;
  private lineBold = 0;
  private pendingBlock = true;
  private pendingBlank = false;

  constructor(
    private readonly access: DomAccess,
    private readonly options: DomAccessOptions,
  ) {}

  walk(rootEl: Element, rootAccess: DomAccess): void {
    const stack: Frame[] = [];
    let access = rootAccess;
    let parentId = -1;
    let node: Node | null = rootEl;
    for (;;) {
      if (node !== null) {
        const type = access.nodeType(node);
        if (type === NODE_ELEMENT) {
          const frame = this.enterElement(node as Element, parentId, access);
          if (frame) {
            stack.push(frame);
            parentId = frame.id;
            access = frame.inner;
            node = frame.first;
            continue;
          }
        } else if (type === NODE_TEXT || type === NODE_CDATA) {
          this.addText(access.text(node), parentId);
        }
        node = access.nextSibling(node);
        continue;
      }
      const frame = stack[stack.length - 1];
      if (!frame) break;
      if (frame.light !== null) {
        // Shadow tree done; the host's own (slotted) children follow.
        node = frame.light;
        frame.light = null;
        continue;
      }
      stack.pop();
      this.exitElement(frame);
      parentId = stack.length > 0 ? stack[stack.length - 1]!.id : -1;
      access = frame.outer;
      node = access.nextSibling(frame.node);
    }
    this.flushLine();
  }

  /** Records an element and returns a frame when its children are to be walked. */
  private enterElement(el: Element, parentId: number, access: DomAccess): Frame | null {
    const name = access.name(el);
    if (parentId >= 0 && name !== 'head') this.countMedia(name, parentId);
    if (name === 'br') {
      this.lineBreak();
      return null;
    }
    if (parentId >= 0 && (this.flags[parentId]! & NO_TEXT) !== 0) {
      this.readHeadElement(el, name, access, parentId);
      return null;
    }
    if (name === 'script') {
      this.readScript(el, access);
      return null;
    }
    if (name === 'meta' || name === 'link') this.readHeadElement(el, name, access, parentId);
    if (SKIP.has(name) && name !== 'head') return null;
    if (isHidden(el, access)) return null;

    this.markBylineBoundary();
    const id = this.elements.length;
    const inherited = parentId >= 0 ? this.flags[parentId]! : 0;
    const names = `${access.attr(el, 'class') ?? ''} ${access.attr(el, 'id') ?? ''}`;
    const role = access.attr(el, 'role') ?? '';
    let own = 0;
    let weight = 0;
    let unlikely = false;
    // The root and <body> carry site-wide switches in their class lists, not region names.
    if (names.length > 1 && name !== 'body' && name !== 'html') {
      const aboutTheWriter = AUTHOR_BOX.test(names);
      if (POSITIVE.test(names) && !aboutTheWriter) weight += 25;
      if (NEGATIVE.test(names) || aboutTheWriter) weight -= 25;
      unlikely = UNLIKELY.test(names) && !MAYBE.test(names);
      if (CAPTION.test(names)) own |= IN_CAPTION;
      if (DEK.test(names)) own |= IN_DEK;
    }
    if (UNLIKELY_ROLES.test(role) || UNLIKELY_TAGS.has(name)) unlikely = true;
    if (unlikely) own |= IN_UNLIKELY;
    // An <a> without href is a placeholder or a named anchor, not a link; a parser re-opens an unclosed
    // one around every block that follows, so counting it would make the whole article read as links.
    // A javascript: address leads to no other page: its text is this page's.
    if (name === 'a' && isAddress(access.attr(el, 'href'))) own |= IN_LINK;
    if (name === 'b' || name === 'strong') own |= IN_BOLD;
    if (name === 'figcaption') own |= IN_CAPTION;
    if (name === 'pre' || name === 'xmp' || name === 'listing' || name === 'plaintext' || name === 'textarea') own |= IN_PRE;
    if (name === 'li') own |= IN_LIST_ITEM;
    if (name === 'head') own |= NO_TEXT;

    this.elements.push(el);
    this.names.push(name);
    this.parent.push(parentId);
    this.end.push(id + 1);
    this.flags.push(inherited | own);
    this.weight.push(weight);
    this.unlikelyHere.push(unlikely ? 1 : 0);
    const level = name.length === 2 && name[0] === 'h' && name[1]! >= '1' && name[1]! <= '6' ? Number(name[1]) : 0;
    this.heading.push(level || (parentId >= 0 ? this.heading[parentId]! : 0));
    this.images.push(0);
    this.inputs.push(0);
    this.embeds.push(0);
    const isBlock = BLOCK.has(name);
    this.container.push(isBlock || parentId < 0 ? id : this.container[parentId]!);
    if (isBlock) this.blockBoundary();
    if (name === 'body' && this.bodyId < 0) this.bodyId = id;
    if (name === 'html' && this.lang === null) this.lang = access.attr(el, 'lang') ?? access.attr(el, 'xml:lang');

    const captureCount = this.openCapturesFor(el, name, access, id, names);
    const frame: Frame = { node: el, id, outer: access, inner: access, first: null, light: null, captureCount };
    if (name === 'iframe' || name === 'frame') {
      // A same-origin frame's document is read as the frame element's content.
      const inner = access.frameDocument(el);
      if (inner) {
        frame.inner = domAccess(inner, this.options);
        frame.first = frame.inner.body(inner) ?? frame.inner.documentElement(inner);
      }
      return frame;
    }
    const shadow = access.shadowRoot(el);
    if (shadow) {
      frame.first = access.firstChild(shadow);
      frame.light = access.firstChild(el);
    } else {
      frame.first = access.firstChild(el);
    }
    return frame;
  }

  private exitElement(frame: Frame): void {
    const id = frame.id;
    this.end[id] = this.elements.length;
    if (BLOCK.has(this.names[id]!)) this.blockBoundary();
    for (let i = 0; i < frame.captureCount; i++) {
      const capture = this.openCaptures.pop();
      if (capture) {
        capture.text = capture.text.trim();
        this.captures.push(capture);
      }
    }
    this.markBylineBoundary();
  }

  private markBylineBoundary(): void {
    for (const capture of this.openCaptures) {
      if (capture.kind === 'byline' && capture.text && !capture.text.endsWith(ELEMENT_BOUNDARY)) capture.text += ELEMENT_BOUNDARY;
    }
  }

  private countMedia(name: string, parentId: number): void {
    if (name === 'img') this.images[parentId]!++;
    else if (INPUTS.has(name)) this.inputs[parentId]!++;
    else if (EMBEDS.has(name)) this.embeds[parentId]!++;
  }

  private openCapturesFor(el: Element, name: string, access: DomAccess, id: number, names: string): number {
    let n = 0;
    const open = (kind: Capture['kind']) => {
      this.openCaptures.push({ el: id, kind, text: '' });
      n++;
    };
    if (name === 'h1') open('h1');
    if (name === 'time') {
      const datetime = access.attr(el, 'datetime');
      if (datetime) this.metas.push({ key: 'time:datetime', content: datetime });
      open('time');
    }
    const rel = access.attr(el, 'rel');
    const itemprop = access.attr(el, 'itemprop');
    if ((rel && /\bauthor\b/i.test(rel)) || (itemprop && /\bauthor\b/i.test(itemprop)) || (names.length > 1 && BYLINE.test(names))) {
      open('byline');
    }
    if (names.length > 1 && DATELINE.test(names)) open('dateline');
    if (itemprop && name !== 'meta') {
      const content = access.attr(el, 'content') ?? access.attr(el, 'datetime');
      if (content) this.metas.push({ key: `itemprop:${itemprop.toLowerCase()}`, content });
    }
    return n;
  }

  private readHeadElement(el: Element, name: string, access: DomAccess, parentId: number): void {
    if (name === 'title') {
      this.captures.push({ el: parentId, kind: 'title', text: collapseSpace(childText(el, access)).trim() });
    } else if (name === 'meta') {
      const key = access.attr(el, 'property') ?? access.attr(el, 'name') ?? access.attr(el, 'itemprop');
      const content = access.attr(el, 'content');
      if (key && content) this.metas.push({ key: key.toLowerCase(), content });
    } else if (name === 'link') {
      const rel = access.attr(el, 'rel');
      const href = access.attr(el, 'href');
      if (rel && href) this.links.push({ key: rel.toLowerCase(), content: href });
    } else if (name === 'script') {
      this.readScript(el, access);
    }
  }

  private readScript(el: Element, access: DomAccess): void {
    const type = access.attr(el, 'type');
    if (type && /ld\+json/i.test(type)) this.captures.push({ el: -1, kind: 'ld-json', text: childText(el, access) });
  }

  private addText(raw: string, elId: number): void {
    if (elId < 0 || raw.length === 0) return;
    const flags = this.flags[elId]!;
    if ((flags & NO_TEXT) !== 0) return;
    for (const capture of this.openCaptures) if (capture.text.length < 400) capture.text += raw;
    if ((flags & IN_PRE) !== 0) {
      const pieces = raw.split(/\r\n|\r|\n/);
      for (let i = 0; i < pieces.length; i++) {
        if (i > 0) this.lineBreak();
        this.appendPiece(pieces[i]!.replace(/\t/g, '    '), elId, flags, true);
      }
      return;
    }
    this.appendPiece(collapseSpace(raw), elId, flags, false);
  }

  private appendPiece(piece: string, elId: number, flags: number, pre: boolean): void {
    if (piece.length === 0) return;
    const hasText = /\S/.test(piece);
    if (this.parts.length === 0 || this.lineEl < 0) {
      if (!hasText) {
        if (pre) this.parts.push(piece);
        return;
      }
      if (this.lineEl < 0) {
        this.lineEl = this.container[elId]!;
        this.lineFlags = flags;
        this.lineHeading = this.heading[elId]!;
        if (pre) this.lineIndent = (this.parts.join('') + piece).search(/\S/);
      }
    }
    this.parts.push(piece);
    if (!hasText) return;
    if ((flags & (IN_LINK | IN_BOLD)) !== 0 || this.heading[elId]! > 0) {
      const chars = piece.replace(/\s+/g, '').length;
      if ((flags & IN_LINK) !== 0) this.lineLink += chars;
      if ((flags & IN_BOLD) !== 0 || this.heading[elId]! > 0) this.lineBold += chars;
    }
  }

  private lineBreak(): void {
    if (this.lineEl < 0) {
      // An empty line: two <br> in a row, or a blank line in preformatted text.
      this.parts = [];
      this.pendingBlock = true;
      this.pendingBlank = true;
      return;
    }
    this.flushLine();
  }

  private blockBoundary(): void {
    this.flushLine();
    this.pendingBlock = true;
  }

  private flushLine(): void {
    if (this.lineEl >= 0) {
      const text = this.parts.join('').trim();
      if (text.length > 0) {
        const m = measure(text);
        this.lines.push({
          text, el: this.lineEl, blockStart: this.pendingBlock, blankBefore: this.pendingBlank, chars: m.chars, cjk: m.cjk, punct: m.punct,
          commas: m.commas, linkChars: Math.min(this.lineLink, m.chars), boldChars: Math.min(this.lineBold, m.chars),
          heading: this.lineHeading, flags: this.lineFlags, indent: Math.max(0, this.lineIndent),
        });
        this.pendingBlock = false;
        this.pendingBlank = false;
      }
    }
    this.parts = [];
    this.lineEl = -1;
    this.lineLink = 0;
    this.lineBold = 0;
    this.lineIndent = 0;
  }

  finish(): PageModel {
    return {
      access: this.access,
      contentType: '',
      elements: this.elements,
      names: this.names,
      parent: Int32Array.from(this.parent),
      end: Int32Array.from(this.end),
      flags: Uint8Array.from(this.flags),
      weight: Int16Array.from(this.weight),
      unlikelyHere: Uint8Array.from(this.unlikelyHere),
      images: Int32Array.from(this.images),
      inputs: Int32Array.from(this.inputs),
      embeds: Int32Array.from(this.embeds),
      lines: this.lines,
      metas: this.metas,
      links: this.links,
      captures: this.captures,
      lang: this.lang,
      body: this.bodyId >= 0 ? this.bodyId : 0,
    };
  }
}

/** The concatenated text children of an element (a <title>, a JSON-LD <script>). */
function childText(el: Element, access: DomAccess): string {
  let text = '';
  for (let child = access.firstChild(el); child !== null; child = access.nextSibling(child)) {
    const type = access.nodeType(child);
    if (type === NODE_TEXT || type === NODE_CDATA) text += access.text(child);
  }
  return text;
}

function isHidden(el: Element, access: DomAccess): boolean {
  if (access.attr(el, 'hidden') !== null) return true;
  if (access.attr(el, 'aria-hidden') === 'true') return true;
  const style = access.attr(el, 'style');
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** An href that leads somewhere: not absent, not a `javascript:` action. */
function isAddress(href: string | null): boolean {
  return href !== null && !/^\s*javascript:/i.test(href);
}
