import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../electron/core/ingest/parse-file';
import { corpusPath, hasCorpus, noCorpusReason } from '../../support/corpus';

/** Every Markdown and MDX page of the shared api-docs folder, in name order. */
function apiDocsPages(): string[] {
  return readdirSync(corpusPath('api-docs'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.mdx?$/.test(e.name) && e.name !== 'SOURCES.md')
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/**
 * The parsed form of every api-docs page (documents, passages, content trees, warnings), hashed,
 * as main parsed them at 467e034 before the round-4 throughput work on the Markdown parser.
 */
const parsedBeforeThroughputWork = 'c981a2393e82af6b616f11aed8a2dddd222d5939351310ab9a9ceeb67a86aed7';

describe.skipIf(!hasCorpus)('parsing the api-docs Markdown', () => {
  it.skipIf(!hasCorpus)(
    'gives exactly what it gave before the throughput work, page for page',
    async () => {
      const hash = createHash('sha256');
      for (const file of apiDocsPages()) {
        const parsed = await parseFile({ name: path.basename(file), bytes: new Uint8Array(readFileSync(file)) });
        hash.update(JSON.stringify(parsed));
      }
      expect(hash.digest('hex')).toBe(parsedBeforeThroughputWork);
    },
    120_000,
  );
});
if (!hasCorpus) console.info(noCorpusReason);
