import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { convertersPresent, convertMarkdown } from '../../../electron/cli/fidelity/convert';
import { parseFile } from '../../../electron/core/ingest/parse-file';
import { corpusPath, hasCorpus } from '../../support/corpus';
import { openTestLibrary, type TestLibrary } from '../search/helpers';

const cacheDir = path.resolve(__dirname, '..', '..', '..', '.tmp', 'formats');
const page = corpusPath('api-docs', 'apache-apisix', 'docs', 'zh', 'latest', 'terminology', 'api-gateway.md');
const ready = hasCorpus && convertersPresent();

describe.skipIf(!ready)('a Chromium-printed PDF of an APISIX Chinese page (shared corpus)', () => {
  let lib: TestLibrary | undefined;
  afterEach(() => lib?.close());

  it('is found by searching 接口, its Kangxi look-alikes folded', async () => {
    const pdf = convertMarkdown(page, cacheDir).pdf;
    const parsed = await parseFile({ name: 'api-gateway.pdf', bytes: readFileSync(pdf) });
    const doc = parsed.documents[0];
    expect(doc?.passages.some((p) => p.text.includes('接口'))).toBe(true);
    expect(JSON.stringify(doc)).not.toMatch(/[\u2F00-\u2FDF]/);
    lib = openTestLibrary();
    const id = lib.add({ ...(doc as NonNullable<typeof doc>), title: doc?.title ?? 'api-gateway' });
    const hits = lib.engine.search({ query: '接口' }).hits;
    expect(hits.map((h) => h.docId)).toContain(id);
  }, 120_000);
});

if (!ready) it.skip('skipped: needs the shared corpus, pandoc and Chromium', () => {});
