import { afterEach, describe, expect, test } from 'vitest';
import {
  forgetShownDocument,
  prefetchDocument,
  takeDocument,
  takeFirstScreenMarks,
} from '../../../renderer/src/reader/document-prefetch';
import type { DocumentReply } from '../../../shared/api';
import type { PackedMarks } from '../../../shared/packed-marks';

/** An API that answers at once and records what it was asked. */
function recordingApi() {
  const asked: string[] = [];
  const api = {
    getDocument: async (input: { id: string; firstScreen?: { around?: string } }) => {
      asked.push(`getDocument ${input.id} around ${input.firstScreen?.around ?? '-'}`);
      return { id: input.id } as DocumentReply;
    },
    documentMarks: async (input: { docId: string; firstScreen?: { around?: string } }) => {
      asked.push(`documentMarks ${input.docId} around ${input.firstScreen?.around ?? '-'}`);
      return { passages: [], ids: [], rows: '' } as PackedMarks;
    },
  };
  return { api, asked };
}

type RecordingApi = ReturnType<typeof recordingApi>['api'];

/** What the reader asks for when a hit is opened: the document's first screen, then the marks on it. */
async function openHit(api: RecordingApi, docId: string, around: string): Promise<void> {
  await takeDocument(api, docId, around);
  await takeFirstScreenMarks(api, docId, around);
}

afterEach(() => forgetShownDocument());

describe('a pressed hit prefetches its document’s first screen and the marks on it', () => {
  test('the press asks for both; the click then asks for nothing more', async () => {
    const { api, asked } = recordingApi();
    prefetchDocument(api, 'doc-a', 'doc-a:p7');
    await openHit(api, 'doc-a', 'doc-a:p7');
    expect(asked).toEqual(['getDocument doc-a around doc-a:p7', 'documentMarks doc-a around doc-a:p7']);
  });
  test('marks are asked for anew when the document was not prefetched', async () => {
    const { api, asked } = recordingApi();
    await openHit(api, 'doc-b', 'doc-b:p1');
    expect(asked).toEqual(['getDocument doc-b around doc-b:p1', 'documentMarks doc-b around doc-b:p1']);
  });
  test('prefetched marks are taken once: a refetch asks the core', async () => {
    const { api, asked } = recordingApi();
    prefetchDocument(api, 'doc-c', 'doc-c:p2');
    await openHit(api, 'doc-c', 'doc-c:p2');
    await takeFirstScreenMarks(api, 'doc-c', 'doc-c:p2');
    expect(asked.filter((a) => a.startsWith('documentMarks'))).toEqual([
      'documentMarks doc-c around doc-c:p2',
      'documentMarks doc-c around doc-c:p2',
    ]);
  });
});
