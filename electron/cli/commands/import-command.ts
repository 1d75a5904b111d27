import { KbError } from '../../../shared/errors';
import type { ImportReport } from '../../../shared/model';
import { assertSomethingExists, collectFiles } from '../../core/import/collect-files';
import type { ImportProgressEvent } from '../../core/import/import-files';
import type { CliArgs } from '../args';
import { openService } from '../open-service';
import { onStopSignal, type StopSignal, signalExitCodes } from '../stop-signal';

type Print = (text: string) => void;

/** Progress on stderr: one rewritten line on a terminal, else a line every 5 %. */
export function progressPrinter(stream: NodeJS.WriteStream): (e: ImportProgressEvent) => void {
  let lastShown = -1;
  return (e) => {
    if (e.filesTotal === 0) return;
    const percent = Math.floor((e.filesDone / e.filesTotal) * 100);
    const line = `Importing ${e.filesDone}/${e.filesTotal} (${percent}%)${e.currentFile ? ` ${e.currentFile}` : ''}`;
    if (stream.isTTY) {
      stream.write(`\r\u001b[2K${line.slice(0, (stream.columns ?? 100) - 1)}`);
      if (e.filesDone === e.filesTotal) stream.write('\n');
    } else if (percent >= lastShown + 5 || e.filesDone === e.filesTotal) {
      lastShown = percent;
      stream.write(`${line}\n`);
    }
  };
}

export function formatReport(report: ImportReport): string {
  const lines = [
    `${report.added} added, ${report.updated} updated, ${report.unchanged} unchanged, ${report.failed} failed; ${report.passages} passages`,
  ];
  for (const f of report.files) {
    if (f.error) lines.push(`  failed: ${f.error}`);
    for (const w of f.warnings) lines.push(`  warning: ${f.file}: ${w}`);
  }
  return lines.join('\n');
}

export async function importCommand(args: CliArgs, print: Print, progress: NodeJS.WriteStream): Promise<number> {
  if (args.positionals.length === 0) throw new KbError('INVALID_INPUT', 'import needs at least one file or folder');
  const collected = await collectFiles(args.positionals);
  assertSomethingExists(collected);
  if (collected.files.length === 0) {
    throw new KbError('NOT_FOUND', `No importable files in ${args.positionals.join(', ')}`);
  }
  const service = await openService(args.dataDir, false, args.maxFileMb);
  // SIGINT/SIGTERM stop the import between files: what was written stays, whole.
  const cancel = new AbortController();
  let stoppedBy: StopSignal | undefined;
  const stopListening = onStopSignal((signal) => {
    stoppedBy = signal;
    cancel.abort();
  });
  try {
    const outcome = await service.importNow(args.positionals, progressPrinter(progress), {
      signal: cancel.signal,
      onWait: () => progress.write('Waiting for another import of this library to finish…\n'),
    });
    print(args.json ? JSON.stringify(outcome.report, null, 2) : formatReport(outcome.report));
    if (outcome.stopped) progress.write(`folio: ${outcome.stopped.message}\n`);
    if (stoppedBy) return signalExitCodes[stoppedBy];
    return outcome.report.failed > 0 || outcome.stopped ? 1 : 0;
  } finally {
    stopListening();
    await service.close();
  }
}
