import { KbError } from '../../../shared/errors';
import { maxQueryChars } from '../../../shared/limits';
import type { CliArgs } from '../args';
import { formatDocs, formatDocument, formatHits, searchJson } from '../format';
import { openService } from '../open-service';

type Print = (text: string) => void;

export async function docsCommand(args: CliArgs, print: Print): Promise<void> {
  const service = await openService(args.dataDir, false);
  try {
    const docs = await service.api.listDocuments({});
    print(args.json ? JSON.stringify(docs, null, 2) : formatDocs(docs));
  } finally {
    await service.close();
  }
}

export async function showCommand(args: CliArgs, print: Print): Promise<void> {
  const [id, ...extra] = args.positionals;
  if (!id || extra.length > 0) throw new KbError('INVALID_INPUT', 'show takes one document ID (see: folio docs)');
  const service = await openService(args.dataDir, false);
  try {
    const doc = await service.api.getDocument({ id });
    print(args.json ? JSON.stringify(doc, null, 2) : formatDocument(doc));
  } finally {
    await service.close();
  }
}

/**
 * `folio search QUERY`. Words after `--` are the query even when they start with "-"
 * (`folio search -- -server caching`); a query of spaces only finds nothing, quietly.
 */
export async function searchCommand(args: CliArgs, print: Print, bold: boolean): Promise<void> {
  if (args.positionals.length === 0) {
    throw new KbError('INVALID_INPUT', 'search needs a query, e.g. folio search "rate limits"');
  }
  const query = args.positionals.join(' ');
  if (query.length > maxQueryChars) {
    throw new KbError('INVALID_INPUT', `the query is ${query.length} characters long; the most is ${maxQueryChars}`);
  }
  const service = await openService(args.dataDir, false);
  try {
    const result = await service.api.search({ query, limit: args.limit ?? 20 });
    print(args.json ? JSON.stringify(searchJson(result), null, 2) : formatHits(result, bold));
  } finally {
    await service.close();
  }
}
