/**
 * A story's identity: the same story saved again from the same page gets the same id, so saving
 * updates instead of duplicating. Tracking parameters and fragments do not make another page.
 */
import { normalizeText } from '../annotate/text.js';
import type { Story } from '../core/types.js';

const TRACKING_PARAM = /^(?:utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid)$/iu;

/** Without fragment and tracking parameters, remaining parameters sorted; unparsable URLs are only trimmed. */
export function normalizeUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return url.trim();
  }
  parsed.hash = '';
  const kept = [...parsed.searchParams].filter(([name]) => !TRACKING_PARAM.test(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  parsed.search = new URLSearchParams(kept).toString();
  return parsed.toString();
}

export function storyId(url: string, story: Pick<Story, 'kicker' | 'headline' | 'subheadline' | 'paragraphs'>): string {
  const title = normalizeText([story.kicker, story.headline, story.subheadline].filter((t) => t).join(' '));
  const body = normalizeText(story.paragraphs.join(' '));
  return fnv1a64(`${normalizeUrl(url)}\u0001${title}\u0001${body}`);
}

/**
 * 64-bit FNV-1a over UTF-16 code units, in two 32-bit halves (synchronous, no BigInt).
 * Collisions are negligible at a reader's scale (~5e-12 for 10 000 stories).
 */
export function fnv1a64(text: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    lo = (lo ^ text.charCodeAt(i)) >>> 0;
    // h × (2^40 + 0x1b3) mod 2^64, split so that every intermediate stays an exact double.
    const low = lo * 0x1b3;
    const carry = Math.floor(low / 0x100000000);
    hi = (hi * 0x1b3 + lo * 0x100 + carry) >>> 0;
    lo = low >>> 0;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}
