/**
 * The reporters a Chinese news lead credits in its dateline, in brackets after the agency or paper and the
 * place and date it filed from: "新华社北京2月11日电（记者 王五 李六）…", "本报讯（记者 张三 通讯员 赵七）…", or
 * the brackets alone opening the lead ("（记者 张三）…"). The paragraph stays whole: the dateline is part of it.
 */
import { filter } from './builtins.js';
import { parseByline, type Byline } from './credits.js';

/** The filing line (agency or paper, place, date) ending in 讯 or 电, then the bracketed credits. */
const DATELINE_CREDITS = /^[\s□■●◆]*(?:[\p{Script=Han}\d\s]{0,30}?(?:讯|电))?\s*[（(]([^（）()]{2,60})[）)]/u;
/** The roles of those who wrote it: a bracket naming no reporter is a place or a note, not credits. */
const REPORTING_ROLE = /记者|通讯员|实习生|撰稿/u;

export function datelineCredits(text: string): Byline | null {
  const m = DATELINE_CREDITS.exec(text);
  if (!m || !REPORTING_ROLE.test(m[1]!)) return null;
  const byline = parseByline([m[1]!]);
  return byline && filter(byline.authors, (a) => a.role !== null).length > 0 ? byline : null;
}
