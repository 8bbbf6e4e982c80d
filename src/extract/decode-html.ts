/**
 * Bytes of an HTML page → text, by the charset the page declares (BOM, <meta charset>, <meta http-equiv>,
 * XML declaration). Undeclared pages are sniffed: strict UTF-8 if it decodes, else GBK when that reads as
 * Chinese (old Chinese pages often declare nothing), else windows-1252 as browsers do.
 * Uses only TextDecoder, so it runs in Node (full ICU) and browsers alike.
 */
export function decodeHtml(bytes: Uint8Array, declaredCharset?: string | null): string {
  const bom = charsetFromBom(bytes);
  if (bom) return decodeWith(bom, bytes.subarray(bom === 'utf-8' ? 3 : 2));
  const declared = normaliseCharset(declaredCharset) ?? normaliseCharset(declaredInMarkup(bytes));
  if (declared) return decodeWith(declared, bytes);
  return sniff(bytes);
}

/** How far into the page a declaration is looked for: the HTML spec's prescan reads 1024 bytes; old pages put long comments first. */
const PRESCAN_BYTES = 8192;

function charsetFromBom(bytes: Uint8Array): string | null {
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

/** A label TextDecoder accepts, or null. GB2312 pages are in practice GBK (the WHATWG spec maps both to gbk). */
function normaliseCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

function decodeWith(encoding: string, bytes: Uint8Array): string {
  // A page that declares UTF-16 in a <meta> is ASCII-compatible in fact (the spec says so too).
  const label = encoding.startsWith('utf-16') && !charsetFromBom(bytes) ? 'utf-8' : encoding;
  return new TextDecoder(label).decode(bytes);
}

function sniff(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const gbk = new TextDecoder('gbk').decode(bytes);
    const han = gbk.match(/\p{sc=Han}/gu)?.length ?? 0;
    const replaced = gbk.match(/\uFFFD/g)?.length ?? 0;
    return han > 0 && replaced * 20 < han ? gbk : new TextDecoder('windows-1252').decode(bytes);
  }
}
