import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bridge, startBridge } from '../../electron/bridge/server';
import type { KbService } from '../../electron/core/service';
import type { KbApi } from '../../shared/api';
import { KbError } from '../../shared/errors';
import type { MethodName } from '../../shared/methods';
import { createClient, dispatch } from '../../shared/rpc';
import { openTestService } from '../support/service';

/**
 * The contract, asserted identically over each door: a direct call through the
 * dispatcher, and HTTP through the bridge. A method's behaviour must not depend on the door.
 */
let root: string;
let service: KbService;
let bridge: Bridge;

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'folio-contract-'));
  mkdirSync(path.join(root, 'renderer'));
  writeFileSync(path.join(root, 'renderer', 'index.html'), '<!doctype html>');
  service = await openTestService(path.join(root, 'data'));
  bridge = await startBridge({ api: service.api, staticDir: path.join(root, 'renderer') });
});
afterAll(async () => {
  await bridge.close();
  await service.close();
  rmSync(root, { recursive: true, force: true });
});

const doors: [string, () => KbApi][] = [
  ['direct', () => createClient((method: MethodName, input: unknown) => dispatch(service.api, method, input))],
  [
    'http',
    () =>
      createClient(async (method, input) => {
        const res = await fetch(`http://127.0.0.1:${bridge.port}/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${bridge.token}` },
          body: JSON.stringify(input),
        });
        return res.json();
      }),
  ],
];

describe.each(doors)('contract over %s', (_door, client) => {
  it('listDocuments returns the two seed documents with passage counts', async () => {
    const docs = await client().listDocuments({});
    expect(docs.map((d) => d.title)).toEqual([
      'WEEX Crypto News and the Dynamics of API Access',
      "China's Central Bank and Eight Other Departments' Latest Regulatory Focus: Key Attention to RWA Tokenized Asset Risk",
    ]);
    for (const d of docs) expect(d.passages).toBeGreaterThan(0);
  });

  it('getDocument returns passages in reading order', async () => {
    const [first] = await client().listDocuments({});
    const detail = await client().getDocument({ id: first!.id });
    expect(detail.title).toBe(first!.title);
    expect(detail.passages).toHaveLength(first!.passages);
  });

  it('getDocument asked for a first screen of a short document returns all of it, with no window', async () => {
    const [first] = await client().listDocuments({});
    const whole = await client().getDocument({ id: first!.id });
    const screen = await client().getDocument({ id: first!.id, firstScreen: { around: whole.passages[1]!.id } });
    expect(screen).toEqual(whole);
    expect(screen.window).toBeUndefined();
  });

  it('getDocument refuses an empty first-screen passage ID with INVALID_INPUT', async () => {
    const [first] = await client().listDocuments({});
    await expect(client().getDocument({ id: first!.id, firstScreen: { around: '' } })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('getDocument of an unknown ID fails with NOT_FOUND', async () => {
    await expect(client().getDocument({ id: 'dnope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('rejects input that breaks the schema with INVALID_INPUT', async () => {
    await expect(client().getDocument({ id: 42 } as unknown as { id: string })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('rejects unknown input fields with INVALID_INPUT', async () => {
    await expect(client().listDocuments({ extra: 1 } as unknown as Record<string, never>)).rejects.toBeInstanceOf(
      KbError,
    );
  });

  it('search for "rate limits" returns hits with snippets from the article', async () => {
    const result = await client().search({ query: 'rate limits' });
    expect(result.hits.length).toBeGreaterThan(0);
    expect(result.hits[0]!.docTitle).toBe('WEEX Crypto News and the Dynamics of API Access');
    expect(result.hits[0]!.snippet.toLowerCase()).toContain('rate limit');
  });

  it('search never fails on hostile syntax', async () => {
    const result = await client().search({ query: '"unbalanced AND NEAR( C++ * :' });
    expect(Array.isArray(result.hits)).toBe(true);
  });

  it('libraryInfo reports the schema version and counts', async () => {
    const info = await client().libraryInfo({});
    expect(info.documents).toBe(2);
    expect(info.schemaVersion).toBeGreaterThanOrEqual(30);
  });

  it('listImports is empty before any import was started', async () => {
    expect(await client().listImports({})).toEqual([]);
  });

  it('importStatus of an unknown job fails with NOT_FOUND', async () => {
    await expect(client().importStatus({ jobId: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('dispatch', () => {
  it('answers an unknown method with UNKNOWN_METHOD as data', async () => {
    expect(await dispatch(service.api, 'dropTables', {})).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_METHOD', message: 'Unknown method: dropTables' },
    });
  });
});
