/** Turns what a failed storage call threw into a sentence for the reader. */
export function storageErrorMessage(action: 'save' | 'read' | 'delete' | 'import', error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  const verb = { save: 'Could not save', read: 'Could not read your saved stories', delete: 'Could not delete', import: 'Could not import' }[action];
  if (/quota|full|QUOTA_BYTES/iu.test(detail)) {
    return `${verb}: the browser's storage for Broadsheet is full. Nothing already saved was lost; free some space (delete or export old stories) and try again.`;
  }
  const keep = action === 'read' ? '' : ' Nothing already saved was lost.';
  return `${verb}: the browser's storage reported an error (${detail}).${keep}`;
}
