/** The reader's saved stories, as both extension pages reach them: one repository over storage.local. */
import { localStorageArea } from '../../src/platform/browser.js';
import { createStoryRepository } from '../../src/store/repository.js';

export const library = createStoryRepository(localStorageArea);
