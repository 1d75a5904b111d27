import { rmSync } from 'node:fs';
import { Anchor } from './anchors';
import { importLibrary, passageTexts } from './library';

/**
 * Import-only figure: Folio's import of the given folders in MB/s, and its ratio to the raw
 * unicode61 FTS5 anchor fed the same passages in the same run (the ratio is what compares
 * across machines). Usage: node bin/tsx-run.cjs electron/cli/bench/import-throughput.ts DIR…
 */
async function main(folders: string[]): Promise<void> {
  const library = await importLibrary(folders);
  const texts = passageTexts(library.db);
  const anchor = new Anchor('raw', texts);
  const mb = library.bytes / 1e6;
  const folioMbs = mb / (library.importMs / 1000);
  const rawMbs = mb / (anchor.importMs / 1000);
  console.log(
    JSON.stringify({
      files: library.files,
      failed: library.failed,
      passages: library.passages,
      megabytes: Number(mb.toFixed(2)),
      importMs: Math.round(library.importMs),
      folioMBps: Number(folioMbs.toFixed(2)),
      rawFts5MBps: Number(rawMbs.toFixed(2)),
      ratioToRaw: Number((folioMbs / rawMbs).toFixed(3)),
    }),
  );
  anchor.close();
  library.engine.close();
  library.db.close();
  rmSync(library.dataDir, { recursive: true, force: true });
}

void main(process.argv.slice(2));
