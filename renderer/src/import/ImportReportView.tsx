import type { ImportReport } from '../../../shared/model';

/** Totals, then one row per file with its warnings and error. */
export function ImportReportView({ report }: { report: ImportReport }) {
  return (
    <div className="import-report">
      <p className="import-totals">
        <strong>{report.added}</strong> added · <strong>{report.updated}</strong> updated ·{' '}
        <strong>{report.unchanged}</strong> unchanged · <strong>{report.failed}</strong> failed ·{' '}
        <strong>{report.passages}</strong> passages
      </p>
      {report.files.length > 0 && (
        <table className="import-files">
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Result</th>
              <th scope="col">Docs</th>
              <th scope="col">Passages</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {report.files.map((file) => (
              <tr key={file.file} className={`status-${file.status}`}>
                <td className="file-name">{file.file}</td>
                <td>{file.status}</td>
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
