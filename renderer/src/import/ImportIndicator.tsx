import type { ImportProgress } from '../../../shared/model';
import { useT } from '../i18n/useT';

/** A compact progress bar in the top bar while any import runs. */
export function ImportIndicator({ job, onShow }: { job: ImportProgress; onShow: () => void }) {
  const t = useT();
  const label =
    job.filesTotal > 0
      ? t('import.indicator', { done: job.filesDone, total: job.filesTotal })
      : t('import.indicatorStarting');
  return (
    <button type="button" className="import-indicator" onClick={onShow} title={job.currentFile ?? label}>
      <span>{label}</span>
      <progress max={Math.max(1, job.filesTotal)} value={job.filesDone} aria-label={label} />
    </button>
  );
}
