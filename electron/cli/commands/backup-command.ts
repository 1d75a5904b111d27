import path from 'node:path';
import { KbError } from '../../../shared/errors';
import type { CliArgs } from '../args';
import { openService } from '../open-service';

type Print = (text: string) => void;

/** `folio backup`: one backup of the user store now (old ones rotate out). */
export async function backupCommand(args: CliArgs, print: Print): Promise<void> {
  if (args.positionals.length > 0) throw new KbError('INVALID_INPUT', 'backup takes no arguments');
  const service = await openService(args.dataDir, false);
  try {
    const info = await service.api.backupNotes({});
    print(args.json ? JSON.stringify(info, null, 2) : `Backed up your notes to ${info.file}`);
  } finally {
    await service.close();
  }
}

/** `folio restore FILE`: replaces the user store with a checked backup (the replaced file is kept). */
export async function restoreCommand(args: CliArgs, print: Print): Promise<void> {
  const [file, ...extra] = args.positionals;
  if (!file || extra.length > 0)
    throw new KbError('INVALID_INPUT', 'restore takes one backup FILE (see: folio backup)');
  const service = await openService(args.dataDir, false);
  try {
    const health = service.notes.restore(path.resolve(file));
    const notes = await service.api.listNotes({});
    print(
      args.json
        ? JSON.stringify({ ...health, notes: notes.length }, null, 2)
        : `Restored ${notes.length} notes from ${file}`,
    );
  } finally {
    await service.close();
  }
}
