/**
 * linkedom (the Node DOM) parses nesting in quadratic time: a page nested 100 000 deep takes minutes. Elements
 * nested deeper than any real page's are unwrapped before parsing, in one linear pass over the markup: their text
 * stays, in order (a space where each tag was), only the tags beyond the limit go.
 */

/** Deeper than any page a reader reads (real pages stay within a few hundred). */
export const MAX_NESTING = 2000;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript']);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)\b[^>]*?(\/?)>|<!--[\s\S]*?-->/g;

/** The markup with tags nested beyond `limit` removed; the same string when nothing is that deep. */
export function flattenDeepNesting(html: string, limit = MAX_NESTING): string {
  // a page can only nest as deep as it has tags: most pages are done here
  if (html.length < 4 * limit) return html;
  const parts: string[] = [];
  let depth = 0, copied = 0, flattened = false;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (!m[2]) continue; // a comment
    const name = m[2].toLowerCase(), closing = m[1] === '/';
    if (!closing && RAW_TEXT.has(name)) {
      // its text is no markup: skip to its end tag
      const end = html.toLowerCase().indexOf(`</${name}`, TAG.lastIndex);
      TAG.lastIndex = end < 0 ? html.length : end;
      continue;
    }
    if (VOID.has(name) || m[3] === '/') continue;
    const deep = closing ? depth > limit : depth >= limit;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (!deep) continue;
    // a space where the tag was, so that the text of two unwrapped blocks does not run together
    parts.push(html.slice(copied, m.index), ' ');
    copied = m.index + m[0].length;
    flattened = true;
  }
  if (!flattened) return html;
  parts.push(html.slice(copied));
  return parts.join('');
}
