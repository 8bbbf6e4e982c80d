/** Node only: an HTML string into a Document for the extraction code the content script runs. */
import { parseHTML } from 'linkedom';

export const parseHtml = (html: string): Document => parseHTML(html).document as unknown as Document;
