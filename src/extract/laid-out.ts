/**
 * A printed page set as positioned text (a text layer) and its layout: kept apart from the rest of extraction so
 * that the extension loads the layout stage only for such a page.
 */
import type { ExtractedText } from '../core/types.js';
import { layoutPage } from '../layout/index.js';
import type { PositionedPage } from '../layout/model.js';
import { toText } from './lines.js';

/**
 * A printed page set as positioned text, as the DOM gives it: its runs, still to lay out (`laidOut`), with the
 * page's metadata. The content script hands it over so: the layout runs in the extension.
 */
export interface PositionedRead extends Omit<ExtractedText, 'kind' | 'text' | 'lines'> {
  kind: 'positioned';
  positioned: PositionedPage;
}

/** A printed page's runs laid out: its lines in reading order, a page of several stories. */
export function laidOut({ positioned, ...page }: PositionedRead): ExtractedText {
  const { lines } = layoutPage(positioned);
  return { ...page, kind: 'multi', text: toText(lines), lines };
}
