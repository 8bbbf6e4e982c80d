/**
 * The page side's one module for the WebExtension APIs: what the injected content script needs, and nothing
 * else. The extension pages have theirs (./browser.ts); the two are kept apart so the content script's bundle
 * carries no storage, tabs or i18n code — and no polyfill: it needs one event, which Chrome (`chrome`) and Firefox
 * (`browser`) both give natively with the same callback contract.
 */

/** runtime.onMessage's listener as both browsers call it: answer through sendResponse, return true to answer later. */
type MessageHandler = (message: unknown, sender: unknown, sendResponse: (reply?: unknown) => void) => boolean;

interface MessageEvent {
  addListener(handler: MessageHandler): void;
  removeListener(handler: MessageHandler): void;
}

type Runtime = { runtime: { onMessage: MessageEvent } };

function onMessage(): MessageEvent {
  const scope = globalThis as { browser?: Runtime; chrome?: Runtime };
  const api = scope.browser ?? scope.chrome;
  if (!api) throw new Error('Broadsheet: no extension runtime in this page');
  return api.runtime.onMessage;
}

/**
 * Answers the extension's runtime messages: the listener returns a promise of the reply, or undefined to leave
 * a message it does not know unanswered. A reply that fails is sent as nothing, which the extension's side decodes
 * as a bad reply. Returns the function that stops listening.
 */
export function onExtensionMessage(listener: (message: unknown) => Promise<unknown> | undefined): () => void {
  const handler: MessageHandler = (message, _sender, sendResponse) => {
    const reply = listener(message);
    if (!reply) return false;
    reply.then((value) => sendResponse(value), () => sendResponse());
    return true;
  };
  const event = onMessage();
  event.addListener(handler);
  return () => event.removeListener(handler);
}
