/**
 * Trade vocabulary of news pages, as small anchored patterns. Every pattern here is applied to a bounded slice of
 * a line (its head or tail, see `head`/`tail`), never to a whole line of unbounded length, and none nests
 * quantifiers: matching stays linear whatever the input.
 */

/** The first / last characters of a line: all any pattern needs to see. */
export const head = (text: string, n = 120) => (text.length > n ? text.slice(0, n) : text);
export const tail = (text: string, n = 120) => (text.length > n ? text.slice(-n) : text);

const CJK_NAME = '[\\u3400-\\u9fff·]{1,5}';
/** News agencies and sites whose dispatches open 新华社北京7月10日电; 据 relays one (据新华社电). */
const WIRE = '据?(?:新华社|中新社|中新网|人民网|央视网|新华网)';
/** A reporter's role, of this paper (本报) or another named one (光明日报记者, 新华社记者, 湖北日报全媒记者). */
const ROLE = '(?:(?:本报|[\\u3400-\\u9fff]{2,6}?(?:日报|晚报|报|社|网|台))?(?:特约|实习|首席|全媒体?)?(?:记者|通讯员|实习生|摄影|撰稿|撰文|编译|见习记者))';
/** This paper's own news, as its opening names it: 本报讯, or the paper by name (湖北日报讯). */
const OWN_NEWS = '(?:本报|[\\u3400-\\u9fff]{2,8}?(?:日报|晚报|报))讯';

/** Openings of a story's first paragraph: 本报讯, 本报记者…报道, 新华社…电, `CITY —`, `CITY (AP) —`. */
const OPENINGS: RegExp[] = [
  new RegExp(`^${OWN_NEWS}`),
  /^本报(?:北京|[\u3400-\u9fff]{2,8})?\d{0,2}月?\d{0,2}日?电/,
  /^本报记者/,
  new RegExp(`^${WIRE}[\\u3400-\\u9fff\\d ]{0,16}电`),
  /^[（(](?:记者|通讯员|本报记者)[^）)\n]{1,40}[）)]/,
  /^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?(?: \((?:AP|Reuters|AFP|UPI|Bloomberg|CNN|[A-Z]{2,5})\))? ?[—–]{1,2} ?/,
  /^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][a-z]{2,8}\.? \d{1,2})? \([A-Za-z]{2,12}\) ?-{1,2} /,
];

export function isOpening(text: string): boolean {
  const h = head(text, 80);
  return OPENINGS.some((re) => re.test(h)) || REPORTED.test(h);
}

/** The dateline inside an opening: the words up to the first comma or the dash (a copy, the text stays). */
export function datelineOf(text: string): string | null {
  const h = head(text, 60);
  const dash = /^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?(?: \d{1,2})?(?: \([A-Za-z]{2,12}\))?) ?(?:[—–]{1,2}|-{1,2}) ?/.exec(h);
  if (dash) return dash[1]!;
  const wire = new RegExp(`^((?:${WIRE}|本报)[^，。,；]{0,20}?电)`).exec(h);
  if (wire) return wire[1]!;
  const reported = REPORTED.exec(h);
  if (reported) return reported[0].replace(/[：:，,]$/, '');
  const bracketed = BRACKETED_OPENING.exec(h);
  if (bracketed && !/^[（(]/.test(bracketed[0])) {
    // the opening and its credit, with the time where one follows it (7月10日, 近日); the lead's words are no dateline
    const rest = /^[^，。,；]{0,12}(?=[，,])/.exec(h.slice(bracketed[0].length))?.[0] ?? '';
    return (bracketed[0] + (WHEN.test(rest) ? rest : '')).trim();
  }
  const own = OWN_OPENING.exec(h);
  return own ? own[1]!.trim() : null;
}

