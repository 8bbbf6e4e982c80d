import type { ExtractedPage } from '../core/types.js';

export interface ExtractOptions {
  url?: string;
}

// Placeholder until extraction lands (issue 4): the body's text, line by line.
export function extractDocument(input: Document, options: ExtractOptions = {}): ExtractedPage {
  const text = (input.body?.textContent ?? '').trim();
  return {
    kind: text ? 'multi' : 'none', title: input.title || null, byline: null, publishedTime: null, siteName: null,
    lang: input.documentElement?.getAttribute('lang') ?? null, url: options.url ?? null, canonicalUrl: null,
    text, lines: text.split('\n').map((t) => ({ text: t })),
  };
}

