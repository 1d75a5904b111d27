import { parseArgs } from 'node:util';
import { KbError } from '../../shared/errors';
import { maxSearchHits } from '../../shared/limits';
import { defaultDataDir } from './data-dir';
import { notesCliOptions } from './notes-args';

export interface CliArgs {
  command: string | undefined;
  positionals: string[];
  dataDir: string;
  json: boolean;
  help: boolean;
  limit: number | undefined;
  port: number | undefined;
  /** `folio serve --allow DIR` (repeatable): the folders the browser door may import from. */
  allow: string[];
  /** `--max-file-mb N`: the per-file import cap. */
  maxFileMb: number | undefined;
  /** `compare --from V --to V`: version refs. */
  from: string | undefined;
  to: string | undefined;
  /** Every parsed option, for commands that read their own (notes, pack: see notes-args.ts). */
  values: Record<string, unknown>;
}

function positiveInt(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new KbError('INVALID_INPUT', `--${name} takes a whole number from ${min} to ${max}, not "${value}"`);
  }
  return n;
}

/**
 * Parses the command line; unknown options are an INVALID_INPUT error naming the option.
 * Everything after `--` is positional (`folio search -- -server caching`).
 */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        data: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        limit: { type: 'string' },
        port: { type: 'string' },
        allow: { type: 'string', multiple: true },
        'max-file-mb': { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        ...notesCliOptions,
      },
    });
  } catch (error) {
    throw new KbError('INVALID_INPUT', (error as Error).message.split('\n')[0] ?? 'invalid arguments');
  }
  const { values, positionals } = parsed;
  const data = values.data;
  if (data !== undefined && (typeof data !== 'string' || data.trim() === '')) {
    throw new KbError('INVALID_INPUT', '--data needs a folder');
  }
  return {
    command: positionals[0],
    positionals: positionals.slice(1),
    dataDir: typeof data === 'string' ? data : defaultDataDir(),
    json: values.json === true,
    help: values.help === true,
    limit: positiveInt('limit', values.limit as string | undefined, 1, maxSearchHits),
    port: positiveInt('port', values.port as string | undefined, 0, 65535),
    allow: ((values.allow as string[] | undefined) ?? []).filter((dir) => dir.trim() !== ''),
    maxFileMb: positiveInt('max-file-mb', values['max-file-mb'] as string | undefined, 1, 4096),
    from: typeof values.from === 'string' ? values.from : undefined,
    to: typeof values.to === 'string' ? values.to : undefined,
    values,
  };
}
