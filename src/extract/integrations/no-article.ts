/** The last resort: nothing on the page reads as an article or a set of stories. */
import type { Integration } from './context.js';

export const noArticle: Integration<true> = {
  kind: 'none',
  detect: () => true,
  read: () => [],
};
