import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme } from 'electron';
import { appHost, appScheme } from './app-url';

/**
 * How `folio:` is registered (before `ready`): a standard, secure origin, so the page
 * gets a real origin for 'self' in the CSP, relative URLs and fetch. Not CORS-enabled:
 * no other origin may read it.
 */
export const appSchemePrivileges: CustomScheme = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/** Sent with every response: only the app's own scripts, styles, images and fonts. */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return contentTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a `folio://app/…` URL to a file under rootDir, or null when the URL is foreign
 * or tries to leave rootDir (`..` in any spelling, backslashes, NUL).
 *
 * @example
 *   resolveAppFile('/app/out/renderer', 'folio://app/assets/main.js'); // '/app/out/renderer/assets/main.js'
 *   resolveAppFile('/app/out/renderer', 'folio://app/..%2Fsecret'); // null
 */
export function resolveAppFile(rootDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${appScheme}:` || parsed.host !== appHost) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname.split('/').some((segment) => segment === '..')) return null;
  const relative = pathname.replace(/^\/+/, '') || 'index.html';
  const root = path.resolve(rootDir);
  const file = path.resolve(root, relative);
  return file.startsWith(root + path.sep) ? file : null;
}

/** What the handler reads from a request (Electron hands it a fetch Request). */
export interface AppRequest {
  readonly url: string;
  readonly method: string;
}

function respond(status: number, body: BodyInit | null, contentType: string): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  });
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}

/**
 * The `folio:` protocol handler: serves the built renderer from rootDir, read-only,
 * with the CSP on every response.
 *
 * @example
 *   protocol.handle(appScheme, createAppRequestHandler(path.join(__dirname, '../renderer')));
 */
export function createAppRequestHandler(rootDir: string): (request: AppRequest) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return respond(405, 'Method not allowed', 'text/plain; charset=utf-8');
    }
    const file = resolveAppFile(rootDir, request.url);
    if (file === null) return respond(403, 'Forbidden', 'text/plain; charset=utf-8');
    let data: Buffer;
    try {
      data = await readFile(file);
    } catch (error) {
      if (isMissing(error)) return respond(404, 'Not found', 'text/plain; charset=utf-8');
      throw error;
    }
    return respond(200, request.method === 'HEAD' ? null : new Uint8Array(data), contentTypeFor(file));
  };
}
