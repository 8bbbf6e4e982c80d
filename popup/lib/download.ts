/** Hands a file to the browser's own download flow: export is the reader's choice, and needs no permission. */
export function download(name: string, content: string | Uint8Array<ArrayBuffer>, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: typeof content === 'string' ? `${type};charset=utf-8` : type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Only web pages are opened from a saved story; an imported `javascript:` or `data:` URL is shown, never followed. */
export const isWebUrl = (url: string): boolean => /^https?:\/\//i.test(url);
