import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import {
  appSchemePrivileges,
  contentSecurityPolicy,
  createAppRequestHandler,
  resolveAppFile,
} from '../../../electron/main/protocol';

vi.mock('electron', () => {
  throw new Error('electron must not be loaded by protocol');
});

const expectedCsp =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

let tmp: string;
let rootDir: string;
let serve: ReturnType<typeof createAppRequestHandler>;

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'folio-protocol-'));
  rootDir = path.join(tmp, 'renderer');
  mkdirSync(path.join(rootDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rootDir, 'index.html'), '<!doctype html><title>Folio</title>');
  writeFileSync(path.join(rootDir, 'assets', 'index-abc.js'), 'console.log(1);');
  writeFileSync(path.join(tmp, 'secret.txt'), 'TOP SECRET');
  serve = createAppRequestHandler(rootDir);
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const get = (url: string) => serve({ url, method: 'GET' });

describe('appSchemePrivileges', () => {
  test('registers folio: as a standard, secure scheme with fetch and without CORS', () => {
    expect(appSchemePrivileges).toEqual({
      scheme: 'folio',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });
});

describe('the folio: protocol handler', () => {
  test('serves index.html for the entry URL', async () => {
    const response = await get('folio://app/index.html');
    expect([response.status, await response.text()]).toEqual([200, '<!doctype html><title>Folio</title>']);
  });
  test('serves index.html for the bare origin', async () => {
    expect(await (await get('folio://app/')).text()).toBe('<!doctype html><title>Folio</title>');
  });
  test('labels HTML as text/html', async () => {
    expect((await get('folio://app/index.html')).headers.get('content-type')).toBe('text/html; charset=utf-8');
  });
  test('labels scripts as text/javascript', async () => {
    expect((await get('folio://app/assets/index-abc.js')).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    );
  });
  test('sets the strict CSP header', async () => {
    expect((await get('folio://app/index.html')).headers.get('content-security-policy')).toBe(expectedCsp);
  });
  test('exports the same CSP it sends', () => {
    expect(contentSecurityPolicy).toBe(expectedCsp);
  });
  test('sets the CSP header on refusals too', async () => {
    expect((await get('folio://app/..%2Fsecret.txt')).headers.get('content-security-policy')).toBe(expectedCsp);
  });
  test('forbids MIME sniffing', async () => {
    expect((await get('folio://app/index.html')).headers.get('x-content-type-options')).toBe('nosniff');
  });
  test.each([
    'folio://app/..%2Fsecret.txt',
    'folio://app/..%2F..%2F..%2F..%2Fetc%2Fpasswd',
    'folio://app/assets/..%2F..%2Fsecret.txt',
    'folio://app/%2e%2e%2fsecret.txt',
    'folio://app/..%5Csecret.txt',
    'folio://app/index.html%00.js',
  ])('refuses the traversal %s with 403', async (url) => {
    const response = await get(url);
    expect([response.status, await response.text()]).toEqual([403, 'Forbidden']);
  });
  test('keeps a literal ../ inside the root (the URL parser resolves it first)', async () => {
    const response = await get('folio://app/assets/../../secret.txt');
    expect([response.status, await response.text()]).toEqual([404, 'Not found']);
  });
  test('refuses another host of the scheme', async () => {
    expect((await get('folio://other/index.html')).status).toBe(403);
  });
  test('answers 404 for a missing file', async () => {
    expect((await get('folio://app/missing.js')).status).toBe(404);
  });
  test('answers 404 for a folder', async () => {
    expect((await get('folio://app/assets/')).status).toBe(404);
  });
  test('refuses POST with 405', async () => {
    expect((await serve({ url: 'folio://app/index.html', method: 'POST' })).status).toBe(405);
  });
  test('answers HEAD without a body', async () => {
    const response = await serve({ url: 'folio://app/index.html', method: 'HEAD' });
    expect([response.status, await response.text()]).toEqual([200, '']);
  });
});

describe('resolveAppFile', () => {
  test('maps a URL path to a file under the root', () => {
    expect(resolveAppFile('/srv/renderer', 'folio://app/assets/a.js')).toBe(path.resolve('/srv/renderer/assets/a.js'));
  });
  test('decodes percent-escapes in file names', () => {
    expect(resolveAppFile('/srv/renderer', 'folio://app/fonts/Noto%20Sans.woff2')).toBe(
      path.resolve('/srv/renderer/fonts/Noto Sans.woff2'),
    );
  });
  test('refuses a malformed escape', () => {
    expect(resolveAppFile('/srv/renderer', 'folio://app/%E0%A4%A')).toBeNull();
  });
  test('refuses another scheme', () => {
    expect(resolveAppFile('/srv/renderer', 'file:///srv/renderer/index.html')).toBeNull();
  });
});
