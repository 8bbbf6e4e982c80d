/**
 * Page-turn bars ("第1页/共3页 << 上一页 | 下一页 >>", "« Previous | Page 2 of 5 | Next »"): a line made only
 * of page numbers, arrows and the words for turning pages is navigation, never article text.
 */

const PAGE_TURN = /上一页|下一页|前一页|后一页|第\s*\d+\s*页|\b(?:previous|prev|next|older|newer)\b|\bpage\s+\d+/i;
const PAGINATION_ONLY = /^(?:第\s*\d+\s*页|共\s*\d+\s*页|上一页|下一页|前一页|后一页|首页|尾页|末页|\d|[\s<>«»‹›←→|/·.…:：\-–—()（）[\]]|\b(?:previous|prev|next|first|last|page|pages|of|older|newer|posts|entries)\b)+$/i;

export function isPaginationLine(text: string): boolean {
  return text.length <= 80 && PAGE_TURN.test(text) && PAGINATION_ONLY.test(text);
}
