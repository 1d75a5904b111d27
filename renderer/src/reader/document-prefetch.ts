import type { DocumentReply, KbApi } from '../../../shared/api';

/**
 * Documents asked for ahead of being opened (a hit pressed, not yet clicked), so the reader
 * finds the reply on its way instead of starting the request at the click. Each is taken
 * once; a refetch (an import changed the document) always goes to the core. What is asked
 * for is the first screen around the pressed hit's passage (a long document's rest follows).
 */
interface Pending {
  reply: Promise<DocumentReply>;
  at: number;
  around: string | undefined;
}

/** A prefetched reply older than this is not used (the library may have changed since). */
const freshForMs = 5_000;
/** At most this many prefetches wait to be taken; the oldest is dropped. */
const maxPending = 3;

const pending = new Map<string, Pending>();
let shown: string | null = null;

const now = () => performance.now();

/** The first screen of a document's current version, around a passage when one is named. */
const firstScreen = (api: Pick<KbApi, 'getDocument'>, docId: string, around: string | undefined) =>
  api.getDocument({ id: docId, firstScreen: around ? { around } : {} });

/** Starts fetching the current version of a document around a passage, unless the reader shows it already. */
export function prefetchDocument(api: Pick<KbApi, 'getDocument'>, docId: string, around?: string): void {
  if (docId === shown) return;
  const existing = pending.get(docId);
  if (existing && existing.around === around && now() - existing.at < freshForMs) return;
  const reply = firstScreen(api, docId, around);
  // A prefetch nobody takes must not report an unhandled rejection; the taker sees the error.
  reply.catch(() => undefined);
  pending.delete(docId);
  pending.set(docId, { reply, at: now(), around });
  while (pending.size > maxPending) {
    const oldest = pending.keys().next().value;
    if (oldest === undefined) break;
    pending.delete(oldest);
  }
}

/**
 * The first screen of the document's current version around `around`: the prefetched reply
 * when a fresh one for that passage is waiting, else a new request.
 */
export function takeDocument(api: Pick<KbApi, 'getDocument'>, docId: string, around?: string): Promise<DocumentReply> {
  shown = docId;
  const waiting = pending.get(docId);
  pending.delete(docId);
  if (waiting && waiting.around === around && now() - waiting.at < freshForMs) return waiting.reply;
  return firstScreen(api, docId, around);
}

/** The reader no longer shows a current version of any document (closed, or an older version shown). */
export function forgetShownDocument(): void {
  shown = null;
}
