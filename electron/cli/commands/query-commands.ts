import { KbError } from '../../../shared/errors';
import type { CliArgs } from '../args';
import { formatDocs, formatDocument, formatHits } from '../format';
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

export async function searchCommand(args: CliArgs, print: Print, bold: boolean): Promise<void> {
  const query = args.positionals.join(' ');
  if (query.trim() === '') throw new KbError('INVALID_INPUT', 'search needs a query, e.g. folio search "rate limits"');
  const service = await openService(args.dataDir, false);
  try {
    const result = await service.api.search({ query, limit: args.limit ?? 20 });
    print(args.json ? JSON.stringify(result.hits, null, 2) : formatHits(result, bold));
  } finally {
    await service.close();
  }
}
