import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bridge, startBridge } from '../../../electron/bridge/server';
import type { KbService } from '../../../electron/core/service';
import { openTestService } from '../../support/service';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';

const tempDir = tempDirsCleanedAfterEachTest();
let service: KbService;
let bridge: Bridge;
let staticDir: string;

beforeAll(async () => {
  const root = (await import('node:fs')).mkdtempSync(path.join((await import('node:os')).tmpdir(), 'folio-bridge-'));
  staticDir = path.join(root, 'renderer');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Folio</title>');
  writeFileSync(path.join(root, 'secret.txt'), 'not for the browser');
  service = await openTestService(path.join(root, 'data'));
  bridge = await startBridge({ api: service.api, staticDir });
});
afterAll(async () => {
  await bridge.close();
  await service.close();
});

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Raw HTTP, so tests can send any Host and headers a hostile page could. */
function request(method: string, urlPath: string, headers: Record<string, string>, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: bridge.port, method, path: urlPath, headers }, (res) => {
      let data = '';
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const host = () => `127.0.0.1:${bridge.port}`;
const api = (method: string, body: unknown, extra: Record<string, string> = {}) =>
  request(
    'POST',
    `/api/${method}`,
    {
      host: host(),
      'content-type': 'application/json',
      authorization: `Bearer ${bridge.token}`,
      ...extra,
    },
    JSON.stringify(body),
  );

describe('HTTP bridge', () => {
  it('listens on 127.0.0.1 and puts the token in the URL fragment', () => {
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/#token=${bridge.token}`);
  });

  it('answers an API call that carries the token', async () => {
    const reply = await api('listDocuments', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body).ok).toBe(true);
  });

  it('says where an API call spent its time, phase by phase, in a Server-Timing header', async () => {
    const reply = await api('search', { query: 'rate limit', limit: 20 });
    const phases = String(reply.headers['server-timing'])
      .split(', ')
      .map((part) => /^(\w+);dur=(\d+\.\d)$/.exec(part));
    expect(phases.map((m) => m?.[1])).toEqual(['read', 'parse', 'call', 'json']);
  });

  it('refuses an API call with a wrong token', async () => {
    const reply = await api('listDocuments', {}, { authorization: 'Bearer wrong' });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toEqual({
      ok: false,
      error: { code: 'UNAUTHORIZED', message: 'Missing or wrong token' },
    });
  });

  it('refuses an API call without a token', async () => {
    const reply = await request(
      'POST',
      '/api/listDocuments',
      { host: host(), 'content-type': 'application/json' },
      '{}',
    );
    expect(reply.status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const reply = await api('listDocuments', {}, { host: `evil.example:${bridge.port}` });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body).error.message).toBe('Host not allowed');
  });

  it('refuses a foreign Origin', async () => {
    const reply = await api('listDocuments', {}, { origin: 'http://evil.example' });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body).error.message).toBe('Origin not allowed');
  });

  it('accepts its own origin under localhost', async () => {
    const reply = await api(
      'listDocuments',
      {},
      { host: `localhost:${bridge.port}`, origin: `http://localhost:${bridge.port}` },
    );
    expect(reply.status).toBe(200);
  });

  it('returns invalid JSON as INVALID_INPUT data', async () => {
    const reply = await request(
      'POST',
      '/api/search',
      {
        host: host(),
        'content-type': 'application/json',
        authorization: `Bearer ${bridge.token}`,
      },
      '{"query":',
    );
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error.code).toBe('INVALID_INPUT');
  });

  it('serves the renderer with the strict content security policy', async () => {
    const reply = await request('GET', '/', { host: host() });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
    expect(reply.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('does not serve files outside the renderer folder', async () => {
    const reply = await request('GET', '/..%2Fsecret.txt', { host: host() });
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('not for the browser');
  });
});

describe('HTTP bridge token', () => {
  it('is different on every run', async () => {
    const other = await startBridge({ api: service.api, staticDir: tempDir() });
    expect(other.token).not.toBe(bridge.token);
    await other.close();
  });
});
