import type { DocumentReply, KbApi } from '../../../shared/api';
import type { PackedMarks } from '../../../shared/packed-marks';

/**
 * Documents asked for ahead of being opened (a hit pressed, not yet clicked), so the reader
 * finds the reply on its way instead of starting the request at the click. Each is taken
 * once; a refetch (an import changed the document) always goes to the core. What is asked
 * for is the first screen around the pressed hit's passage (a long document's rest follows),
 * and the user's marks on that screen with it: the reader holds the text for its marks, so
 * marks asked for only at the click would keep the text waiting.
 */
interface Pending {
  reply: Promise<DocumentReply>;
  /** Taken apart from the document (the reader asks for them through another hook). */
  marks: Promise<PackedMarks>;
  at: number;
  around: string | undefined;
}

type PrefetchApi = Pick<KbApi, 'getDocument' | 'documentMarks'>;

/** A prefetched reply older than this is not used (the library may have changed since). */
const freshForMs = 5_000;
/** At most this many prefetches wait to be taken; the oldest is dropped. */
const maxPending = 3;

const pending = new Map<string, Pending>();
let shown: string | null = null;

const now = () => performance.now();
const firstScreenOf = (around: string | undefined) => (around ? { around } : {});

/** The first screen of a document's current version, around a passage when one is named. */
const firstScreen = (api: Pick<KbApi, 'getDocument'>, docId: string, around: string | undefined) =>
  api.getDocument({ id: docId, firstScreen: firstScreenOf(around) });

/** The marks on that first screen. */
const firstScreenMarks = (api: Pick<KbApi, 'documentMarks'>, docId: string, around: string | undefined) =>
  api.documentMarks({ docId, firstScreen: firstScreenOf(around) });

/** A prefetch nobody takes must not report an unhandled rejection; the taker sees the error. */
function quiet<T>(reply: Promise<T>): Promise<T> {
  reply.catch(() => undefined);
  return reply;
}

const fresh = <P extends Pick<Pending, 'around' | 'at'>>(p: P | null | undefined, around: string | undefined): p is P =>
  p != null && p.around === around && now() - p.at < freshForMs;

/** Starts fetching the current version of a document (and its marks) around a passage, unless the reader shows it already. */
export function prefetchDocument(api: PrefetchApi, docId: string, around?: string): void {
  if (docId === shown) return;
  if (fresh(pending.get(docId), around)) return;
  const reply = quiet(firstScreen(api, docId, around));
  const marks = quiet(firstScreenMarks(api, docId, around));
  pending.delete(docId);
  pending.set(docId, { reply, marks, at: now(), around });
  while (pending.size > maxPending) {
    const oldest = pending.keys().next().value;
    if (oldest === undefined) break;
    pending.delete(oldest);
  }
}

/**
 * The first screen of the document's current version around `around`: the prefetched reply
 * when a fresh one for that passage is waiting, else a new request. Its prefetched marks stay
 * to be taken by `takeFirstScreenMarks`.
 */
export function takeDocument(api: Pick<KbApi, 'getDocument'>, docId: string, around?: string): Promise<DocumentReply> {
  shown = docId;
  const waiting = pending.get(docId);
  pending.delete(docId);
  if (fresh(waiting, around)) {
    marksLeft = { docId, around, at: waiting.at, marks: waiting.marks };
    return waiting.reply;
  }
  return firstScreen(api, docId, around);
}

/** The marks prefetched with the document last taken, until the reader takes them. */
let marksLeft: (Pick<Pending, 'marks' | 'at' | 'around'> & { docId: string }) | null = null;

/**
 * The marks on the first screen of a document around `around`: those prefetched with it when
 * the document just taken came from a fresh prefetch, else a new request.
 */
export function takeFirstScreenMarks(
  api: Pick<KbApi, 'documentMarks'>,
  docId: string,
  around?: string,
): Promise<PackedMarks> {
  const left = marksLeft;
  marksLeft = null;
  if (fresh(left, around) && left.docId === docId) return left.marks;
  return firstScreenMarks(api, docId, around);
}

/** The reader no longer shows a current version of any document (closed, or an older version shown). */
export function forgetShownDocument(): void {
  shown = null;
}
