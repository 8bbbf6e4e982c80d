/**
 * The trade vocabulary of credit and boilerplate lines on article pages, English and Chinese: how a byline
 * names its authors and their roles ("By Meg James, Staff Writer", "本报记者 张三"), what else a byline box
 * carries (dates, read times, handles, follow buttons, counters, editor credits), and the lines a site
 * puts at the head and tail of every article body (原标题, 责任编辑, 来源, share and newsletter prompts).
 */
import { filter, find, indexOf, map, slice } from './builtins.js';

export interface Author {
  name: string;
  /** "Staff Writer", "本报记者", "通讯员" …; null where the byline gives none. */
  role: string | null;
}

export interface Byline {
  /** The authors with their roles, as a reader would print them ("By Meg James, Staff Writer"). */
  display: string;
  authors: Author[];
}

const HAN = /\p{Script=Han}/u;

/** Chinese roles printed before the names they apply to, with the paper, agency or site they report for. */
const ROLE_ZH = /(?:\p{Script=Han}{1,6}?(?:日报|晚报|报|社|网|台|新闻|客户端)\s*[·・]?\s*){0,2}(?:本报|本刊|新华社|中新社|中新网|人民网|央视|特约|见习|实习|首席|全媒体?|驻\p{Script=Han}{1,4}?)*(?:摄影记者|记者|通讯员|实习生|评论员|特约撰稿人)/gu;

/** English roles printed after the names they apply to ("Meg James, Staff Writer"). */
const ROLE_EN = /(?:^|[\s,]+)(?:(?:an?|the)\s+)?((?:(?:senior|chief|staff|special|foreign|political|business|economics|science|technology|sports|health|national|investigative|contributing|associate|deputy|managing|executive|digital|data|video|white house|washington)\s+)*(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|photographer|producer|analyst|critic|bureau chief)s?)$/i;

/**
 * Labels of credits that are not authorship: editors, sources, photographers, times. What follows them is
 * dropped ("图/李四" credits the photos of "文/张三 图/李四").
 */
const NOT_AUTHOR_LABEL = /(?:责任编辑|责编|编辑|主编|审核|审校|校对|监制|来源|稿源|出处|发布时间|时间|日期)\s*[:：]?|(?<!\p{Script=Han})(?:图片?|摄影|摄)\s*[:：/／]|(?<!\p{Script=Han})摄影(?=\s)(?!\s*记者)|\p{Script=Han}{0,5}供图|(?:edited by|editing by|editor:|source:|(?:last\s+)?updated|published|posted|photo(?:graph)?s? by|photos?:)/giu;

/** Labels that introduce authors without naming a role. */
const AUTHOR_LABEL = /^(?:by\b|reporting by\b|written by\b|words by\b|作者\s*[:：]?|撰文\s*[:：/／]?|文\s*[:：/／]|文$)\s*/iu;
/** The Chinese ones also start a new item where they follow other credits on one line. */
const AUTHOR_LABEL_ZH = /(?:作者|撰文)\s*[:：]|(?<!\p{Script=Han})文\s*[:：/／]/gu;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A month's name, full or abbreviated ("Nov.", "Sept"), its first three letters captured. */
const MONTH = String.raw`\b(${MONTHS.join('|')})[a-z]*\.?`;

