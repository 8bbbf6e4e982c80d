/**
 * Injected on demand by the popup (scripting.executeScript under activeTab); never declared for all pages.
 * Injection can happen several times in one page, so the listener is registered once.
 */
import { isContentRequest } from '../src/messages.js';
import { onExtensionMessage } from '../src/platform/page.js';
import { answer } from './read-page.js';

const marker = Symbol.for('broadsheet.content-script');
const scope = globalThis as typeof globalThis & { [marker]?: true };

if (!scope[marker]) {
  scope[marker] = true;
  onExtensionMessage((message) => {
    if (!isContentRequest(message)) return undefined;
    return answer(message, document, location.href);
  });
}
