import { rebuildLibrary } from '../../core/import/rebuild-library';
import { resourcesDir } from '../app-paths';
import type { CliArgs } from '../args';
import { formatReport } from './import-command';

type Print = (text: string) => void;

/** `folio rebuild`: a new library from the old one's sources; the old file is renamed aside. */
export async function rebuildCommand(args: CliArgs, print: Print): Promise<number> {
  const outcome = await rebuildLibrary(args.dataDir, resourcesDir);
  if (args.json) print(JSON.stringify(outcome, null, 2));
  else {
    if (outcome.setAside) print(`The old library was kept as ${outcome.setAside}`);
    for (const source of outcome.missing) print(`  missing: ${source} (no longer on disk; not re-imported)`);
    print(formatReport(outcome.report));
  }
  return outcome.report.failed > 0 ? 1 : 0;
}
