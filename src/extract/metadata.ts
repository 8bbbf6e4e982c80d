/**
 * Page metadata from what the walk collected: <meta> tags (Open Graph, article:*, name=author …),
 * <link rel>, JSON-LD, <time datetime>, byline elements, <h1> and <title>.
 */
import { ELEMENT_BOUNDARY, IN_UNLIKELY, type PageModel, type Capture, type MetaTag } from './page-model.js';
import { bylineOf, isSectionLabel, parseByline, printedDate, type Author, type Byline } from './credits.js';
import { filter, find, indexOf, map, reduce, sort } from './builtins.js';
import { collapseSpace } from './text-stats.js';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  authors: Author[];
  /** The element the byline was read from; null when it came from meta tags or JSON-LD, or there is none. */
  bylineElement: number | null;
  publishedTime: string | null;
  siteName: string | null;
  lang: string | null;
  canonicalUrl: string | null;
}

export function readMetadata(model: PageModel, url: string | null): PageMetadata {
  const ld = jsonLdArticle(model.captures);
  const meta = (...keys: string[]) => firstMeta(model.metas, keys);
  const siteName = meta('og:site_name', 'application-name') ?? ld.publisher;
  const notAuthors = { sites: siteNames(siteName, meta('application-name'), url), section: meta('article:section') };
  const byline = readByline(model, meta('author', 'article:author', 'byl', 'dc.creator', 'sailthru.author') ?? ld.author, notAuthors);
  return {
    title: readTitle(model, meta('og:title', 'twitter:title') ?? ld.headline, siteName),
    byline: byline?.display ?? null,
    authors: byline?.authors ?? [],
    bylineElement: byline?.element ?? null,
    publishedTime: meta('article:published_time', 'og:article:published_time', 'itemprop:datepublished', 'datepublished', 'pubdate',
      'publishdate', 'publish-date', 'publication_date', 'parsely-pub-date', 'sailthru.date', 'dcterms.created', 'dc.date.issued', 'dc.date', 'date')
      ?? ld.datePublished ?? meta('time:datetime') ?? visibleDate(model),
    siteName,
    lang: model.lang?.trim() || meta('og:locale', 'content-language', 'language'),
    canonicalUrl: resolve(firstMeta(model.links, ['canonical']) ?? meta('og:url'), url),
  };
}

function firstMeta(tags: readonly MetaTag[], keys: readonly string[]): string | null {
  for (const key of keys) {
    for (const tag of tags) {
      if (tag.key === key || indexOf(tag.key.split(/\s+/), key) >= 0) {
        const value = collapseSpace(tag.content).trim();
        if (value && !/^https?:\/\/(www\.)?facebook\.com\//i.test(value)) return value;
      }
    }
  }
  return null;
}

function resolve(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return /^https?:\/\//i.test(href) ? href : null;
  }
}

const TITLE_SEPARATOR = /\s+[|\-–—:·»_]\s+|\s*[|｜_]\s*/;

/** og:title or JSON-LD headline, else the <h1> that matches <title>, else <title> without its site suffix. */
function readTitle(model: PageModel, declared: string | null, siteName: string | null): string | null {
  if (declared) return stripSite(declared, siteName);
  const title = find(model.captures, (c) => c.kind === 'title')?.text ?? '';
  const h1s = filter(map(filter(model.captures, (c) => c.kind === 'h1'), (c) => collapseSpace(c.text).trim()), Boolean);
  const matching = find(h1s, (h) => title.includes(h));
  if (matching) return matching;
  if (title) return stripSite(title, siteName);
  return h1s.length === 1 ? h1s[0]! : null;
}

function stripSite(title: string, siteName: string | null): string {
  const parts = filter(map(title.split(TITLE_SEPARATOR), (p) => p.trim()), Boolean);
  if (parts.length < 2) return title;
  if (siteName) {
    const kept = filter(parts, (p) => p !== siteName && !siteName.includes(p));
    if (kept.length > 0 && kept.length < parts.length) return kept.join(' – ');
  }
  // The longest part is the headline; section and site names are short.
  const longest = reduce(parts, (a, b) => (b.length > a.length ? b : a), '');
  return longest.length >= title.length * 0.4 ? longest : title;
}

/** The page's byline element parsed into authors, else the declared author (meta tags, JSON-LD). */
function readByline(model: PageModel, declared: string | null, notAuthors: NotAuthors): (Byline & { element: number | null }) | null {
  // Outermost first ("By Jane Doe" rather than the link inside it): captures close inner-first. Those in a
  // region that is not the article (a rail of trending stories, each with its byline) come last.
  const unlikely = (c: Capture) => ((model.flags[c.el] ?? 0) & IN_UNLIKELY) !== 0 ? 1 : 0;
  const bylines = sort(filter(model.captures, (c: Capture) => c.kind === 'byline'), (a, b) => unlikely(a) - unlikely(b) || a.el - b.el);
  for (const c of bylines) {
    if (c.text.length >= 300) continue;
    const byline = credited(model, parseByline(c.text.split(ELEMENT_BOUNDARY)), notAuthors);
    if (byline && byline.display.length < 100) return { ...byline, element: c.el };
  }
  // a site that declares itself the author by its address ("51offer.com") names no one
  const named = declared?.replace(WEB_ADDRESS, ' ').replace(/[（(]\s*[)）]/gu, ' ').trim();
  const byline = named ? credited(model, parseByline([named]), notAuthors) : null;
  return byline && { ...byline, element: null };
}

