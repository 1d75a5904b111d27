import type { KbApi } from '../../../shared/api';
import type { DocumentDetail } from '../../../shared/model';

/**
 * Documents asked for ahead of being opened (a hit pressed, not yet clicked), so the reader
 * finds the reply on its way instead of starting the request at the click. Each is taken
 * once; a refetch (an import changed the document) always goes to the core.
 */
interface Pending {
  reply: Promise<DocumentDetail>;
  at: number;
}

/** A prefetched reply older than this is not used (the library may have changed since). */
const freshForMs = 5_000;
/** At most this many prefetches wait to be taken; the oldest is dropped. */
const maxPending = 3;

const pending = new Map<string, Pending>();
let shown: string | null = null;

const now = () => performance.now();

/** Starts fetching the current version of a document, unless the reader shows it already. */
export function prefetchDocument(api: Pick<KbApi, 'getDocument'>, docId: string): void {
  if (docId === shown) return;
  const existing = pending.get(docId);
  if (existing && now() - existing.at < freshForMs) return;
  const reply = api.getDocument({ id: docId });
  // A prefetch nobody takes must not report an unhandled rejection; the taker sees the error.
  reply.catch(() => undefined);
  pending.set(docId, { reply, at: now() });
  while (pending.size > maxPending) {
    const oldest = pending.keys().next().value;
    if (oldest === undefined) break;
    pending.delete(oldest);
  }
}

/** The document's current version: the prefetched reply when a fresh one is waiting, else a new request. */
export function takeDocument(api: Pick<KbApi, 'getDocument'>, docId: string): Promise<DocumentDetail> {
  shown = docId;
  const waiting = pending.get(docId);
  pending.delete(docId);
  if (waiting && now() - waiting.at < freshForMs) return waiting.reply;
  return api.getDocument({ id: docId });
}

/** The reader no longer shows a current version of any document (closed, or an older version shown). */
export function forgetShownDocument(): void {
  shown = null;
}
