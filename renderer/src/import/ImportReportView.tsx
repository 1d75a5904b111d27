import type { ImportReport } from '../../../shared/model';
import { useT } from '../i18n/useT';

/** Totals, then one row per file with its warnings and error. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const t = useT();
  return (
    <div className="import-report">
      <p className="import-totals">
        <strong>{report.added}</strong> {t('import.added')} · <strong>{report.updated}</strong> {t('import.updated')} ·{' '}
        <strong>{report.unchanged}</strong> {t('import.unchanged')} · <strong>{report.failed}</strong>{' '}
        {t('import.failedCount')} · <strong>{report.passages}</strong> {t('import.passages')}
      </p>
      {report.files.length > 0 && (
        <table className="import-files">
          <thead>
            <tr>
              <th scope="col">{t('import.col.file')}</th>
              <th scope="col">{t('import.col.result')}</th>
              <th scope="col">{t('import.col.docs')}</th>
              <th scope="col">{t('import.col.passages')}</th>
              <th scope="col">{t('import.col.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {report.files.map((file) => (
              <tr key={file.file} className={`status-${file.status}`}>
                <td className="file-name">{file.file}</td>
                <td>{t(`import.status.${file.status}`)}</td>
                <td>{file.documents}</td>
                <td>{file.passages}</td>
                <td>
                  {file.error && <div className="error">{file.error}</div>}
                  {file.warnings.map((w) => (
                    <div key={w} className="warning">
                      {w}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
