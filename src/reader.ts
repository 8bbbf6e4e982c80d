/**
 * The reader's side, as the popup, the notes page and Node see it: tag, summarise, save, search,
 * export and import. Pure TypeScript; storage is whatever StorageArea is passed in
 * (browser.storage.local in the extension). Node build: `import … from 'broadsheet/reader'`.
 *
 * Popup: repo = createStoryRepository(browser.storage.local); inputs = storyInputs(page, stories);
 *   repo.findSaved(inputs) (saved badges) · suggestTags / completeTag(countTags(…)) · summarize(…).text
 *   (onDeviceSummaryAvailability / summarizeOnDevice where offered) · repo.save / saveMany(inputs).
 * Notes page (repo created with `companion: searchCompanion`): repo.newest() (the first screen) → repo.cards() →
 *   repo.getMany(ids on screen); StoredSearch.open(…) (null: rebuildStoredSearch first) → search.search(text) → ids,
 *   filtered and ordered by the cards (filterTest); storage.onChanged → storyChanges(changes) →
 *   search.apply(id, story | null, or undefined where the page does not hold the story: read when searched) ·
 *   excerpt / highlightRanges for results · repo.update(id, patch) · repo.remove, undo: repo.restore ·
 *   In memory, without storage: SearchIndex.build(stories) → index.search(query), upsert / remove ·
 *   storiesToJson / storiesToCsv / storiesToCombinedMarkdown / storiesToMarkdownZip (each an async generator of chunks,
 *   written a story at a time from a list or an async iterable of stories; exportText joins a small one) ·
 *   checkImportSize(file.size), importJsonExport(repo, text).
 * Every fallible call returns Result: show `error` to the reader as it is (it is written for them,
 * in English or Chinese: pass `locale: localeOf(browser.i18n.getUILanguage())`).
 */
export { suggestTags, type KeyTermStory, type SuggestOptions } from './annotate/key-terms.js';
export { completeTag, type CompleteOptions } from './annotate/tag-complete.js';
export { countTags, normalizeTag, tagKey, uniqueTags, type TagCount } from './annotate/tags.js';
export { summarize, type Summary, type SummaryOptions } from './annotate/summarize.js';
export { splitSentences } from './annotate/sentences.js';
export { onDeviceSummaryAvailability, summarizeOnDevice, type OnDeviceAvailability } from './annotate/on-device-summary.js';
export { localeOf, type Locale } from './annotate/messages.js';

export { createStoryRepository, type ImportCounts, type RepositoryOptions, type StoryPatch, type StoryRepository } from './store/repository.js';
export { memoryStorageArea, type StorageArea } from './store/storage-area.js';
export { storyChanges, type StorageChange, type StoryChanges } from './store/changes.js';
export { cardOf, type Card } from './store/cards.js';
export { storyInputs, type PageFacts } from './store/input.js';
export { localLock, webLock, type Lock } from './store/lock.js';
export { normalizeUrl, storyId } from './store/identity.js';
export { displayTitle, SCHEMA_VERSION, type SavedStory, type StoryInput, type TitleBlock } from './store/record.js';

export { filterTest, SearchIndex, type SearchFilters, type SearchQuery, type SliceOptions } from './review/search.js';
export { rebuildStoredSearch, searchCompanion, StoredSearch } from './review/search-store.js';
export { excerpt, highlightRanges, type Range } from './review/highlight.js';
export { searchFromUrl, searchToUrl } from './review/notes-url.js';
export {
  EXPORT_FORMAT,
  exportText,
  MAX_ZIP_FILES,
  storiesToCombinedMarkdown,
  storiesToCsv,
  storiesToJson,
  storiesToMarkdownFiles,
  storiesToMarkdownZip,
  storyToMarkdown,
  type JsonExport,
  type MarkdownFile,
  type StorySource,
} from './review/export.js';
export { checkImportSize, importJsonExport, MAX_IMPORT_BYTES, parseJsonExport, type ImportOptions, type ImportProgress } from './review/import.js';
