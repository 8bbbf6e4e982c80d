/**
 * Links to other stories that a site sets inside an article's text under a lead-in: "READ MORE: <headline>",
 * "DON'T MISS" over a few linked headlines, "相关阅读：<标题>". Each is a pointer to another page, not the story.
 * Trade vocabulary of news templates; a lead-in counts only where links follow it.
 */
import type { RawLine } from './page-model.js';

const LEAD_IN = /^(?:(?:read|see|watch) (?:more|also)|read|more|also read|related(?: (?:stories|articles|coverage|news))?|don['’]?t miss|must read|you (?:may|might) also like|相关阅读|延伸阅读|推荐阅读|相关新闻|相关链接|更多阅读)\s*(?:[:：]|[.…]*$)/iu;
/** A line whose text is at least this share links reads as a link. */
const MOSTLY_LINK = 0.6;

const linkShare = (line: RawLine): number => (line.chars > 0 ? line.linkChars / line.chars : 0);

/** The lines (indices into `lines`, in order) without lead-ins to other stories and the links they lead to. */
export function withoutPromoLinks(lines: readonly RawLine[], kept: readonly number[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < kept.length; k++) {
    const line = lines[kept[k]!]!;
    const lead = line.linkChars < line.chars ? LEAD_IN.exec(line.text.trim()) : null;
    if (!lead) {
      out.push(kept[k]!);
      continue;
    }
    const rest = lead.input.slice(lead[0].length).replace(/\s+/g, '').length;
    if (rest > 0) {
      // "READ MORE: <a>headline</a>": the rest of the line is the link
      if (line.linkChars < rest * MOSTLY_LINK) out.push(kept[k]!);
      continue;
    }
    // a lead-in alone on its line: it and the run of links right after it on the page go (furniture may have
    // taken those already); a lead-in followed by prose stays
    let next = kept[k]! + 1;
    while (next < lines.length && linkShare(lines[next]!) >= MOSTLY_LINK) next++;
    if (next === kept[k]! + 1) out.push(kept[k]!);
    while (k + 1 < kept.length && kept[k + 1]! < next) k++;
  }
  return out;
}
