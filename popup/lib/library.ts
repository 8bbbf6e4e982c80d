/** The reader's saved stories, as the extension pages reach them: one repository over storage.local; and the popup's unsaved drafts. */
import { localeOf } from '../../src/annotate/messages.js';
import { draftStorageArea, localStorageArea, storageLock, uiLanguage } from '../../src/platform/browser.js';
import { createDraftStore } from '../../src/store/drafts.js';
import { createStoryRepository } from '../../src/store/repository.js';
import { searchCompanion } from '../../src/review/search-store.js';

/** The store's messages (save and import failures) follow the UI language. */
export const locale = localeOf(uiLanguage());
/** Every write also records the change in the stored search index (see search-store.ts). */
export const library = createStoryRepository(localStorageArea, { locale, lock: storageLock, companion: searchCompanion });
export const drafts = createDraftStore(draftStorageArea, { locale });
