import { KbError } from '../../shared/errors';
import { parseCliArgs } from './args';
import { backupCommand, restoreCommand } from './commands/backup-command';
import { compareCommand } from './commands/compare-command';
import { importCommand } from './commands/import-command';
import { notesCommand } from './commands/notes-command';
import { packCommand } from './commands/pack-command';
import { docsCommand, searchCommand, showCommand } from './commands/query-commands';
import { rebuildCommand } from './commands/rebuild-command';
import { serveCommand } from './commands/serve-command';
import { endQuietlyOnClosedPipe } from './quiet-epipe';
import { usage } from './usage';

const print = (text: string) => process.stdout.write(`${text}\n`);
endQuietlyOnClosedPipe();

async function run(argv: readonly string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.help || args.command === undefined || args.command === 'help') {
    print(usage);
    return args.command === undefined && !args.help ? 2 : 0;
  }
  switch (args.command) {
    case 'serve':
      await serveCommand(args, print);
      return 0;
    case 'import':
      return importCommand(args, print, process.stderr);
    case 'rebuild':
      return rebuildCommand(args, print);
    case 'docs':
      await docsCommand(args, print);
      return 0;
    case 'show':
      await showCommand(args, print);
      return 0;
    case 'compare':
      await compareCommand(args, print);
      return 0;
    case 'search':
      await searchCommand(args, print, process.stdout.isTTY === true);
      return 0;
    case 'notes':
      await notesCommand(args, print);
      return 0;
    case 'pack':
      await packCommand(args, print);
      return 0;
    case 'backup':
      await backupCommand(args, print);
      return 0;
    case 'restore':
      await restoreCommand(args, print);
      return 0;
    default:
      throw new KbError('INVALID_INPUT', `unknown command "${args.command}" (try: folio --help)`);
  }
}

/** One clear line and a non-zero exit for any failure; never a stack trace. */
run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message =
      error instanceof KbError ? error.message : `unexpected error: ${(error as Error)?.message ?? error}`;
    process.stderr.write(`folio: ${message}\n`);
    process.exitCode = error instanceof KbError && error.code === 'INVALID_INPUT' ? 2 : 1;
  },
);
