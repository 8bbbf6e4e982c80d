/** The reader's saved stories, as both extension pages reach them: one repository over storage.local. */
import { localeOf } from '../../src/annotate/messages.js';
import { localStorageArea, storageLock, uiLanguage } from '../../src/platform/browser.js';
import { createStoryRepository } from '../../src/store/repository.js';

/** The store's messages (save and import failures) follow the UI language. */
export const locale = localeOf(uiLanguage());
export const library = createStoryRepository(localStorageArea, { locale, lock: storageLock });
