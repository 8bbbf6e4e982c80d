/**
 * YAML front-matter scalars that any title survives: always double-quoted, with every character
 * YAML does not allow raw (controls, C1 controls, line/paragraph separators, BOM, non-characters)
 * written as an escape, and broken UTF-16 replaced (YAML cannot carry lone surrogates).
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;
const NEEDS_ESCAPE = /["\\\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/gu;
const NAMED: Readonly<Record<string, string>> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function yamlString(text: string): string {
  const escaped = text
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(NEEDS_ESCAPE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `"${escaped}"`;
}
