import type { PageReading } from '../../src/messages.js';
import { askPage, targetTab } from '../../src/platform/browser.js';

/** What the popup shows: a reading in progress, a reason there is nothing to show, or the stories. */
export type PageState =
  | { status: 'reading' }
  | { status: 'message'; key: 'cannotRead' | 'noArticle' | 'readFailed'; detail?: string }
  | { status: 'ready'; reading: PageReading };

export async function readActivePage(search: string): Promise<PageState> {
  const tab = await targetTab(search);
  if (tab?.id === undefined) return { status: 'message', key: 'cannotRead' };
  const answer = await askPage(tab.id, { type: 'read-page' });
  if (!answer.ok) {
    return answer.error === 'cannot-inject'
      ? { status: 'message', key: 'cannotRead' }
      : { status: 'message', key: 'readFailed', detail: answer.error };
  }
  if (answer.value.page.stories.length === 0) return { status: 'message', key: 'noArticle' };
  return { status: 'ready', reading: answer.value };
}
