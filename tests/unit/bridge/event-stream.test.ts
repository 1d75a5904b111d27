import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bridge, startBridge } from '../../../electron/bridge/server';
import { createEventHub, type KbEventHub } from '../../../electron/core/events';
import { openTestService } from '../../support/service';

let hub: KbEventHub;
let bridge: Bridge;
let root: string;
let closeService: () => Promise<void>;

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'folio-sse-'));
  const staticDir = path.join(root, 'renderer');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Folio</title>');
  const service = await openTestService(path.join(root, 'data'), false);
  closeService = () => service.close();
  hub = createEventHub();
  bridge = await startBridge({ api: service.api, events: hub, staticDir });
});
afterAll(async () => {
  await bridge.close();
  await closeService();
  rmSync(root, { recursive: true, force: true });
});

/** Opens the stream and resolves with the status, headers, and the body read until `until` matches. */
function openStream(
  urlPath: string,
  headers: Record<string, string> = {},
  until: (body: string) => boolean = () => true,
  onOpen: () => void = () => undefined,
): Promise<{ status: number; type: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      {
        host: '127.0.0.1',
        port: bridge.port,
        path: urlPath,
        headers: { host: `127.0.0.1:${bridge.port}`, ...headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        const done = () => {
          req.destroy();
          resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body });
        };
        res.on('data', (chunk: string) => {
          body += chunk;
          if (until(body)) done();
        });
        res.on('end', done);
        if (res.statusCode === 200) onOpen();
      },
    );
    req.on('error', reject);
  });
}

describe('the bridge event stream (Server-Sent Events)', () => {
  it('refuses a stream without the token', async () => {
    const reply = await openStream('/events');
    expect([reply.status, JSON.parse(reply.body)]).toEqual([
      401,
      { ok: false, error: { code: 'UNAUTHORIZED', message: 'Missing or wrong token' } },
    ]);
  });
  it('refuses a stream with a wrong token of the right length', async () => {
    const wrong = bridge.token.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await openStream(`/events?token=${wrong}`)).status).toBe(401);
  });
  it('refuses a stream from a foreign Origin even with the token', async () => {
    const reply = await openStream(`/events?token=${bridge.token}`, { origin: 'http://evil.example' });
    expect(reply.status).toBe(403);
  });
  it('does not accept the token in the query for API calls', async () => {
    const reply = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: bridge.port,
          method: 'POST',
          path: `/api/listDocuments?token=${bridge.token}`,
          headers: { host: `127.0.0.1:${bridge.port}`, 'content-type': 'application/json' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(reply).toBe(401);
  });
  it('streams each core event as `event: <name>` and a JSON data line', async () => {
    const reply = await openStream(
      `/events?token=${bridge.token}`,
      {},
      (body) => body.includes('importProgress'),
      () =>
        setTimeout(() => {
          hub.emit({ name: 'libraryChanged', payload: { docIds: ['d1'] } });
          hub.emit({ name: 'importProgress', payload: { jobId: 'j', state: 'running', filesDone: 1, filesTotal: 3 } });
        }, 20),
    );
    expect([reply.status, reply.type, reply.body]).toEqual([
      200,
      'text/event-stream; charset=utf-8',
      ': connected\n\n' +
        'event: libraryChanged\ndata: {"docIds":["d1"]}\n\n' +
        'event: importProgress\ndata: {"jobId":"j","state":"running","filesDone":1,"filesTotal":3}\n\n',
    ]);
  });
});
