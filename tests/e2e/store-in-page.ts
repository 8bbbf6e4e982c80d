/// <reference types="chrome" />
/**
 * The store as the extension pages run it, bundled for a test to put into an extension page: the same
 * repository over the real chrome.storage.local, with the page's real Web Locks (or, to show what happens
 * without them, a lock chosen as a page without navigator.locks would get).
 */
import { defaultLock } from '../../src/store/lock.js';
import { createStoryRepository, type StoryRepository } from '../../src/store/repository.js';

declare global {
  var broadsheetStore: { repository: (options: { withoutWebLocks?: boolean }) => StoryRepository };
}

globalThis.broadsheetStore = {
  repository: ({ withoutWebLocks = false }) => createStoryRepository(chrome.storage.local, {
    lock: withoutWebLocks ? defaultLock({ navigator: {}, document: globalThis.document }) : defaultLock(),
  }),
};
