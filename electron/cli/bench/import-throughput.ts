import { readFileSync, rmSync } from 'node:fs';
import { parseWorkerCount } from '../../core/import/import-files';
import { Anchor } from './anchors';
import { importLibrary, passageTexts } from './library';

/**
 * Import-only figure: Folio's import of the given folders in MB/s, and its ratio to the raw
 * unicode61 FTS5 anchor fed the same passages in the same run (the ratio is what compares
 * across machines). Usage: node bin/tsx-run.cjs electron/cli/bench/import-throughput.ts [--in-thread | --parse-workers N] DIR…
 */
async function main(args: string[]): Promise<void> {
  const inThread = args.includes('--in-thread');
  const workersAt = args.indexOf('--parse-workers');
  const parseWorkers = workersAt >= 0 ? Number(args[workersAt + 1]) : undefined;
  const folders = args.filter(
    (a, i) => a !== '--in-thread' && (workersAt < 0 || (i !== workersAt && i !== workersAt + 1)),
  );
  const cpuBefore = mainThreadCpuMs();
  const processBefore = process.cpuUsage();
  const library = await importLibrary(folders, inThread ? { parseWorker: false } : { parseWorkers });
  const writerCpuMs = mainThreadCpuMs() - cpuBefore;
  const processCpuMs = cpuMs(process.cpuUsage(processBefore));
  const texts = passageTexts(library.db);
  const anchorBefore = process.cpuUsage();
  const anchor = new Anchor('raw', texts);
  const anchorCpuMs = cpuMs(process.cpuUsage(anchorBefore));
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
      parse: inThread ? library.parsedBy : `${parseWorkers ?? parseWorkerCount()} parse worker(s): ${library.parsedBy}`,
      writerThreadCpuMs: Math.round(writerCpuMs),
      processCpuMs: Math.round(processCpuMs),
      rawFts5CpuMs: Math.round(anchorCpuMs),
      // On a loaded machine wall time is mostly waiting for a core; CPU time is not.
      cpuRatioToRaw: Number((anchorCpuMs / writerCpuMs).toFixed(3)),
      // Peak resident memory of the whole process (both threads), which the read-ahead window bounds.
      maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
  anchor.close();
  library.engine.close();
  library.db.close();
  rmSync(library.dataDir, { recursive: true, force: true });
}

function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

/** CPU time of this (the writing) thread alone, from Linux's per-thread stat (clock ticks of 10 ms). */
function mainThreadCpuMs(): number {
  const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticksPerSecond = 100;
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

void main(process.argv.slice(2));
