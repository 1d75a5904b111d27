// Re-anchoring benchmark: 10,000 highlights on one long document, then a new version of it.
// Usage: node bin/tsx-run.cjs electron/cli/bench/notes-reanchor.ts [--notes N] [--articles N]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fromDisk, importFiles } from '../../core/import/import-files';
import { loadFlatText } from '../../core/notes/anchor/doc-text';
import { createKbService, type KbService } from '../../core/service';
import { resourcesDir } from '../app-paths';
import { sentenceHighlights, statute } from './statute-fixture';

/** Timing runs for opening the document (median taken). */
const openRuns = 15;

/** CPU time (user + system) in milliseconds: a busy machine stretches it far less than wall time. */
function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median milliseconds to get the document alone, and the document with its marks (asked for together), rounds alternating. */
async function openTimes(
  service: KbService,
  docId: string,
): Promise<{ plainMs: number; withNotesMs: number; ratio: number }> {
  const plain: number[] = [];
  const withNotes: number[] = [];
  // The first round warms the statements (and the workers); it is not counted.
  for (let r = 0; r <= openRuns; r++) {
    let t = performance.now();
    await service.api.getDocument({ id: docId });
    const a = performance.now() - t;
    t = performance.now();
    await Promise.all([service.api.getDocument({ id: docId }), service.api.documentMarks({ docId })]);
    const b = performance.now() - t;
    if (r > 0) {
      plain.push(a);
      withNotes.push(b);
    }
  }
  return {
    plainMs: Math.round(median(plain) * 10) / 10,
    withNotesMs: Math.round(median(withNotes) * 10) / 10,
    ratio: Math.round((median(withNotes) / median(plain)) * 100) / 100,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { notes: { type: 'string' }, articles: { type: 'string' } } });
  const noteCount = Number(values.notes ?? 10_000);
  const articleCount = Number(values.articles ?? 1_500);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'folio-notes-bench-'));
  const file = path.join(dataDir, 'law.md');
  try {
    const service = await createKbService({
      dataDir,
      resourcesDir,
      appVersion: 'bench',
      importOn: 'this-thread',
      seedEmptyLibrary: false,
    });
    writeFileSync(file, statute(articleCount, 1));
    await service.importNow([file], () => undefined);
    const [doc] = await service.api.listDocuments({});
    const flat = loadFlatText(service.db, doc!.id)!;
    const notes = sentenceHighlights(service.db, doc!.id, noteCount);
    service.notes.store.save(notes);

    const onThisThread = await openTimes(service, doc!.id);
    // As the app and `folio serve` read: the document and its marks on read workers.
    const offThread = await createKbService({
      dataDir,
      resourcesDir,
      appVersion: 'bench',
      importOn: 'worker',
      seedEmptyLibrary: false,
    });
    // Worker threads do not keep Node running while their answer is awaited.
    const keepAlive = setInterval(() => undefined, 1000);
    const onReadWorkers = await openTimes(offThread, doc!.id);
    clearInterval(keepAlive);
    await offThread.close();

    writeFileSync(file, statute(articleCount, 2));
    const imported = await importFiles(service.db, fromDisk([file]));
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const report = service.notes.store.documentsChanged(imported.changedDocIds);
    const reanchorMs = performance.now() - started;
    const reanchorCpuMs = cpuMs(process.cpuUsage(cpuBefore));
    const figures = {
      notes: noteCount,
      passages: flat.passages.length,
      documentChars: flat.text.length,
      reanchorMs: Math.round(reanchorMs),
      notesPerSecond: Math.round(noteCount / (reanchorMs / 1000)),
      reanchorCpuMs: Math.round(reanchorCpuMs),
      notesPerCpuSecond: Math.round(noteCount / (reanchorCpuMs / 1000)),
      statuses: report,
      openDocumentMs: onThisThread.plainMs,
      openDocumentWithNotesMs: onThisThread.withNotesMs,
      openRatio: onThisThread.ratio,
      openOnReadWorkers: onReadWorkers,
      loadAverage: Math.round((os.loadavg()[0] ?? 0) * 10) / 10,
    };
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
    await service.close();
  } finally {
    if (!process.env.KEEP) rmSync(dataDir, { recursive: true, force: true });
    else process.stderr.write(`${dataDir}\n`);
  }
}

void main();
