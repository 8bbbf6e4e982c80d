/**
 * Reading the DOM without trusting the page. A page may redefine built-ins (Array.prototype.map,
 * Node.prototype.textContent, window.getComputedStyle …); every accessor extraction needs is taken from the
 * prototypes once, when this module loads (before the page can reach our realm's copies, or in the
 * content script's isolated world anyway), and called through a captured Reflect.apply. A DOM that
 * Node parsed from a string runs no page script: it is read with plain property reads.
 */

const apply = Reflect.apply;
const NO_ARGS: unknown[] = [];
const getPrototypeOf = Object.getPrototypeOf;
const getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;

type Getter = (this: unknown) => unknown;
type Method = (this: unknown, ...args: unknown[]) => unknown;

/** Walks the prototype chain of `sample` for the accessor or method called `name`. */
function lookup(sample: object | null, name: string, kind: 'get' | 'value'): Getter | Method | null {
  for (let proto = sample; proto; proto = getPrototypeOf(proto) as object | null) {
    const descriptor = getOwnPropertyDescriptor(proto, name);
    if (!descriptor) continue;
    const found = descriptor[kind] as Getter | Method | undefined;
    if (typeof found === 'function') return found;
  }
  return null;
}

function fromGlobal(ctor: string, name: string, kind: 'get' | 'value'): Getter | Method | null {
  const c = (globalThis as Record<string, unknown>)[ctor] as { prototype?: object } | undefined;
  return c?.prototype ? lookup(c.prototype, name, kind) : null;
}

/** This realm's own accessors, captured at load (null outside a browser-like global). */
const captured = {
  nodeType: fromGlobal('Node', 'nodeType', 'get'),
  firstChild: fromGlobal('Node', 'firstChild', 'get'),
  nextSibling: fromGlobal('Node', 'nextSibling', 'get'),
  // Text and CDATA share CharacterData's `data`; Node's own nodeValue may be a base-class stub.
  nodeValue: fromGlobal('CharacterData', 'data', 'get') ?? fromGlobal('Node', 'nodeValue', 'get'),
  localName: fromGlobal('Element', 'localName', 'get'),
  getAttribute: fromGlobal('Element', 'getAttribute', 'value'),
  shadowRoot: fromGlobal('Element', 'shadowRoot', 'get'),
  contentDocument: fromGlobal('HTMLIFrameElement', 'contentDocument', 'get'),
  documentElement: fromGlobal('Document', 'documentElement', 'get'),
  body: fromGlobal('Document', 'body', 'get'),
  defaultView: fromGlobal('Document', 'defaultView', 'get'),
  contentType: fromGlobal('Document', 'contentType', 'get'),
  getComputedStyle: typeof globalThis.getComputedStyle === 'function' ? (globalThis.getComputedStyle as Method) : null,
  getPropertyValue: fromGlobal('CSSStyleDeclaration', 'getPropertyValue', 'value'),
};

export const NODE_ELEMENT = 1;
export const NODE_TEXT = 3;
export const NODE_CDATA = 4;
export const NODE_COMMENT = 8;
export const NODE_DOCUMENT = 9;

/** The handful of DOM reads extraction makes, bound to one document's implementation. */
export interface DomAccess {
  nodeType(node: Node): number;
  firstChild(node: Node): Node | null;
  nextSibling(node: Node): Node | null;
  /** A text node's text. */
  text(node: Node): string;
  /** Lower-case local name of an element. */
  name(el: Element): string;
  attr(el: Element, name: string): string | null;
  /** The open shadow root of an element, if any. */
  shadowRoot(el: Element): ShadowRoot | null;
  /** A same-origin iframe's document, if readable. */
  frameDocument(el: Element): Document | null;
  documentElement(doc: Document): Element | null;
  body(doc: Document): Element | null;
  contentType(doc: Document): string;
  /** A computed style property, or null where styles are unavailable (Node DOMs) or broken. */
  style(el: Element, property: string): string | null;
}

export interface DomAccessOptions {
  /** Read computed styles (font weight and size) where the DOM offers them. Off for Node DOMs: they compute no layout. */
  computedStyle?: boolean;
}

/**
 * Accessors for `doc`: this realm's captured ones when they work on `doc` (a browser page, its same-origin
 * frames, the test DOM), else plain property reads — a Node DOM parsed from a string runs no page script.
 */
export function domAccess(doc: Document, options: DomAccessOptions = {}): DomAccess {
  return capturedWorkOn(doc) ? capturedAccess(doc, options) : plainAccess();
}

