/** A plain-text document (text/plain shown as a <pre>, or a page that is one <pre>): every line, as it is. */
import { IN_PRE } from '../page-model.js';
import { linesWithin, type Integration } from './context.js';

export const plainText: Integration<number> = {
  kind: 'plain',
  detect({ model, totals }) {
    const body = model.body;
    if (totals.weight[body]! === 0) return null;
    if (/^text\/plain\b/i.test(model.contentType)) return body;
    for (const line of model.lines) if ((line.flags & IN_PRE) === 0) return null;
    return body;
  },
  read: ({ model }, root) => linesWithin(model, root),
};