/** An opening that names its reporters and says 报道: 本报记者 张三 通讯员 李四 报道：… */
const REPORTED = new RegExp(`^(?:本报讯\\s?)?((?:本报|${WIRE})?(?:特约|实习|首席)?记者\\s?${CJK_NAME}(?:\\s?(?:${ROLE}\\s?)?${CJK_NAME}){0,6})\\s?报道[：:，,]?`);
const OWN_OPENING = new RegExp(`^((?:${OWN_NEWS}|本报记者)[^，。,；]{0,24}?)[，,。]`);
/** When a dispatch happened, as its opening says it. */
const WHEN = /^\s?(?:\d{1,2}\s?[月日]|近日|日前|昨天|昨日|今天|今日|当天|当日)/;
const BRACKETED_OPENING = new RegExp(`^(?:${OWN_NEWS}|本报[\\u3400-\\u9fff\\d ]{0,12}电|${WIRE}[\\u3400-\\u9fff\\d ]{0,16}电)?\\s?[（(]((?:记者|通讯员|本报记者|特约记者|实习生)[^）)]{1,40})[）)]`);

/**
 * A byline inside an opening — 本报讯（记者 X 通讯员 Y）, 新华社北京7月10日电（记者 X）, 本报记者 X 报道： — copied,
 * the text stays in the paragraph.
 */
export function inlineBylineOf(text: string): string | null {
  const h = head(text, 80);
  const m = BRACKETED_OPENING.exec(h) ?? REPORTED.exec(h);
  return m ? m[1]!.trim() : null;
}

const CJK_BYLINE_TOKEN = new RegExp(`^(?:${ROLE}|${ROLE}?${CJK_NAME})$`);
const ROLE_ONLY = new RegExp(`^${ROLE}$`);
const ROLE_SPLIT = /(?:本报)?(?:特约|实习|首席|见习|全媒体?)?(?:记者|通讯员|实习生|撰稿|撰文|编译)/g;
/** Marks set before a credit (■ 本报记者 张三, ◎ 记者 张三), and brackets around one. */
const BULLET = '[■●◆□◎★☆◇○•]';
const BULLETS = /[（(）)■●◆□◎★☆◇○•]/g;
const ROLE_WORD = /记者|通讯员|实习生|摄影|撰稿|撰文|编译/;
/** Credits written with a slash or colon: 文/张三 图/李四, 记者：王五. */
const SLASH_CREDIT = new RegExp(`^${BULLET}?\\s?(?:(?:文|图|文图|文·图|记者|摄影|通讯员|作者)\\s?[/／:：]\\s?(?:${ROLE}\\s?)?[\\u3400-\\u9fff·]{2,5}\\s?){1,4}$`);
const CREDIT_PARTS = `${ROLE}\\s?${CJK_NAME}(?:\\s?${ROLE}\\s?${CJK_NAME}|\\s${CJK_NAME}){0,6}`;
const TRAILING_BYLINE = new RegExp(`[。！？”」）)]\\s?(${CREDIT_PARTS}|[（(]${CREDIT_PARTS}[）)])$`);

/** A Chinese byline standing on its own: 记者 景静 / 记者 景静 通讯员 左学彬 周祎 / 本报记者 张三 李四 / 文/张三 图/李四. */
export function isCjkBylineLine(text: string): boolean {
  if (text.length > 60 || OPENS_DISPATCH.test(text)) return false;
  if (SLASH_CREDIT.test(text) || isBracketedName(text) || COMMENTATOR.test(text.replace(BULLETS, '').trim())) return true;
  if (!ROLE_WORD.test(text)) return false;
  // a text layer that spaced its letters out loses the spaces of a credit too (记者孟然通讯员白露): roles split it
  const tokens = text.replace(BULLETS, ' ').replace(ROLE_SPLIT, ' $& ').trim().split(' ').filter(Boolean);
  if (!tokens.length || !tokens.some((t) => ROLE_WORD.test(t))) return false;
  if (ROLE_ONLY.test(tokens[tokens.length - 1]!)) return false;
  return tokens.every((t) => CJK_BYLINE_TOKEN.test(t));
}