const WEB_ADDRESS = /(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|cn|info|co|io|gov|edu)(?:\.[a-z]{2})?\b(?:\/[^\s()（）]*)?/giu;

/** What a byline may name that is no author: the site itself (its name, its host) and the page's section. */
interface NotAuthors {
  /** Site names and host labels, compared letters and digits only. */
  sites: string[];
  section: string | null;
}

const comparable = (name: string) => name.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]/gu, '');

function siteNames(siteName: string | null, applicationName: string | null, url: string | null): string[] {
  const names: string[] = [];
  for (const name of [siteName, applicationName]) if (name) names.push(comparable(name));
  let host = '';
  try {
    host = url ? new URL(url).hostname : '';
  } catch {
    // no host to compare with
  }
  // "www.aljazeera.com" names the site "aljazeera"; short labels ("co", "com", "cn") name nothing
  for (const label of host.split('.')) if (label.length >= 4 && label !== 'www') names.push(label.toLowerCase());
  return filter(names, Boolean);
}

/** The byline's authors a reader would credit: no section label, not the site, no one the page prints as its editor. */
function credited(model: PageModel, byline: Byline | null, { sites, section }: NotAuthors): Byline | null {
  if (!byline) return null;
  return bylineOf(byline, filter(byline.authors, ({ name }) => !isSectionLabel(name) && name !== section
    && indexOf(sites, comparable(name)) < 0 && !printedAsEditor(model, name)));
}

const EDITOR_LABEL = /(?:责任编辑|责编|编辑|主编|edited by|editor)\s*[:：]?\s*$/iu;

function printedAsEditor(model: PageModel, name: string): boolean {
  for (const line of model.lines) {
    const at = line.text.indexOf(name);
    if (at >= 0 && EDITOR_LABEL.test(line.text.slice(Math.max(0, at - 12), at))) return true;
  }
  return false;
}

/** A date printed on the page where no markup gives one: in a <time>, a dateline or a byline box. */
function visibleDate(model: PageModel): string | null {
  const printers = sort(filter(model.captures, (c) => c.kind === 'time' || c.kind === 'dateline' || c.kind === 'byline'), (a, b) => a.el - b.el);
  for (const c of printers) {
    const date = printedDate(c.text.split(ELEMENT_BOUNDARY).join(' '));
    if (date) return date;
  }
  return null;
}

interface LdArticle {
  headline: string | null;
  author: string | null;
  datePublished: string | null;
  publisher: string | null;
}

const ARTICLE_TYPES = /Article|BlogPosting|Report|NewsArticle|WebPage|LiveBlogPosting/;

/** The first JSON-LD object of an article type, from plain objects, arrays and @graph alike. */
function jsonLdArticle(captures: readonly Capture[]): LdArticle {
  const found: LdArticle = { headline: null, author: null, datePublished: null, publisher: null };
  for (const capture of captures) {
    if (capture.kind !== 'ld-json') continue;
    let data: unknown;
    try {
      data = JSON.parse(capture.text.trim().replace(/^<!--|-->$/g, ''));
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    for (let i = 0; i < queue.length && i < 200; i++) {
      const item = queue[i];
      if (Array.isArray(item)) {
        for (const x of item) queue.push(x);
        continue;
      }
      if (!item || typeof item !== 'object') continue;
      const obj = item as Record<string, unknown>;
      if (Array.isArray(obj['@graph'])) queue.push(obj['@graph']);
      const type = String(obj['@type'] ?? '');
      if (!ARTICLE_TYPES.test(type)) continue;
      found.headline ??= str(obj.headline) ?? str(obj.name);
      found.author ??= names(obj.author);
      found.datePublished ??= str(obj.datePublished) ?? str(obj.dateCreated);
      found.publisher ??= names(obj.publisher);
      if (!/WebPage/.test(type)) return found;
    }
  }
  return found;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? collapseSpace(v).trim() : null;
}

function names(v: unknown): string | null {
  if (typeof v === 'string') return str(v);
  const list = Array.isArray(v) ? v : [v];
  const out: string[] = [];
  for (const x of list) {
    const name = typeof x === 'string' ? str(x) : x && typeof x === 'object' ? str((x as Record<string, unknown>).name) : null;
    if (name) out.push(name);
  }
  return out.length ? out.join(', ') : null;
}
