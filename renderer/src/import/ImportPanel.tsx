import { type FormEvent, useState } from 'react';
import { useT } from '../i18n/useT';
import { ImportReportView } from './ImportReportView';
import { useImportJob } from './useImportJob';

/** Paths in, progress while it runs, the report at the end. */
export function ImportPanel({ onImported }: { onImported: () => void }) {
  const t = useT();
  const [text, setText] = useState('');
  const job = useImportJob(onImported);
  const paths = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (paths.length > 0 && !job.running) job.start(paths);
  };
  const p = job.progress;
  return (
    <form className="import-panel" onSubmit={submit}>
      <label htmlFor="import-paths">{t('import.paths')}</label>
      <textarea
        id="import-paths"
        rows={4}
        spellCheck={false}
        placeholder={'/home/me/notices\n/home/me/faq.docx'}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={paths.length === 0 || job.running}>
          {job.running ? t('import.running') : t('import.submit')}
        </button>
      </div>
      {(job.running || (p && p.filesTotal > 0)) && (
        <div className="import-progress">
          <label htmlFor="import-progress-bar">
            {p ? t('import.progress', { done: p.filesDone, total: p.filesTotal }) : t('import.starting')}
            {p?.currentFile && p.state === 'running' && <span className="current-file"> — {p.currentFile}</span>}
          </label>
          <progress id="import-progress-bar" max={Math.max(1, p?.filesTotal ?? 1)} value={p?.filesDone ?? 0} />
        </div>
      )}
      {job.error && (
        <p className="error" role="alert">
          {t('import.failed', { error: job.error })}
        </p>
      )}
      {p?.report && <ImportReportView report={p.report} />}
    </form>
  );
}
