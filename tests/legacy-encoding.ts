/** Text → bytes in a legacy encoding, for tests: TextEncoder writes only UTF-8, so the table is read off TextDecoder. */
const tables = new Map<string, Map<string, number[]>>();

export function encodeAs(encoding: string, text: string): Uint8Array {
  const table = tableOf(encoding);
  return Uint8Array.from([...text].flatMap((ch) => {
    if (ch < '\u0080') return [ch.charCodeAt(0)];
    const bytes = table.get(ch);
    if (!bytes) throw new Error(`${encoding} cannot encode ${ch}`);
    return bytes;
  }));
}

/** Every character of the encoding's single bytes and byte pairs, at its first (lowest) code. */
function tableOf(encoding: string): Map<string, number[]> {
  let table = tables.get(encoding);
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder(encoding, { fatal: true });
  const add = (bytes: number[]) => {
    try {
      const ch = decoder.decode(Uint8Array.from(bytes));
      if ([...ch].length === 1 && !table!.has(ch)) table!.set(ch, bytes);
    } catch {
      // not a character in this encoding
    }
  };
  for (let lead = 0x80; lead <= 0xff; lead++) add([lead]);
  for (let lead = 0x81; lead <= 0xfe; lead++) for (let trail = 0x40; trail <= 0xfe; trail++) add([lead, trail]);
  tables.set(encoding, table);
  return table;
}
