import { useEffect, useState } from 'react';
import type { DocumentReply } from '../../../shared/api';
import type { KbEvent } from '../../../shared/events';
import { useApi } from '../api/ApiContext';
import { describeError } from '../api/errors';
import { useQuery } from '../api/useQuery';
import { useT } from '../i18n/useT';
import { afterNextPaint } from './after-paint';
import { forgetShownDocument, takeDocument } from './document-prefetch';

export type DocumentState =
  | { status: 'none' }
  | { status: 'loading'; docId: string }
  /**
   * `doc.window` is set while only the first screen's passages are in (the rest is on its way);
   * `inTwoSteps`: the document came (or is coming) as a first screen, then whole.
   */
  | { status: 'ready'; doc: DocumentReply; inTwoSteps: boolean }
  | { status: 'error'; docId: string; error: string };

/**
 * Loads one document (a stored `version` of it when given) through the shared data hook;
 * refetched when an import changes it. The current version comes in two steps when it is
 * long: the first screen around `around` (a passage ID), then, once that is painted, all of
 * it. A document prefetched when its hit was pressed is taken as it arrives.
 */
export function useDocument(docId: string | null, version?: string, around?: string): DocumentState {
  const api = useApi();
  const t = useT();
  const key = docId === null ? null : `document:${docId}@${version ?? 'current'}`;
  const changed = (event: KbEvent) =>
    event.name === 'libraryChanged' && docId !== null && event.payload.docIds.includes(docId);
  const first = useQuery(
    key,
    () => {
      if (docId === null) return Promise.reject(new Error('no document'));
      if (!version) return takeDocument(api, docId, around);
      forgetShownDocument();
      return api.getDocument({ id: docId, version });
    },
    { invalidatedBy: changed },
  );
  // The rest is asked for after the first screen is painted, so reading it never delays that screen.
  const windowed = first.data?.window !== undefined ? key : null;
  const [paintedKey, setPaintedKey] = useState<string | null>(null);
  useEffect(() => {
    if (windowed === null) return;
    return afterNextPaint(() => setPaintedKey(windowed));
  }, [windowed]);
  const whole = useQuery(
    windowed !== null && paintedKey === windowed ? `${windowed}:whole` : null,
    () => (docId === null ? Promise.reject(new Error('no document')) : api.getDocument({ id: docId })),
    { invalidatedBy: changed },
  );
  if (docId === null) return { status: 'none' };
  const doc = whole.data ?? first.data;
  if (doc) return { status: 'ready', doc, inTwoSteps: windowed !== null };
  if (first.error !== undefined) return { status: 'error', docId, error: describeError(first.error, t) };
  return { status: 'loading', docId };
}
