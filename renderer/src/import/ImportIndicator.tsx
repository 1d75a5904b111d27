import type { ImportProgress } from '../../../shared/model';

/** A compact progress bar in the top bar while any import runs. */
export function ImportIndicator({ job, onShow }: { job: ImportProgress; onShow: () => void }) {
  const label = job.filesTotal > 0 ? `Importing ${job.filesDone} of ${job.filesTotal} files` : 'Importing…';
  return (
    <button type="button" className="import-indicator" onClick={onShow} title={job.currentFile ?? label}>
      <span>{label}</span>
      <progress max={Math.max(1, job.filesTotal)} value={job.filesDone} aria-label={label} />
    </button>
  );
}