/** A line that opens a dispatch (本报讯（记者 X…, 新华社北京…电): an opening, whatever names follow in it. */
const OPENS_DISPATCH = new RegExp(`^(?:${OWN_NEWS}|本报[\\u3400-\\u9fff]{0,8}\\d{0,2}月?\\d{0,2}日?电|${WIRE}[\\u3400-\\u9fff\\d ]{0,16}电)`);

/** A commentary signed by the paper's (or an agency's) commentator: 本报评论员, 特约评论员, 新华社评论员. */
const COMMENTATOR = /^(?:本报|特约|[\u3400-\u9fff]{1,6}(?:日报|报|社|网))?评论员$/;

/** Bracketed words that close a paragraph but name no one: 未完待续, 完, 图略. */
const NOT_A_NAME = /^(?:待续|未完|未完待续|完|续|图略|附图|略|全文完|转载)$/;

/** A bare name in brackets, as briefs are signed: （李明） （李 明）. */
function isBracketedName(text: string): boolean {
  const m = /^[（(]([\u3400-\u9fff]{1,3}) ?([\u3400-\u9fff]{0,3})[）)]$/.exec(text);
  if (!m) return false;
  const name = m[1]! + m[2]!;
  return name.length >= 2 && name.length <= 4 && !NOT_A_NAME.test(name);
}

/**
 * A closing Chinese byline at the end of a paragraph's last line — …再立新功。记者 景静 / …工作。（记者 张三） —
 * returned (brackets and all, as printed) with the offset where it starts, or null.
 */
export function trailingCjkByline(text: string): { at: number; byline: string } | null {
  const t = tail(text, 64);
  const named = /[。！？”」]\s?([（(][\u3400-\u9fff ]{2,5}[）)])$/.exec(t);
  if (named && isBracketedName(named[1]!)) return { at: text.length - named[1]!.length, byline: named[1]! };
  if (!ROLE_WORD.test(t)) return null;
  const m = TRAILING_BYLINE.exec(t);
  if (!m || !isCjkBylineLine(m[1]!)) return null;
  return { at: text.length - m[1]!.length, byline: m[1]! };
}

/** A bare personal name on a line of its own (a Chinese author line: 梁玉春, 肖 培). */
export function isBareCjkName(text: string): boolean {
  return /^[\u3400-\u9fff]{2,4}$/.test(text) || /^[\u3400-\u9fff]{1,2} [\u3400-\u9fff]{1,2}$/.test(text) && text.length <= 4;
}

/**
 * The commonest Chinese surnames (about nine people in ten bear one of them), and compound ones: a short phrase
 * that opens with none is seldom a person's name.
 */
const CJK_SURNAMES = new Set('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'.split(''));
const CJK_COMPOUND_SURNAMES = /^(?:欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|令狐|司徒|夏侯|长孙|宇文|端木|独孤|南宫|西门|轩辕|呼延)/;

/** A bare name (or a row of names) whose first name opens with a common surname: a person, not a short phrase. */
export function isCjkPersonalName(text: string): boolean {
  if (!isBareCjkName(text) && !isCjkNameList(text)) return false;
  return CJK_SURNAMES.has(text[0]!) || CJK_COMPOUND_SURNAMES.test(text);
}

/**
 * Several personal names in a row, set apart by wide spaces (汪 涛 吴光胜 胡查平, 周 江 张济坤): an author line. A
 * two-letter name is often spread over a three-letter name's width (汪 涛), so two lone letters side by side make one
 * name; every name then has two to four letters, and one at least was printed whole (a letter-spaced line of text
 * is all lone letters).
 */
export function isCjkNameList(text: string): boolean {
  if (text.length > 24 || !/^[\u3400-\u9fff]{1,4}(?: +[\u3400-\u9fff]{1,4}){1,7}$/.test(text)) return false;
  const tokens = text.split(/ +/);
  if (!tokens.some((t) => t.length >= 2)) return false;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.length >= 2) continue;
    if (tokens[k + 1]?.length !== 1) return false;
    k++;
  }
  return true;
}

