import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Bridge, startBridge } from '../../../electron/bridge/server';
import { createPathAllowList } from '../../../electron/core/import/path-allow-list';
import { createKbService, type KbService } from '../../../electron/core/service';
import { createInvokeHandler, type SenderFrame } from '../../../electron/main/ipc';
import { contract } from '../../../shared/api';
import { type MethodName, methodNames } from '../../../shared/methods';
import { resourcesDir } from '../../support/service';

let service: KbService;
let bridge: Bridge;
let staticDir: string;

beforeAll(async () => {
  const root = (await import('node:fs')).mkdtempSync(`${(await import('node:os')).tmpdir()}/folio-fuzz-`);
  staticDir = root;
  service = await createKbService({
    dataDir: `${root}/data`,
    resourcesDir,
    appVersion: '0.0.0-test',
    importOn: 'this-thread',
    seedEmptyLibrary: true,
    // As `folio serve` without --allow: the door imports nothing.
    importPolicy: (paths) => createPathAllowList([]).check(paths),
  });
  bridge = await startBridge({ api: service.api, staticDir });
});
afterAll(async () => {
  await bridge.close();
  await service.close();
  (await import('node:fs')).rmSync(staticDir, { recursive: true, force: true });
});

const mainFrame: SenderFrame = { url: 'folio://app/index.html', parent: null, processId: 1, routingId: 1 };
const ipc = () => createInvokeHandler(service.api, () => mainFrame);

/** Inputs a hostile page would try on every method, besides random JSON. */
const hostile: unknown[] = [
  JSON.parse('{"__proto__": {"polluted": true}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  { query: 'x'.repeat(200_000), prefix: 'x'.repeat(200_000), id: 'x'.repeat(200_000), jobId: 'x'.repeat(200_000) },
  { paths: ['x'.repeat(100_000)] },
  { paths: Array.from({ length: 5_000 }, () => '/etc/passwd') },
  { query: 42 },
  { paths: '/etc/passwd' },
  { groups: [[{}, []]] },
  { limit: -1, query: 'a' },
  { limit: 1e308, query: 'a' },
  [],
  'a string',
  42,
  true,
];

interface Reply {
  ok: boolean;
  error?: { code: string; message: string };
}

function assertSafeReply(method: MethodName, input: unknown, reply: Reply): void {
  const valid = contract[method].input.safeParse(input ?? {}).success;
  if (!valid) expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  if (!reply.ok) {
    expect(reply.error!.code).not.toBe('INTERNAL');
    expect(reply.error!.message).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
  }
}

describe('every method, over IPC, with invalid payloads', () => {
  it.each(methodNames.map((m) => [m]))('%s answers INVALID_INPUT (or a clear code), never a stack', async (method) => {
    const handle = ipc();
    for (const input of hostile) {
      assertSafeReply(method, input, (await handle({ senderFrame: mainFrame }, method, input)) as Reply);
    }
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (input) => {
        assertSafeReply(method, input, (await handle({ senderFrame: mainFrame }, method, input)) as Reply);
      }),
      { numRuns: 150 },
    );
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe('every method, over the HTTP bridge, with invalid payloads', () => {
  const post = async (method: string, body: string) => {
    const reply = await fetch(`http://127.0.0.1:${bridge.port}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bridge.token}` },
      body,
    });
    return (await reply.json()) as Reply;
  };

  it.each(methodNames.map((m) => [m]))('%s answers INVALID_INPUT (or a clear code), never a stack', async (method) => {
    for (const input of hostile) assertSafeReply(method, input, await post(method, JSON.stringify(input)));
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (input) => {
        assertSafeReply(method, input, await post(method, JSON.stringify(input)));
      }),
      { numRuns: 40 },
    );
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('refuses a body over the size limit and bytes that are not JSON with INVALID_INPUT', async () => {
    expect(await post('search', `{"query":"${'x'.repeat(1_100_000)}"}`)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await post('search', '{"query": "a"')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('refuses an unknown method with UNKNOWN_METHOD', async () => {
    expect(await post('__proto__', '{}')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await post('constructor', '{}')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });
});

describe('zod under the CSP', () => {
  it('builds and runs the contract without compiling code (no new Function, so no eval)', async () => {
    const real = globalThis.Function;
    let compiled = 0;
    globalThis.Function = new Proxy(real, {
      construct(target, args) {
        compiled += 1;
        return Reflect.construct(target, args);
      },
    });
    try {
      vi.resetModules();
      const fresh = (await import('../../../shared/api')).contract;
      for (const method of methodNames)
        fresh[method].input.safeParse({ query: 'a', id: 'x', jobId: 'y', paths: ['/a'] });
      fresh.search.output.safeParse({ hits: [], terms: [] });
    } finally {
      globalThis.Function = real;
    }
    expect(compiled).toBe(0);
  });
});
