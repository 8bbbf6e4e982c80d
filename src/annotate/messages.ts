/**
 * What the core tells the reader when something fails, in the extension's two UI languages
 * (English and Simplified Chinese; the extension picks by the browser's language). Technical
 * details (a field name, the browser's own error text) are passed through as they are.
 */
export type Locale = 'en' | 'zh';

const EN = {
  couldNotSave: 'Could not save',
  couldNotRead: 'Could not read your saved stories',
  couldNotDelete: 'Could not delete',
  couldNotImport: 'Could not import',
  storageFull: "{action}: the browser's storage for Broadsheet is full. Nothing already saved was lost; free some space (delete or export old stories) and try again.",
  storageError: "{action}: the browser's storage reported an error ({detail}).",
  nothingLost: ' Nothing already saved was lost.',
  storyGone: 'Could not save: this story is no longer saved (it was deleted elsewhere).',
  noSharedLock: 'Could not save: this browser cannot keep two Broadsheet pages from overwriting each other’s changes (it has no Web Locks), so nothing was written.',
  newerRecord: 'A saved story was written by a newer version of Broadsheet; it was left unchanged. Update Broadsheet to edit it.',
  unreadableRecord: 'A saved story cannot be read ({detail}); it was left unchanged.',
  importTooLarge: 'This file is too large to import ({size} MB; the limit is {limit} MB).',
  importNotJson: 'This file is not a Broadsheet export: it is not valid JSON.',
  importForeign: 'This file is not a Broadsheet export (choose a JSON file made with Export → JSON).',
  importNoVersion: 'This Broadsheet export has no valid schema version.',
  importNewer: 'This export was made by a newer version of Broadsheet (schema {found}; this one reads up to {supported}). Update Broadsheet, then import it.',
  importDamaged: 'This export is damaged; nothing was imported. {problems}',
  importMoreProblems: ' (and {count} more)',
  noOnDeviceSummarizer: 'This browser has no on-device summariser.',
  onDeviceFailed: 'The on-device summariser could not summarise this story ({detail}).',
};

export type MessageKey = keyof typeof EN;

const ZH: Record<MessageKey, string> = {
  couldNotSave: '无法保存',
  couldNotRead: '无法读取已保存的文章',
  couldNotDelete: '无法删除',
  couldNotImport: '无法导入',
  storageFull: '{action}：浏览器为 Broadsheet 提供的存储空间已满。已保存的内容没有丢失；请删除或导出一些旧文章后重试。',
  storageError: '{action}：浏览器存储出错（{detail}）。',
  nothingLost: '已保存的内容没有丢失。',
  storyGone: '无法保存：这篇文章已在别处被删除。',
  noSharedLock: '无法保存：此浏览器不支持 Web Locks，无法防止两个 Broadsheet 页面互相覆盖修改，因此未写入任何内容。',
  newerRecord: '有一篇文章是由更新版本的 Broadsheet 保存的，已原样保留。请更新 Broadsheet 后再编辑。',
  unreadableRecord: '有一篇已保存的文章无法读取（{detail}），已原样保留。',
  importTooLarge: '文件太大，无法导入（{size} MB，上限为 {limit} MB）。',
  importNotJson: '这个文件不是 Broadsheet 导出文件：它不是有效的 JSON。',
  importForeign: '这个文件不是 Broadsheet 导出文件（请选择用“导出 → JSON”生成的文件）。',
  importNoVersion: '这个 Broadsheet 导出文件没有有效的数据版本号。',
  importNewer: '这个导出文件由更新版本的 Broadsheet 生成（数据版本 {found}，当前版本最高支持 {supported}）。请先更新 Broadsheet 再导入。',
  importDamaged: '导出文件已损坏，未导入任何内容。{problems}',
  importMoreProblems: '（另有 {count} 处）',
  noOnDeviceSummarizer: '此浏览器没有本地（设备端）摘要功能。',
  onDeviceFailed: '本地摘要功能无法为这篇文章生成摘要（{detail}）。',
};

const CATALOGS: Record<Locale, Record<MessageKey, string>> = { en: EN, zh: ZH };

/** The UI language for a browser language tag: Chinese for any zh-*, else English. */
export function localeOf(language: string | null | undefined): Locale {
  return /^zh\b/iu.test(language ?? '') ? 'zh' : 'en';
}

export function message(locale: Locale, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return CATALOGS[locale][key].replace(/\{(\w+)\}/gu, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