/** Names as a By line lists them: several, after commas, joined by 'and' in the page's language (and, e, et, und, y). */
const LATIN_NAME = "[A-Z][\\w.'’-]*,?(?: (?:[A-Z][\\w.'’-]*,?|and|&|e|et|und|y|de|van|von|la|del|da)){0,8}";
/** What may follow the name on a By line: a role, a paper, an e-mail address — after a comma, slash or bar. */
const BY_SUFFIX = "(?:,? ?[/|]? ?(?:(?:Staff|Special|Associated|The|Senior|Contributing)\\b[\\w ]{0,30}|[A-Z][\\w]{1,20} Staff(?: Writer| Reporter)?|For [\\w ]{1,30}|[\\w.+-]{1,40}@[\\w-]{1,40}(?:\\.[\\w-]{1,20}){1,4}))?";
/** 'By' as papers in Latin script print it: By (en), di (it), par (fr), von (de), por (es), door (nl). */
const BY_LINE = new RegExp(`^(?:By|BY|[Dd]i|DI|[Pp]ar|PAR|[Vv]on|VON|[Pp]or|POR|[Dd]oor|(?:Story|Text|Photos?|Story and photos?|Compiled|Written|Reported|Words) by|(?:COMPILED|WRITTEN|REPORTED) BY):? ${LATIN_NAME}${BY_SUFFIX}$`);
const CREDITED_NAME = /^(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3},? ?(?:[/|] ?)?)?(?:Staff Writer|Staff Reporter|Associated Press|The Associated Press|Reuters|Contributing Writer|Special to the [\w ]{1,30})$/;

/** English bylines: By NAME (with a role, paper or e-mail after it), NAME / Staff Writer, Associated Press credits. */
export function isLatinBylineLine(text: string): boolean {
  if (text.length > 80) return false;
  return BY_LINE.test(text) || CREDITED_NAME.test(text);
}

/**
 * A personal name alone: a given name and a surname, a middle initial allowed (Sam Park, Mary J. McCarthy). Three
 * words in title case read as a headline as often as a name (Brayden Ebbs Shines), so they do not count.
 */
export function isLatinPersonalName(text: string): boolean {
  return text.length <= 40 && /^[A-Z][a-z'’-]+(?: [A-Z]\.)?(?: (?:Mc|Mac|O’|O')?[A-Z][a-z'’-]+)(?:,? (?:Jr\.|Sr\.|III))?$/.test(text) &&
    // a headline set in title case has its small words capitalised too (To District Meet): no name has them
    !/\b(?:To|Of|In|On|At|For|The|And|A|An|With|From|By|As|Is|Are|Was|Be|Not|Up|Out|Over|After|New|Gets?|Wins?|Top)\b/.test(text);
}

/**
 * A signature closing a letter or a column: a personal name, perhaps after a dash and with the writer's town after
 * a comma (Tom Brown, Eastfield / — Linda Park, Millbrook). Never a By line, which opens a story.
 */
export function isLatinSignature(text: string): boolean {
  const m = /^(?:[—–-]{1,2} ?)?([^,]{3,40})(?:, [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2})?$/.exec(text);
  return m !== null && !/^By\b/i.test(m[1]!) && isLatinPersonalName(m[1]!);
}

/** A place on a line of its own under a signature: one to three capitalised words (Harlan, St. Paul, Minn.). */
export function isPlaceLine(text: string): boolean {
  return text.length <= 40 && /^[A-Z][\w.'’-]+(?:,? [A-Z][\w.'’-]+){0,2}$/.test(text);
}