function capturedWorkOn(doc: Document): boolean {
  const { nodeType, firstChild, nextSibling, localName, getAttribute } = captured;
  if (!nodeType || !firstChild || !nextSibling || !localName || !getAttribute) return false;
  try {
    return apply(nodeType, doc, NO_ARGS) === NODE_DOCUMENT;
  } catch {
    return false;
  }
}

function safely<T>(fn: Getter | Method | null, target: unknown, args: unknown[], fallback: T): T {
  if (!fn) return fallback;
  try {
    return (apply(fn, target, args) as T) ?? fallback;
  } catch {
    return fallback;
  }
}

function capturedAccess(doc: Document, options: DomAccessOptions): DomAccess {
  const nodeType = captured.nodeType!;
  const firstChild = captured.firstChild!;
  const nextSibling = captured.nextSibling!;
  const localName = captured.localName!;
  const getAttribute = captured.getAttribute!;
  const nodeValue = captured.nodeValue;
  const style = options.computedStyle === false ? null : computedStyleReader(doc);
  return {
    nodeType: (node) => apply(nodeType, node, NO_ARGS) as number,
    firstChild: (node) => apply(firstChild, node, NO_ARGS) as Node | null,
    nextSibling: (node) => apply(nextSibling, node, NO_ARGS) as Node | null,
    text: (node) => (nodeValue ? ((apply(nodeValue, node, NO_ARGS) as string | null) ?? '') : ''),
    name: (el) => ((apply(localName, el, NO_ARGS) as string | null) ?? '').toLowerCase(),
    attr: (el, name) => safely<string | null>(getAttribute, el, [name], null),
    shadowRoot: (el) => safely<ShadowRoot | null>(captured.shadowRoot, el, NO_ARGS, null),
    frameDocument: (el) => safely<Document | null>(captured.contentDocument, el, NO_ARGS, null),
    documentElement: (d) => safely<Element | null>(captured.documentElement, d, NO_ARGS, null),
    body: (d) => safely<Element | null>(captured.body, d, NO_ARGS, null),
    contentType: (d) => safely<string>(captured.contentType, d, NO_ARGS, ''),
    style: (el, property) => (style ? style(el, property) : null),
  };
}

type Loose = Record<string, unknown>;

function plainAccess(): DomAccess {
  const read = <T>(target: unknown, key: string, fallback: T): T => {
    try {
      return ((target as Loose)[key] as T) ?? fallback;
    } catch {
      return fallback;
    }
  };
  return {
    nodeType: (node) => node.nodeType,
    firstChild: (node) => node.firstChild,
    nextSibling: (node) => node.nextSibling,
    text: (node) => node.nodeValue ?? '',
    name: (el) => (el.localName ?? '').toLowerCase(),
    attr: (el, name) => {
      try {
        return el.getAttribute(name);
      } catch {
        return null;
      }
    },
    shadowRoot: (el) => read<ShadowRoot | null>(el, 'shadowRoot', null),
    frameDocument: (el) => read<Document | null>(el, 'contentDocument', null),
    documentElement: (d) => read<Element | null>(d, 'documentElement', null),
    body: (d) => read<Element | null>(d, 'body', null),
    contentType: (d) => read<string>(d, 'contentType', ''),
    // Node DOMs lay nothing out: their computed styles say nothing about weight or size.
    style: () => null,
  };
}

type StyleReader = (el: Element, property: string) => string | null;

function computedStyleReader(doc: Document): StyleReader | null {
  const getComputedStyle = captured.getComputedStyle;
  const getPropertyValue = captured.getPropertyValue;
  const view = safely<unknown>(captured.defaultView, doc, NO_ARGS, null);
  if (!getComputedStyle || !getPropertyValue || !view) return null;
  return (el, property) => {
    try {
      const style = apply(getComputedStyle, view, [el]) as CSSStyleDeclaration | null;
      return style ? (apply(getPropertyValue, style, [property]) as string) : null;
    } catch {
      return null;
    }
  };
}

/** Elements whose content is never text a reader sees. */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);

/** The text a reader sees in an element, its runs of white space collapsed as a browser shows them. */
export function elementText(access: DomAccess, el: Element): string {
  let text = '';
  const stack: Node[] = [];
  // iterative, so deep nesting cannot overflow the call stack
  for (let node: Node | null = access.firstChild(el); node !== null || stack.length > 0;) {
    if (node === null) {
      node = access.nextSibling(stack.pop()!);
      continue;
    }
    const type = access.nodeType(node);
    if (type === NODE_TEXT || type === NODE_CDATA) text += access.text(node);
    if (type === NODE_ELEMENT && !NOT_TEXT.has(access.name(node as Element))) {
      stack.push(node);
      node = access.firstChild(node);
      continue;
    }
    node = access.nextSibling(node);
  }
  return text.replace(/\s+/g, ' ').trim();
}
