import { type DragEvent, type FormEvent, useState } from 'react';
import { useT } from '../i18n/useT';
import { canImportDroppedFiles, droppedPaths } from './dropped-files';
import { ImportReportView } from './ImportReportView';
import { useImportJob } from './useImportJob';

/** Paths in (typed, or dropped in the app), progress while it runs with a Cancel, the report at the end. */
export function ImportPanel({ onImported }: { onImported: () => void }) {
  const t = useT();
  const [text, setText] = useState('');
  const [dropNote, setDropNote] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const job = useImportJob(onImported);
  const inApp = canImportDroppedFiles();
  const paths = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (paths.length > 0 && !job.running) job.start(paths);
  };
  const dragOver = (e: DragEvent) => {
    e.preventDefault();
    setDragging(true);
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    if (job.running) return;
    const files = e.dataTransfer.files;
    droppedPaths(files).then(
      (found) => {
        if (found === null) setDropNote(t('import.drop.browser'));
        else if (found.length === 0) setDropNote(t('import.drop.nothing'));
        else {
          setDropNote(null);
          job.start(found);
        }
      },
      () => setDropNote(t('import.drop.nothing')),
    );
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
      {!inApp && (
        <p className="import-door-note">
          {t('import.browserDoor.before')} <code translate="no">folio serve --allow DIR</code>{' '}
          {t('import.browserDoor.after')}
        </p>
      )}
      {/* A pointer convenience: the text box above is the keyboard's way in. */}
      <section
        className={dragging ? 'import-drop dragging' : 'import-drop'}
        aria-label={t('import.drop.label')}
        onDragOver={dragOver}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        {inApp ? t('import.drop.app') : t('import.drop.browserZone')}
      </section>
      {dropNote && (
        <p className="import-drop-note" role="status">
          {dropNote}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={paths.length === 0 || job.running}>
          {job.running ? t('import.running') : t('import.submit')}
        </button>
        {job.running && (
          <button type="button" onClick={job.cancel} disabled={job.cancelling || p === null}>
            {job.cancelling ? t('import.cancelling') : t('import.cancel')}
          </button>
        )}
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
      {job.errorCode === 'CANCELLED' ? (
        <p className="import-cancelled" role="status">
          {t('import.cancelled', { done: p?.filesDone ?? 0, total: p?.filesTotal ?? 0 })}
        </p>
      ) : (
        job.error && (
          <p className="error" role="alert">
            {t('import.failed', { error: job.error })} <code translate="no">{job.errorCode}</code>
            {job.errorCode === 'PATH_NOT_ALLOWED' && !inApp && <> {t('import.browserDoor.refused')}</>}
          </p>
        )
      )}
      {p?.report && <ImportReportView report={p.report} />}
    </form>
  );
}
