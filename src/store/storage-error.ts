/** Turns what a failed storage call threw into a sentence for the reader, in their language. */
import { type Locale, message } from '../annotate/messages.js';
import { err, ok, type Result } from '../core/result.js';

export type StorageAction = 'save' | 'read' | 'delete' | 'import';

const ACTION = { save: 'couldNotSave', read: 'couldNotRead', delete: 'couldNotDelete', import: 'couldNotImport' } as const;

export function storageErrorMessage(action: StorageAction, error: unknown, locale: Locale = 'en'): string {
  const detail = error instanceof Error ? error.message : String(error);
  const verb = message(locale, ACTION[action]);
  if (/quota|full|QUOTA_BYTES/iu.test(detail)) return message(locale, 'storageFull', { action: verb });
  const reassurance = action === 'read' ? '' : message(locale, 'nothingLost');
  return `${message(locale, 'storageError', { action: verb, detail })}${reassurance}`;
}

/** A storage call as a Result: what it threw becomes the reader's sentence. */
export async function attemptStorage<T>(action: StorageAction, call: () => Promise<T>, locale: Locale): Promise<Result<T>> {
  try {
    return ok(await call());
  } catch (error) {
    return err(storageErrorMessage(action, error, locale));
  }
}
