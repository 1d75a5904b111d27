import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { folio, folioAsync } from '../../support/cli';
import { seedPath } from '../../support/corpus';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';

const tempDir = tempDirsCleanedAfterEachTest();

function noStackTrace(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at /m);
}

describe('folio import, docs, search, show on the seed', () => {
  let data: string;
  beforeAll(() => {
    data = require('node:fs').mkdtempSync(path.join(require('node:os').tmpdir(), 'folio-cli-'));
    const run = folio(['import', seedPath, '--data', data]);
    expect(run.status).toBe(0);
  });

  it('docs --json lists the two documents with their passage counts', () => {
    const run = folio(['docs', '--json', '--data', data]);
    const docs = JSON.parse(run.stdout) as { id: string; title: string; passages: number }[];
    expect(docs).toHaveLength(2);
    expect(docs.every((d) => typeof d.id === 'string' && d.passages > 0)).toBe(true);
  });

  it('search --json returns hits with snippets from the article', () => {
    const run = folio(['search', 'rate limits', '--json', '--data', data]);
    const { hits } = JSON.parse(run.stdout) as { hits: { docTitle: string; snippet: string }[] };
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.docTitle).toBe('WEEX Crypto News and the Dynamics of API Access');
    expect(hits[0]!.snippet.toLowerCase()).toContain('rate limit');
  });

  it('search --limit caps the number of hits', () => {
    const run = folio(['search', 'API', '--limit', '2', '--json', '--data', data]);
    expect((JSON.parse(run.stdout) as { hits: unknown[] }).hits).toHaveLength(2);
  });

  it('search --json says how the query was matched: mode, partial and notice codes before the hits', () => {
    const run = folio(['search', 'how can I avoid going over the rate limit?', '--json', '--data', data]);
    const result = JSON.parse(run.stdout) as Record<string, unknown>;
    expect([Object.keys(result), result.mode, result.partial, result.notices]).toEqual([
      ['mode', 'partial', 'notices', 'terms', 'didYouMean', 'hits'],
      'any',
      false,
      [{ code: 'any-word-fallback', allWordsHits: 1 }],
    ]);
  });

  it('search -- "caching -server" takes the words after -- as the query, exclusion included', () => {
    const run = folio(['search', '--data', data, '--json', '--', 'caching -server']);
    const { hits } = JSON.parse(run.stdout) as { hits: { snippet: string }[] };
    expect([run.status, hits.length > 0, hits.some((h) => /server/i.test(h.snippet))]).toEqual([0, true, false]);
  });

  it('search -- caching -server works with the words unquoted too', () => {
    const run = folio(['search', '--data', data, '--', 'caching', '-server']);
    expect([run.status, run.stderr]).toEqual([0, '']);
  });

  it('search with a query of spaces only prints that nothing matches and exits 0', () => {
    const run = folio(['search', '   ', '--data', data]);
    expect([run.status, run.stdout, run.stderr]).toEqual([0, 'No passages match.\n', '']);
  });

  it('docs --json into a pipe closed early ends quietly with exit 0 (no EPIPE trace)', async () => {
    const child = folioAsync(['docs', '--json', '--data', data]);
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect([code, stderr]).toEqual([0, '']);
  });

  it('show --json gives the documented fields and passages in reading order', () => {
    const [notice] = (
      JSON.parse(folio(['docs', '--json', '--data', data]).stdout) as { id: string; title: string }[]
    ).filter((d) => d.title.startsWith("China's Central Bank"));
    const shown = JSON.parse(folio(['show', notice!.id, '--json', '--data', data]).stdout) as {
      id: string;
      title: string;
      relations: unknown[];
      passages: { id: string; kind: string; text: string }[];
    };
    expect(shown.id).toBe(notice!.id);
    expect(Array.isArray(shown.relations)).toBe(true);
    expect(shown.passages.every((p) => p.id && p.kind && typeof p.text === 'string')).toBe(true);
  });

  it('search offers "did you mean" for a misspelt word', () => {
    const run = folio(['search', 'tokanization', '--data', data]);
    expect(run.stdout).toBe('No passages match.\nDid you mean: tokenization?\n');
  });

  it('importing the same file again changes nothing', () => {
    const run = folio(['import', seedPath, '--json', '--data', data]);
    expect(JSON.parse(run.stdout)).toMatchObject({ added: 0, updated: 0, unchanged: 1, failed: 0 });
  });
});

describe('folio errors', () => {
  it('names a missing file in one line and exits non-zero', () => {
    const run = folio(['import', '/no/such/file.txt', '--data', tempDir()]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('folio: /no/such/file.txt: no such file or folder\n');
  });

  it('reports an unsupported file by name and exits non-zero', () => {
    const dir = tempDir();
    const exe = path.join(dir, 'tool.exe');
    writeFileSync(exe, Buffer.from([0x4d, 0x5a, 0x90, 0x00]));
    const run = folio(['import', exe, '--data', path.join(dir, 'data')]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('failed: tool.exe');
    noStackTrace(run.stderr);
  });

  it('rejects an unknown command with exit code 2', () => {
    const run = folio(['frobnicate']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('folio: unknown command "frobnicate" (try: folio --help)\n');
  });

  it('rejects a bad --limit by name', () => {
    const run = folio(['search', 'x', '--limit', 'lots', '--data', tempDir()]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('folio: --limit takes a whole number from 1 to 5000, not "lots"\n');
  });

  it('rejects show of an unknown document with NOT_FOUND wording', () => {
    const run = folio(['show', 'dmissing', '--data', tempDir()]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('folio: No document with ID dmissing\n');
  });

  it('prints usage for --help', () => {
    const run = folio(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('folio search [--] QUERY');
  });
});
