/** A stored time as ISO 8601, or null for one no Date can hold: one bad record must not stop a whole export. */
export function isoTime(ms: number): string | null {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