/** The line after a By-line that completes it: Of the Keizertimes, Staff Writer, The Associated Press. */
export function isBylineContinuation(text: string): boolean {
  return text.length <= 60 && (/^(?:Of|For) the [A-Z][\w .'’-]{1,40}$|^(?:Staff Writer|Staff Reporter|The Associated Press|Associated Press|Reuters|Contributing Writer)$/.test(text) ||
    /^[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,4}$/.test(text));
}

/** Where a byline's completion (Of the Keizertimes, Staff Writer) ends a line of text, or -1. */
export function trailingBylineContinuation(text: string): number {
  const m = /(?:Of|For) the [A-Z][\w'’-]{1,30}(?: [A-Z][\w'’-]{1,30}){0,3}$|Staff (?:Writer|Reporter)$/.exec(tail(text, 80));
  return m ? text.length - m[0].length : -1;
}

/** A jump line at the end of a paragraph's last line — …的工作。（下转第3版） — with the offset where it starts. */
export function trailingJump(text: string): number {
  const t = tail(text, 24);
  const m = /[（(](?:下转|上接|转|接)第?\s?[\dA-Z一二三四五六七八九十]{1,3}\s?版[）)]$/.exec(t);
  return m ? text.length - m[0].length : -1;
}

/**
 * A jump set after a bullet at the end of a Latin line — di Massimo Pisa ● a pagina 8, …the council said. ► Page 3 —
 * with the offset where the bullet starts, or -1.
 */
export function trailingLatinJump(text: string): number {
  const t = tail(text, 60);
  const at = t.search(/ [●•►▶▸→➤■] ?[^●•►▶▸→➤■]{3,40}$/);
  if (at < 0) return -1;
  const jump = t.slice(at + 1);
  return isJumpLine(jump) || /^[●•►▶▸→➤■] ?(?:Page [A-Z]?\d{1,3}[A-Z]?)$/i.test(jump) ? text.length - t.length + at : -1;
}

/** Chinese photo captions: 图为…, ▲…, 上图：… (with the photographer's credit, 本报记者 X 摄). */
export function isCjkCaptionStart(text: string): boolean {
  return /^(?:图为|▲|△|图[①-⑩\d][:：\s]?|[上下左右]图[:：为]|图片说明[:：])/.test(text);
}

/**
 * A pointer to where a story goes on, in the words of other papers: a pagina 8, alle pagine 20 e 21, da pagina 2 a 7
 * (Italian), suite page 3 / lire page 5 (French), sigue en la página 4 (Spanish), Fortsetzung auf Seite 3 / weiter
 * auf Seite 3 (German), continua na página 6 (Portuguese), often after a bullet or an arrow.
 */
const OTHER_JUMP = new RegExp(
  '^(?:[●•►▶▸→➤■]\\s?)?(?:' +
  '(?:segue |continua |servizi(?:o)? |articol[io] )?(?:a|alla|alle|da|dalla|dalle|nelle|nella) pagin[ae] \\d{1,3}(?:(?: e | a |-|–)\\d{1,3})?' +
  '|(?:suite|lire(?: la suite)?|voir) (?:en |à la )?pages? \\d{1,3}' +
  '|(?:sigue|continúa|pasa a)(?: en)?(?: la)? páginas? \\d{1,3}' +
  '|(?:Fortsetzung|weiter|mehr) (?:auf|von) Seite \\d{1,3}' +
  '|(?:continua|continuação) (?:na|da) página \\d{1,3}' +
  ')\\.?$', 'i');

