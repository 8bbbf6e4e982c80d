/**
 * The page side's one module for the WebExtension APIs: what the injected content script needs, and nothing
 * else. The extension pages have theirs (./browser.ts); the two are kept apart so the content script's bundle
 * carries no storage, tabs or i18n code.
 */
import browser from 'webextension-polyfill';

/**
 * Answers the extension's runtime messages: the listener returns a promise of the reply, or undefined to leave
 * a message it does not know unanswered. Returns the function that stops listening.
 */
export function onExtensionMessage(listener: (message: unknown) => Promise<unknown> | undefined): () => void {
  const handler = (message: unknown) => listener(message);
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}
