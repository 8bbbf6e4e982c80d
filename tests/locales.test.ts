/** Both UI languages carry every message the code asks for, with matching placeholders. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '..');
type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const load = (locale: string): Messages => JSON.parse(readFileSync(join(repo, 'public/_locales', locale, 'messages.json'), 'utf8'));

function sourceFiles(dir: string): string[] {
  return readdirSync(join(repo, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(repo, path)).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) && !name.includes('.test.') ? [path] : [];
  });
}

describe('locales', () => {
  const en = load('en');
  const zh = load('zh_CN');

  it('English and Simplified Chinese have the same keys and placeholders', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) expect(Object.keys(zh[key]!.placeholders ?? {}), key).toEqual(Object.keys(en[key]!.placeholders ?? {}));
  });

  it('every message the UI asks for exists, and the manifest’s too', () => {
    const used = new Set<string>();
    for (const file of [...sourceFiles('popup'), ...sourceFiles('src/platform')]) {
      for (const m of readFileSync(join(repo, file), 'utf8').matchAll(/\bt\('([A-Za-z]+)'/g)) used.add(m[1]!);
    }
    for (const m of readFileSync(join(repo, 'manifest.json'), 'utf8').matchAll(/__MSG_(\w+)__/g)) used.add(m[1]!);
    used.add('noArticle').add('cannotRead').add('pageNotLoaded').add('readFailed').add('pageNoAnswer').add('pageBadReply'); // chosen through PageState keys
    expect([...used].filter((key) => !en[key])).toEqual([]);
  });
});
