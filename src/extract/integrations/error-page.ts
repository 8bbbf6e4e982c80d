/**
 * A server's error page (404, 500 …): its title or main heading says the page could not be found or served,
 * and little text follows. It holds no article; the reader is told the page could not be loaded. An article
 * about such things ("Page not found: why broken links cost readers") has a body, and is read.
 */
import { filter, find, map } from '../builtins.js';
import { collapseSpace } from '../text-stats.js';
import type { Integration } from './context.js';

/** The words of the trade's error pages, English and Chinese (status codes and their reason phrases). */
const ERROR_PAGE_TITLE = new RegExp([
  String.raw`^(?:(?:http\s*)?error\s*)?[45]\d\d(?:\s*(?:error|[-–—:|]|not found|forbidden|gone|internal server error|bad gateway|service unavailable)|$)`,
  String.raw`\b(?:page|file|article|content|story)\s+(?:was\s+)?(?:not found|(?:could|can)\s*not be found|cannot be found|does\s*n[o']t exist|no longer exists|is unavailable)`,
  String.raw`^(?:not found|internal server error|bad gateway|service unavailable|forbidden)\b`,
  String.raw`^(?:oops|sorry|whoops)\b.{0,40}\b(?:not found|went wrong|can(?:'|no)?t (?:be )?found|can(?:'|no)?t find)`,
  String.raw`页面.{0,8}(?:不存在|找不到|未找到|已删除|无法访问|走丢)|(?:找不到|未找到).{0,6}页面|服务器错误|出错了|^(?:错误\s*)?[45]\d\d(?:\D|$)`,
].join('|'), 'iu');

/** A short paragraph: an error page's apology and its links, less than an article's two or three sentences. */
const MAX_TEXT = 300;

export const errorPage: Integration<true> = {
  kind: 'error-page',
  detect(page) {
    const { captures } = page.model;
    const title = collapseSpace(find(captures, (c) => c.kind === 'title')?.text ?? '').trim();
    const headings = map(filter(captures, (c) => c.kind === 'h1'), (c) => collapseSpace(c.text).trim());
    const says = filter([title, ...headings], (t) => t.length > 0 && t.length <= 100 && ERROR_PAGE_TITLE.test(t)).length > 0;
    if (!says) return null;
    const main = page.main();
    return !main || main.weight < MAX_TEXT ? true : null;
  },
  read: () => [],
};