/** Where a byline box goes on to the date, time or reading time: the rest is not names. */
const DATE_OR_TIME = new RegExp([
  String.raw`${MONTH}\s+\d`,
  String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}`,
  String.raw`\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b`,
  String.raw`\d{4}\s*[-/.年]\s*\d{1,2}`,
  String.raw`\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b`,
  String.raw`\d{1,2}:\d{2}`,
  String.raw`\d+\s*(?:月|日|分钟前|小时前|天前)`,
  String.raw`\b\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\b`,
  String.raw`\b\d{1,2}[hd]\b`,
  String.raw`\b(?:just now|yesterday|today|ago)\b|刚刚|昨天|今天`,
].join('|'), 'iu');

/** Follow buttons and counters in a byline box (an author page's "Follow", a platform's "文章 总阅读"). */
const FOLLOW_OR_COUNTER_WORD = /^(?:\+?\s*(?:(?:un)?follow(?:ing)?|profile|subscribe|该?作者的?(?:其他)?文章|更多文章|关注|已关注|订阅|粉丝|文章|总阅读|阅读量?|获赞|评论)|[\d.,]+\s*[万kKmM]?)$/iu;

const HANDLE_OR_EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+|@[\p{L}\p{N}_.]+/gu;

/** "马俊峰/文", "张三 文": the writer credited after the name; the name ends there. */
const WRITER_AFTER_NAME = /\s*[/／]\s*文(?![:：/／])|(?<=\p{Script=Han})\s+文(?!\p{Script=Han}|\s*[:：/／])/gu;
/** "李四/图", "李四 摄": a photographer credited after the name. */
const PHOTOGRAPHER_AFTER_NAME = /(?:[/／]\s*(?:图|摄影?)|\s摄)$/u;

/** Separators inside a byline box between its items; not the dot between two outlets ("顶端新闻·河南商报记者"). */
const ITEM_SEPARATOR = /\n|\s+[·•|｜/／–—-]\s+|(?<!日报|晚报|报|社|网|台|新闻|客户端)·|[•|｜；;]/u;

const DECORATION = /^[\s□■●◆○◎▲△★☆▪·•（(【[「]+|[\s）)】\]」:：,，。—–]+$/gu;

const NAME_SEPARATOR = /\s*(?:,|，|、|&|\band\b|\s和\s|\s与\s)\s*/iu;

/**
 * A byline box's text, given as the text of its elements in order (where elements abut without a space,
 * "Meg James" + "Staff Writer", their words must not run together), parsed into authors and roles.
 * Null when no author is left.
 */
export function parseByline(parts: readonly string[]): Byline | null {
  const text = joinAtElementBoundaries(parts).replace(HANDLE_OR_EMAIL, '\n').replace(WRITER_AFTER_NAME, '\n').replace(ROLE_ZH, '\n$&').replace(NOT_AUTHOR_LABEL, '\n$&').replace(AUTHOR_LABEL_ZH, '\n$&');
  const authors: Author[] = [];
  let printedBy = false;
  let pendingRole: string | null = null;
  let skipNext = false;
  for (const item of text.split(ITEM_SEPARATOR)) {
    let piece = cutAtDate(item).replace(DECORATION, '').trim();
    if (!piece) continue;
    // a photographer credited after the name ("李四/图", "李四 摄")
    if (PHOTOGRAPHER_AFTER_NAME.test(piece)) continue;
    if (skipNext) { skipNext = false; if (!ROLE_ZH_AT_START.test(piece) && !AUTHOR_LABEL.test(piece)) continue; }
    const notAuthor = piece.match(NOT_AUTHOR_LABEL_AT_START);
    if (notAuthor) { skipNext = piece.length === notAuthor[0].length; continue; }
    const label = piece.match(AUTHOR_LABEL);
    if (label) { printedBy ||= /^by\b/i.test(label[0]); piece = piece.slice(label[0].length); }
    const zhRole = piece.match(ROLE_ZH_AT_START);
    if (zhRole) { pendingRole = zhRole[0].replace(/[\s:：]+/gu, ''); piece = piece.slice(zhRole[0].length); }
    piece = withoutFollowAndCounters(piece).replace(DECORATION, '').trim();
    const enRole = piece.match(ROLE_EN);
    const role = enRole ? titleCase(enRole[1]!) : null;
    if (enRole) piece = piece.slice(0, enRole.index).trim();
    const names = splitNames(piece);
    if (names.length === 0) {
      // A role on its own: an English one belongs to the names before it, a Chinese one to those after.
      if (role) for (const author of authors) author.role ??= role;
      continue;
    }
    // a name printed twice (a profile link beside the name) is one author
    for (const name of names) if (!find(authors, (a) => a.name === name)) authors.push({ name, role: role ?? pendingRole });
    pendingRole = null;
  }
  return authors.length ? { display: display(authors, printedBy), authors } : null;
}

/**
 * A line of body text that is a byline ("By Meg James", "□ 本报记者 张三"): short, marked by a label or a
 * role, and naming only what look like names. Null for a sentence that merely starts with "By".
 */
export function bylineLine(text: string): Byline | null {
  if (text.length > 80) return null;
  // the paper's commentator signs for it: a byline that names no one
  const commentator = COMMENTATOR_LINE.exec(text);
  if (commentator) return { display: commentator[1]!, authors: [] };
  const byline = parseByline([text]);
  if (!byline) return null;
  const marked = BYLINE_MARK.test(text) || filter(byline.authors, (a) => a.role !== null).length > 0;
  const named = filter(byline.authors, (a) => LOOKS_LIKE_A_NAME.test(a.name)).length === byline.authors.length;
  return marked && named ? byline : null;
}

/**
 * A Chinese site's info bar under the headline ("2023-02-11 09:35 来源：滨江日报 作者：张三 编辑：李四"): labelled
 * credits and the date. Its authors are those a label or a role names (never the source, editor or photographer);
 * null when the line is no info bar.
 */
export function infoBarCredits(text: string): { byline: Byline | null; date: string | null } | null {
  if (text.length > 200 || !INFO_BAR_LABEL.test(text)) return null;
  const byline = AUTHOR_IN_INFO_BAR.test(text) ? parseByline([text]) : null;
  const named = byline !== null && byline.authors.length > 0 && filter(byline.authors, (a) => LOOKS_LIKE_A_NAME.test(a.name)).length === byline.authors.length;
  return { byline: named ? byline : null, date: printedDate(text) };
}

const INFO_BAR_LABEL = /(?:来源|稿源|作者|编辑|责任编辑|责编|发布时间|发布日期|发表时间|更新时间)\s*[:：]|(?:时间|日期)\s*[:：]\s*\d{4}/u;
const AUTHOR_IN_INFO_BAR = new RegExp(`(?:作者|撰文)\\s*[:：]|(?<!\\p{Script=Han})文\\s*[:：/／]|${ROLE_ZH.source}`, 'u');

/** A commentary signed by the paper's (or an agency's) commentator: □ 湖北日报评论员, 本报评论员, 新华社评论员. */
const COMMENTATOR_LINE = /^[\s□■●◆◎]*((?:本报|特约|\p{Script=Han}{1,6}(?:日报|报|社|网))?评论员)$/u;
const BYLINE_MARK = /^[\s□■●◆（(【]*(?:by\s|作者|撰文|文\s*[:：/／])/iu;
const LOOKS_LIKE_A_NAME = /^(?:\p{Script=Han}{2,4}|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})$/u;

const ROLE_ZH_AT_START = new RegExp(`^${ROLE_ZH.source}\\s*[:：]?\\s*`, 'u');
const NOT_AUTHOR_LABEL_AT_START = new RegExp(`^(?:${NOT_AUTHOR_LABEL.source})\\s*`, 'iu');

function joinAtElementBoundaries(parts: readonly string[]): string {
  let text = '';
  for (const part of parts) {
    const glued = /\S$/.test(text) && /^\S/.test(part);
    text += (glued ? '\n' : '') + part;
  }
  return text.replace(/\s+/g, (space) => (space.includes('\n') ? '\n' : ' '));
}

function cutAtDate(piece: string): string {
  const date = DATE_OR_TIME.exec(piece);
  return date ? piece.slice(0, date.index) : piece;
}

function withoutFollowAndCounters(piece: string): string {
  return filter(piece.split(/\s+/), (word) => !FOLLOW_OR_COUNTER_WORD.test(word)).join(' ');
}

function splitNames(piece: string): string[] {
  const names: string[] = [];
  for (const part of piece.split(NAME_SEPARATOR)) {
    const name = part.replace(DECORATION, '').trim();
    if (!name || !/\p{L}/u.test(name) || /^(?:and|by|with|文|图)$/i.test(name)) continue;
    // Chinese names stand side by side with only a space between them.
    const words = name.split(/\s+/);
    if (words.length > 1 && filter(words, (w) => /^\p{Script=Han}{2,4}$/u.test(w)).length === words.length) names.push(...words);
    else if (words.length <= 5 && name.length <= 60) names.push(words.length > 1 && ALL_CAPS.test(name) ? titleCase(name) : name);
  }
  return names;
}

/** A name set in capitals ("By BILL HOPPE") is written as a reader would; one word ("AP", "AFP") may be an acronym. */
const ALL_CAPS = /^[\p{Lu}\s'’.-]+$/u;

function titleCase(role: string): string {
  return role === role.toLowerCase() || role === role.toUpperCase() ? role.toLowerCase().replace(/(^|[\s'’.-])(\p{L})/gu, (_, before: string, c: string) => before + c.toUpperCase()) : role;
}

/**
 * A page's section printed where a byline goes ("Editorial", "Opinion"): a label of the page, no author. The
 * trade's section names, not any one site's.
 */
const SECTION_LABEL = /^(?:the\s+)?(?:editorials?|opinions?|analysis|commentary|comment|letters?|news|features?|sports?|business|world|politics|local|national|lifestyle|culture|reviews?|社论|评论|观点)$/iu;

export function isSectionLabel(name: string): boolean {
  return SECTION_LABEL.test(name.trim());
}

/** The byline of some of a byline's authors, printed as it was ("By …" where it said so). */
export function bylineOf(byline: Byline, authors: readonly Author[]): Byline | null {
  if (authors.length === byline.authors.length) return byline;
  return authors.length ? { display: display(authors, /^By /.test(byline.display)), authors: [...authors] } : null;
}

/** English: "By A and B, Staff Writer", each role after its names; Chinese: "本报记者 张三 李四", each role before. */
function display(authors: readonly Author[], printedBy: boolean): string {
  const groups: Array<{ role: string | null; names: string[] }> = [];
  for (const { name, role } of authors) {
    const last = groups[groups.length - 1];
    if (last && last.role === role) last.names.push(name);
    else groups.push({ role, names: [name] });
  }
  const groupTexts = map(groups, ({ role, names }) => {
    if (HAN.test(names.join(''))) return (role ? `${role} ` : '') + names.join(' ');
    const joined = names.length > 1 ? `${slice(names, 0, -1).join(', ')} and ${names[names.length - 1]}` : names[0]!;
    return role ? `${joined}, ${role}` : joined;
  });
  // Chinese bylines print their groups side by side ("本报记者 张三 通讯员 李四").
  const text = groupTexts.join(HAN.test(groupTexts.join('')) ? ' ' : '; ');
  return printedBy && !HAN.test(text) ? `By ${text}` : text;
}

const NUMERIC_DATE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2}):(\d{2}))?/u;
const MONTH_DAY_YEAR = new RegExp(String.raw`${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+(\d{4})\b`, 'i');

/**
 * The date a dateline or byline box prints ("Nov. 19, 2019", "19 Nov 2019", "2019年11月19日 10:00"), as an
 * ISO date (with the time where one is printed with a numeric date); null when it prints none.
 */
export function printedDate(text: string): string | null {
  const pad = (n: string) => n.padStart(2, '0');
  const iso = (year: string, month: number, day: string, time = '') =>
    month >= 1 && month <= 12 && Number(day) >= 1 && Number(day) <= 31 ? `${year}-${pad(String(month))}-${pad(day)}${time}` : null;
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) return iso(numeric[1]!, Number(numeric[2]), numeric[3]!, numeric[4] ? `T${pad(numeric[4])}:${numeric[5]}` : '');
  const monthFirst = MONTH_DAY_YEAR.exec(text);
  if (monthFirst) return iso(monthFirst[3]!, indexOf(MONTHS, monthFirst[1]!.toLowerCase()) + 1, monthFirst[2]!);
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  if (dayFirst) return iso(dayFirst[3]!, indexOf(MONTHS, dayFirst[2]!.toLowerCase()) + 1, dayFirst[1]!);
  return null;
}

/**
 * A line that is a date or a time and nothing more ("November 19, 2019 at 5:10 pm", "2019-11-19 17:10", "Updated
 * 5:10 p.m. ET"): a timestamp, which titles no story.
 */
export function isTimestampLine(text: string): boolean {
  const t = text.trim();
  if (t.length > 60 || !(printedDate(t) || /\d{1,2}:\d{2}/.test(t))) return false;
  return t.replace(TIMESTAMP_WORDS, '').replace(/[\d\s,.:/\-–—|·•()年月日时分秒]+/gu, '').length <= 3;
}

const TIMESTAMP_WORDS = new RegExp(String.raw`${MONTH}|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:at|on|am|pm|a\.m|p\.m|updated|published|posted)\b|星期.|周.|更新|发布`, 'giu');

/** Lines a site prints above or below every article body: the original title, source and editor credits, prompts. */
const BOILERPLATE_LINE = new RegExp([
  String.raw`^[（(【\[]?\s*(?:原标题|原题|来源|本文来源|稿件来源|责任编辑|责编|编辑|声明)\s*[:：]`,
  String.raw`^返回.{0,8}查看更多`,
  String.raw`^(?:share|tweet|email|print)(?: this(?: article| story)?)?(?: on \w+)?\s*[:!]?$`,
  String.raw`^(?:follow|like) (?:us|me|\w+(?: \w+)?) on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky)\b`,
  String.raw`^(?:关注|分享到|点击关注|扫码关注)`,
  String.raw`\bnewsletters?\b.{0,80}\b(?:sign up|subscribe|inbox)\b|\b(?:sign up|subscribe)\b.{0,80}\bnewsletters?\b`,
].join('|'), 'iu');

/** A lead-in to a list of links closing an article ("More:", "相关阅读"): it and what follows are not the story. */
const CLOSING_LINKS_LEAD_IN = /^(?:more|read more|related|see also|also read|相关阅读|延伸阅读|推荐阅读|相关新闻)\s*[:：]?$/iu;

export function isBoilerplateLine(text: string): boolean {
  return text.length < 300 && (BOILERPLATE_LINE.test(text.trim()) || infoBarCredits(text.trim()) !== null);
}

export function leadsInToClosingLinks(text: string): boolean {
  return CLOSING_LINKS_LEAD_IN.test(text.trim());
}
