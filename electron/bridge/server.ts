import { randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { KbApi } from '../../shared/api';
import { apiPrefix, maxBodyBytes, tokenHashKey } from '../../shared/doors';
import type { ErrorData } from '../../shared/errors';
import { eventsPath } from '../../shared/events';
import { dispatch } from '../../shared/rpc';
import type { KbEventSource } from '../core/events';
import { hasQueryToken, streamEvents } from './event-stream';
import { hasToken, isAllowedHost, isAllowedOrigin } from './guards';
import { ServerTiming } from './server-timing';
import { contentSecurityPolicy, readStaticFile } from './static-files';

export interface BridgeOptions {
  api: KbApi;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Defaults to a fresh random token for this run. */
  token?: string;
  /** The core's events, streamed at `GET /events?token=…` (Server-Sent Events). */
  events?: KbEventSource;
}

export interface Bridge {
  /** The page to open, carrying the token in its fragment (never sent to the server or logs). */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

function sendJson(res: ServerResponse, status: number, body: unknown, timing?: ServerTiming): void {
  const text = JSON.stringify(body);
  timing?.mark('json');
  res.writeHead(status, {
    ...securityHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    ...(timing ? { 'Server-Timing': timing.header() } : {}),
  });
  res.end(text);
}

function refuse(res: ServerResponse, status: number, code: ErrorData['code'], message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Over the limit the rest is read and dropped (not kept), so the 413 reply reaches the
    // client instead of a connection reset.
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () => resolve(size > maxBodyBytes ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function handleApi(api: KbApi, req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
  if (req.method !== 'POST') return refuse(res, 405, 'INVALID_INPUT', 'API calls are POST requests');
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return refuse(res, 415, 'INVALID_INPUT', 'API calls send application/json');
  }
  const timing = new ServerTiming();
  const body = await readBody(req);
  timing.mark('read');
  if (body === null) return refuse(res, 413, 'INVALID_INPUT', `Request body over ${maxBodyBytes} bytes`);
  let input: unknown;
  try {
    input = body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    return refuse(res, 400, 'INVALID_INPUT', 'Request body is not valid JSON');
  }
  timing.mark('parse');
  const reply = await dispatch(api, method, input);
  timing.mark('call');
  sendJson(res, 200, reply, timing);
}

/**
 * The browser door: serves the built renderer and the typed API on 127.0.0.1 only.
 * Every request must name a loopback Host (DNS rebinding) and, if it has an Origin,
 * the bridge's own; API calls also need the per-run bearer token.
 */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const staticDir = path.resolve(options.staticDir);
  let port = 0;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!isAllowedHost(req.headers, port)) return refuse(res, 403, 'UNAUTHORIZED', 'Host not allowed');
    if (!isAllowedOrigin(req.headers, port)) return refuse(res, 403, 'UNAUTHORIZED', 'Origin not allowed');
    if (url.pathname.startsWith(apiPrefix)) {
      if (!hasToken(req.headers, token)) return refuse(res, 401, 'UNAUTHORIZED', 'Missing or wrong token');
      handleApi(options.api, req, res, url.pathname.slice(apiPrefix.length)).catch((error: unknown) =>
        refuse(res, 500, 'INTERNAL', error instanceof Error ? error.message : String(error)),
      );
      return;
    }
    if (url.pathname === eventsPath && options.events) {
      if (req.method !== 'GET') return refuse(res, 405, 'INVALID_INPUT', 'The event stream is a GET request');
      if (!hasQueryToken(url, token)) return refuse(res, 401, 'UNAUTHORIZED', 'Missing or wrong token');
      return streamEvents(req, res, options.events, securityHeaders);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'INVALID_INPUT', 'Method not allowed');
    readStaticFile(staticDir, url.pathname).then(
      (file) => {
        if (!file) return refuse(res, 404, 'NOT_FOUND', `No such page: ${url.pathname}`);
        res.writeHead(200, { ...securityHeaders, 'Content-Type': file.contentType });
        res.end(req.method === 'HEAD' ? undefined : file.body);
      },
      () => refuse(res, 500, 'INTERNAL', 'Cannot read page'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#${tokenHashKey}=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
