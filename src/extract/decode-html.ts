/**
 * Bytes of a page → text, found as browsers find the encoding: a byte-order mark first; then, for HTML,
 * the charset the page declares (<meta charset>, <meta http-equiv>, XML declaration; a legacy one in markup only
 * where the bytes do not read as UTF-8: a page saved again as UTF-8 keeps its old declaration); else sniffed from
 * the bytes (sniff-charset.ts: UTF-8, GBK, Big5, Shift_JIS, EUC-KR, windows-1252).
 * Uses only TextDecoder, so it runs in Node (full ICU) and browsers alike.
 */
import { sniffCharset } from './sniff-charset.js';

export function decodeHtml(bytes: Uint8Array, declaredCharset?: string | null): string {
  return new TextDecoder(charsetFromBom(bytes) ?? declaredEncoding(bytes, declaredCharset) ?? sniffCharset(bytes)).decode(bytes);
}

/**
 * Bytes a web server sends → text, as a browser reads a live page: by its byte-order mark, else the charset the
 * response's header or the markup declares, else UTF-8. No sniffing: the content script reads pages this way, and
 * its size counts (a site serves what it declares; sniffing is for saved files).
 */
export function decodeServedHtml(bytes: Uint8Array, headerCharset: string | null): string {
  return new TextDecoder(charsetFromBom(bytes) ?? asciiCompatible(normaliseCharset(headerCharset) ?? normaliseCharset(declaredInMarkup(bytes))) ?? 'utf-8').decode(bytes);
}

/** Bytes of a plain-text page → text: by its byte-order mark, else sniffed as an undeclared HTML page is. */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder(charsetFromBom(bytes) ?? sniffCharset(bytes)).decode(bytes);
}

/** How far into the page a declaration is looked for: the HTML spec's prescan reads 1024 bytes; old pages put long comments first. */
const PRESCAN_BYTES = 8192;

/** TextDecoder drops the mark itself when it decodes with the encoding the mark names. */
export function charsetFromBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The charset named by a <meta> tag or an XML declaration near the top of the page, if any. */
export function declaredInMarkup(bytes: Uint8Array): string | null {
  // latin1 maps each byte to one char, so ASCII markup reads the same whatever the real encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct?.[1]) return direct[1];
  }
  const xml = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return xml?.[1] ?? null;
}

/** The charset given with the page (an HTTP header), else the one its markup declares. */
function declaredEncoding(bytes: Uint8Array, declaredCharset: string | null | undefined): string | null {
  const markup = normaliseCharset(declaredInMarkup(bytes));
  // A page saved again as UTF-8 often keeps its old declaration (GB2312): bytes that read as UTF-8 are UTF-8
  const declared = normaliseCharset(declaredCharset) ?? (markup && markup !== 'utf-8' && sniffCharset(bytes) === 'utf-8' ? 'utf-8' : markup);
  return asciiCompatible(declared);
}

/** A page that declares UTF-16 without a byte-order mark is ASCII-compatible in fact (the spec says so too). */
const asciiCompatible = (label: string | null): string | null => (label?.startsWith('utf-16') ? 'utf-8' : label);

/** A label TextDecoder accepts, or null. GB2312 pages are in practice GBK (the WHATWG spec maps both to gbk). */
function normaliseCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}
