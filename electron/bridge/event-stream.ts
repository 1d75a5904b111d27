import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { eventsTokenParam } from '../../shared/events';
import type { KbEventSource } from '../core/events';

/**
 * Constant-time check of the token in `?token=`: EventSource cannot send an
 * Authorization header, so the events stream takes it from its URL instead.
 */
export function hasQueryToken(url: URL, token: string): boolean {
  const given = Buffer.from(url.searchParams.get(eventsTokenParam) ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** How often an idle stream sends a comment line, so proxies and the browser keep it open. */
const keepAliveMs = 25_000;

/**
 * Streams the core's events as Server-Sent Events (`event: <name>` / `data: <json>`)
 * until the client goes away.
 */
export function streamEvents(
  req: IncomingMessage,
  res: ServerResponse,
  source: KbEventSource,
  headers: Record<string, string>,
): void {
  res.writeHead(200, {
    ...headers,
    'Content-Type': 'text/event-stream; charset=utf-8',
    Connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  const unsubscribe = source.subscribe((event) => {
    res.write(`event: ${event.name}\ndata: ${JSON.stringify(event.payload)}\n\n`);
  });
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), keepAliveMs);
  const stop = () => {
    clearInterval(keepAlive);
    unsubscribe();
  };
  req.on('close', stop);
  res.on('close', stop);
}
