// Re-anchoring benchmark: 10,000 highlights on one long document, then a new version of it.
// Usage: node bin/tsx-run.cjs electron/cli/bench/notes-reanchor.ts [--notes N] [--articles N]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fromDisk, importFiles } from '../../core/import/import-files';
import { loadFlatText } from '../../core/notes/anchor/doc-text';
import { createKbService } from '../../core/service';
import { resourcesDir } from '../app-paths';
import { sentenceHighlights, statute } from './statute-fixture';

/** Timing runs for opening the document (median taken). */
const openRuns = 7;

/** CPU time (user + system) in milliseconds: a busy machine stretches it far less than wall time. */
function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
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

    const openPlain: number[] = [];
    const openWithNotes: number[] = [];
    for (let r = 0; r < openRuns; r++) {
      let t = performance.now();
      await service.api.getDocument({ id: doc!.id });
      openPlain.push(performance.now() - t);
      t = performance.now();
      await Promise.all([service.api.getDocument({ id: doc!.id }), service.api.documentMarks({ docId: doc!.id })]);
      openWithNotes.push(performance.now() - t);
    }

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
      openDocumentMs: Math.round(median(openPlain) * 10) / 10,
      openDocumentWithNotesMs: Math.round(median(openWithNotes) * 10) / 10,
      openRatio: Math.round((median(openWithNotes) / median(openPlain)) * 100) / 100,
    };
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
    await service.close();
  } finally {
    if (!process.env.KEEP) rmSync(dataDir, { recursive: true, force: true });
    else process.stderr.write(`${dataDir}\n`);
  }
}

void main();
