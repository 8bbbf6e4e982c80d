/**
 * Words in class names, ids and roles that say what a page region is. Trade vocabulary of web
 * templates, not of any one site.
 */

/** Regions that are almost never the article: skipped when scoring unless nothing else is found. */
export const UNLIKELY = /ad-break|adsense|advert|agegate|banner|breadcrumb|comment|community|cookie|consent|disqus|footer|gdpr|masthead|menu|modal|newsletter|outbrain|pager|paging|pagination|paywall|popup|promo|related|recommend|remark|replies|rss|share|sharing|shoutbox|sidebar|signup|skyscraper|social|sponsor|subscribe|taboola|toolbar|trending|widget/i;

/** Names that rescue an otherwise unlikely-looking region (e.g. "main-sidebar-content"). */
export const MAYBE = /article|body|column|content|main|story|text|entry|post/i;

export const POSITIVE = /article|body|content|entry|hentry|h-entry|main|post|text|blog|story|detail|news-?txt|zhengwen|正文/i;

export const NEGATIVE = /-ad-|^ad-|\bads?\b|advert|banner|byline|caption|combx|comment|contact|copyright|credit|foot|gdpr|hidden|masthead|media|meta|more|nav|outbrain|promo|related|recommend|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|social|subscribe|newsletter|tags?\b|toolbar|widget|breadcrumb|hot|rank|login/i;

/**
 * Class/id names of a box about the writer (a bio under the article, a byline box): not the story, even where
 * the name also says "post".
 */
export const AUTHOR_BOX = /author-?(?:info|bio|box)|about-?(?:the-?)?author|post-author/i;

export const UNLIKELY_ROLES = /^(navigation|complementary|banner|contentinfo|menu|menubar|dialog|alertdialog|search|toolbar)$/;

/** Class/id names of a byline; not "authority", "authorization" or "authoring" (a navbox, a login, a reference). */
export const BYLINE = /byline|author(?!it|iz|is|ing)|writer|reporter|dateline|作者|记者/i;

/** Class/id names of the element that prints the publication date. */
export const DATELINE = /dateline|pub-?(?:date|time)|publish(?:ed)?-?(?:date|time|at|on)?\b|post-?(?:date|time)|article-?(?:date|time)|\bdate\b|timestamp|发布时间|日期/i;

export const CAPTION = /caption|credit|photo-?desc|img-?desc|pic-?info|图片说明/i;

/** Class/id names of a standfirst printed under the headline (a subheadline in print terms). */
export const DEK = /\b(?:dek|deck|standfirst|strapline|sub-?head(?:line)?|sub-?title|lede|article-?summary)\b/i;
