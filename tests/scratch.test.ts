import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHtml } from '../src/extract/parse-html.node.js';
import { buildPageModel } from '../src/extract/page-model.js';
it('x', () => {
  const doc = parseHtml(readFileSync('../shared/epaper-sites/jxnews_jxrb_index_20171011.html', 'utf8'));
  const m = buildPageModel(doc, { computedStyle: false });
  for (let i = 0; i < m.elements.length; i++) {
    if (m.names[i] !== 'tr') continue;
    const t = (m.elements[i] as any).textContent.replace(/\s+/g, ' ').slice(0, 40);
    if (/版/.test(t)) console.log(i, m.parent[i], m.names[m.parent[i]!], m.end[i], m.names[m.end[i]!], m.parent[m.end[i]!], t);
  }
});
