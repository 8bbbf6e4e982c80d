import { t } from '../../src/platform/browser.js';

/**
 * A PDF being read: the pages read so far (once pdf.js has opened it), then its pages being laid out, and a Cancel
 * that stops the run.
 */
export function PdfProgress({ done, total, layingOut, onCancel }: { done: number; total: number; layingOut: boolean; onCancel: () => void }) {
  return (
    <div class="pdf-progress" role="status">
      <span>{layingOut ? t('layingOutPdf') : total > 1 ? t('readingPdfPages', [String(done), String(total)]) : t('readingPdf')}</span>
      {total > 1 && <progress max={total} value={done} />}
      <button type="button" onClick={onCancel}>{t('cancel')}</button>
    </div>
  );
}