/** Jump lines: See X, Page A3 / Continued on Page 4 / 下转第3版 / a pagina 8. */
export function isJumpLine(text: string): boolean {
  if (text.length > 80) return false;
  return OTHER_JUMP.test(text) || /^[●•►▶▸→➤■] ?(?:nello sport|in cronaca|nelle pagine [\w ]{1,20})$/i.test(text) || /^\(?(?:Please )?see [\w'’ .,-]{1,40}?,? (?:on )?page [A-Z]?\d{1,3}[A-Z]?\.?\)?$/i.test(text) ||
    // without the word page, the page itself says it: a section letter and a number (See POLICE, A6 / See X, 3A)
    /^\(?(?:Please )?see [\w'’ .-]{1,40}?,? (?:[A-Z]\d{1,2}|\d{1,2}[A-Z])\.?\)?$/i.test(text) ||
    /^\(?(?:Continued|Cont(?:'|’)?d\.?) (?:on|from) (?:page )?[A-Z]?\d{0,3}[A-Z]?\b/i.test(text) ||
    /^(?:[A-Z][\w'’]{0,20} )?from page [A-Z]?\d{1,3}[A-Z]?$/i.test(text) ||
    /^[（(]?(?:下转|上接|转|接)第?\s?[\dA-Z一二三四五六七八九十]{1,3}\s?版[）)]?$/.test(text);
}

/** A jump at the head of a line of text — （上接第1版）今年以来… — : where the text after it starts, or -1. */
export function leadingJump(text: string): number {
  const m = /^[（(](?:上接|接|下转|转)第?\s?[\dA-Z一二三四五六七八九十]{1,3}\s?版[）)]\s?/.exec(head(text, 24));
  return m && m[0].length < text.length ? m[0].length : -1;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';
const PRINTED_DATE = new RegExp(`^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?(?:${MONTHS}) \\d{1,2},? \\d{4}$`, 'i');

/** Page furniture wherever it stands: running heads, jump lines, web addresses, editor and photo credits. */
export function isFurniture(text: string): boolean {
  if (text.length > 100) return false;
  return isJumpLine(text) ||
    /^(?:本版)?(?:责任编辑|编辑|责编|校对|美编|美术编辑|版式|版式设计|审读|组版|制图|图片编辑|视觉设计|数据来源|资料来源|图表来源)[:：\s]/.test(text) ||
    COLUMN_LABEL.test(text) || isLatinFolioLine(text) ||
    /^[—–-]{1,2} ?(?:From )?(?:staff|wire|staff and wire|news services?) reports?$/i.test(text) ||
    (/\bPAGE [A-Z]?\d{1,3}[A-Z]?\b/.test(text) && !/[a-z]/.test(text)) ||
    /^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|cn|co\.uk|de|fr|info|news)(?:\/\S*)?$/i.test(text) ||
    isPhotoCredit(text);
}

/** The label over a column of briefs (简讯, 短讯…): it heads the column, no one story. */
const COLUMN_LABEL = /^(?:简讯|短讯|快讯|简明新闻|新闻速递|速读|资讯)$/;

/**
 * An index or teaser box: a few lines, each a section or a topic with its page (Classifieds B6, Weather ....... A8).
 * Only whole blocks of them count (see classify.ts).
 */
export function isIndexEntry(text: string): boolean {
  return text.length <= 50 && /^[A-Z][\w'’&,. -]{1,40}?(?: ?\.{2,} ?| )(?:[A-Z]\d{1,2}|\d{1,2}[A-Z]?)$/.test(text) && !/[.!?]$/.test(text);
}

/** Folios and dates: furniture when they stand apart (blank lines around), body text otherwise. */
export function isFolio(text: string): boolean {
  if (text.length > 40) return false;
  return /^\d{4} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日(?: ?星期[一二三四五六日天])?$/.test(text) ||
    /^(?:星期[一二三四五六日天]|第 ?\d{1,3} ?版|[A-Z]?\d{1,3} ?版?)$/.test(text) ||
    /^[A-Z]?\d{1,3} ?[\u3400-\u9fff]{1,5}$/.test(text) ||
    PRINTED_DATE.test(text);
}

const DATE_IN_LINE = new RegExp(`\\b(?:${MONTHS}) \\d{1,2},? \\d{4}\\b`, 'i');

/**
 * A running head printed as one line: the date with the page (3A, B2, A10), the paper's name or the price, set
 * apart by bullets or bars — `4A • WEDNESDAY, JULY 12, 2023 • THE LEDGER`, `Thursday, July 13, 2023 • $1.50`.
 */
function isLatinFolioLine(text: string): boolean {
  if (text.length > 80 || !DATE_IN_LINE.test(text) || /[.!?]["”’]?$/.test(text)) return false;
  return /(?:^|[\s•|·])(?:[A-Z]\d{1,2}|\d{1,2}[A-Z])(?:$|[\s•|·])/.test(text) || /\s[•|·]\s/.test(text);
}

/** A photographer's or picture credit: KEIZERTIMES/Eric Howald, (Photo by Jane Doe / The Ledger), 本报记者 张三 摄. */
export function isPhotoCredit(text: string): boolean {
  return /^[A-Z][A-Z.]+(?: [A-Z][A-Z.]+)?\/[A-Z]/.test(text) ||
    /^(?:Submitted(?: photo)?|Courtesy(?: photo| of [\w .'’-]{1,40})?|File photo|(?:[\w'’]+ ){0,2}Photos? by [\w .'’-]{1,40}|(?:AP|AFP|Reuters) Photo\b.{0,40}|Photo: .{1,40})$/i.test(text) ||
    // in brackets, as captions end: (Photo by Jane Doe / The Ledger), (AP Photo/Sam Lee), (Staff photo)
    /^\((?:(?:Staff |File |Submitted |AP |AFP |Reuters )?Photos? (?:by|courtesy of) [^()]{1,60}|(?:AP|AFP|Reuters|Staff|File|Submitted) [Pp]hoto(?:\/[^()]{1,40})?)\)$/.test(text) ||
    // 摄 closes a photographer's credit, whoever the agency: 本报记者 韩 冰 摄, 新华社记者 张三 摄
    // (a role word or a space before 摄: a line of text may end in 拍摄)
    text.length <= 30 && /^(?:[\u3400-\u9fff]{0,4}(?:记者|通讯员|摄影师?)\s?(?:[\u3400-\u9fff·]{1,5}\s?){1,3}|(?:[\u3400-\u9fff·]{1,5}\s){1,3})摄$/.test(text) ||
    /^(?:图片来源|供图)[:：]|^图[:：]/.test(text) ||
    // a credit for the pictures alone (a writer's credit with it makes a byline): 摄影：周 杰, 图/李四
    /^(?:摄影|图|图片)\s?[/／:：]\s?[\u3400-\u9fff·]{1,5}(?: [\u3400-\u9fff·]{1,4})?$/.test(text);
}

/**
 * A photo's caption as web pages print it, in one line with its credit: a sentence or two closed by the credit
 * ("The bridge on Monday. Photo: Lee Cho/Harbour Times", "…on Monday. (AP Photo/Lee Cho)", "图为通车首日的大桥。记者 张三 摄").
 */
export function endsInPhotoCredit(text: string): boolean {
  if (text.length > CAPTION_CHARS) return false;
  const end = Math.max(text.lastIndexOf('. '), text.lastIndexOf('。'), text.lastIndexOf('! '), text.lastIndexOf('? '));
  return end > 0 && isPhotoCredit(text.slice(end + 1).trim());
}

/** Longest caption read as one: a few sentences under a picture, not a paragraph of the story. */
const CAPTION_CHARS = 300;

/**
 * A Latin line ending in an abbreviation that the next line completes — Aug.| 16, Sen.| Jane Doe, No.| 5 — ends no
 * sentence there, whatever its full stop says.
 */
export function endsInAbbreviation(text: string, next: string): boolean {
  const t = tail(text, 12);
  if (/\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|Nos|Vol|pp?)\.$/.test(t)) return /^\d/.test(next);
  return /\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Lt|Gen|Col|Sgt|Capt|Rev|Prof|Supt|St|Mt|Ft)\.$/.test(t) && /^[A-Z\d]/.test(next);
}
