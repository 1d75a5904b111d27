import { describe, expect, test, vi } from 'vitest';
import {
  createDroppedHandler,
  createInvokeHandler,
  type IpcRegistry,
  isTrustedSender,
  registerIpc,
  type SenderFrame,
} from '../../../electron/main/ipc';
import { fakeApi } from './fakes';

vi.mock('electron', () => {
  throw new Error('electron must not be loaded by ipc');
});

const mainFrame: SenderFrame = { url: 'folio://app/index.html', parent: null, processId: 4, routingId: 1 };
/** The frame Electron reports for a call from the window's page (a distinct object, same frame). */
const fromMainFrame = (changes: Partial<SenderFrame> = {}): SenderFrame => ({ ...mainFrame, ...changes });

describe('isTrustedSender', () => {
  test('trusts the main frame on the app page', () => {
    expect(isTrustedSender(fromMainFrame(), mainFrame)).toBe(true);
  });
  test('refuses a missing frame', () => {
    expect(isTrustedSender(null, mainFrame)).toBe(false);
  });
  test('refuses when there is no window', () => {
    expect(isTrustedSender(fromMainFrame(), null)).toBe(false);
  });
  test('refuses a foreign URL in the main frame', () => {
    expect(isTrustedSender(fromMainFrame({ url: 'https://example.com/' }), mainFrame)).toBe(false);
  });
  test('refuses a subframe, even on the app origin', () => {
    expect(isTrustedSender(fromMainFrame({ parent: mainFrame, routingId: 7 }), mainFrame)).toBe(false);
  });
  test('refuses the main frame of another window', () => {
    expect(isTrustedSender(fromMainFrame({ processId: 9, routingId: 1 }), mainFrame)).toBe(false);
  });
  test('refuses a detached frame', () => {
    expect(isTrustedSender(fromMainFrame({ detached: true }), mainFrame)).toBe(false);
  });
});

describe('createInvokeHandler', () => {
  const unauthorized = {
    ok: false,
    error: { code: 'UNAUTHORIZED', message: 'Refused: the call did not come from the Folio window' },
  };

  test('dispatches a trusted call to the service', async () => {
    const api = fakeApi({ listDocuments: vi.fn(async () => []) });
    const handle = createInvokeHandler(api, () => mainFrame);
    expect(await handle({ senderFrame: fromMainFrame() }, 'listDocuments', {})).toEqual({ ok: true, value: [] });
  });
  test('passes the validated input to the service', async () => {
    const startImport = vi.fn(async () => ({ jobId: 'job-1' }));
    const handle = createInvokeHandler(fakeApi({ startImport }), () => mainFrame);
    await handle({ senderFrame: fromMainFrame() }, 'startImport', { paths: ['/docs/a.txt'] });
    expect(startImport).toHaveBeenCalledWith({ paths: ['/docs/a.txt'] });
  });
  test('answers invalid input with INVALID_INPUT without calling the service', async () => {
    const api = fakeApi();
    const result = await createInvokeHandler(api, () => mainFrame)({ senderFrame: fromMainFrame() }, 'getDocument', {
      id: 42,
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^Invalid input for getDocument at id: /) },
    });
    expect(api.getDocument).not.toHaveBeenCalled();
  });
  test('answers an unknown method with UNKNOWN_METHOD', async () => {
    const result = await createInvokeHandler(fakeApi(), () => mainFrame)(
      { senderFrame: fromMainFrame() },
      'dropTables',
      {},
    );
    expect(result).toEqual({ ok: false, error: { code: 'UNKNOWN_METHOD', message: 'Unknown method: dropTables' } });
  });
  test('refuses a foreign URL with UNAUTHORIZED', async () => {
    const api = fakeApi();
    const event = { senderFrame: fromMainFrame({ url: 'https://example.com/' }) };
    expect(await createInvokeHandler(api, () => mainFrame)(event, 'listDocuments', {})).toEqual(unauthorized);
    expect(api.listDocuments).not.toHaveBeenCalled();
  });
  test('refuses a subframe with UNAUTHORIZED', async () => {
    const event = { senderFrame: fromMainFrame({ parent: mainFrame, routingId: 7 }) };
    expect(await createInvokeHandler(fakeApi(), () => mainFrame)(event, 'listDocuments', {})).toEqual(unauthorized);
  });
  test('refuses a missing sender frame with UNAUTHORIZED', async () => {
    expect(await createInvokeHandler(fakeApi(), () => mainFrame)({ senderFrame: null }, 'listDocuments', {})).toEqual(
      unauthorized,
    );
  });
  test('refuses every call while no window is open', async () => {
    const event = { senderFrame: fromMainFrame() };
    expect(await createInvokeHandler(fakeApi(), () => null)(event, 'listDocuments', {})).toEqual(unauthorized);
  });
});

describe('registerIpc', () => {
  test('registers one handler, on the contract channel', () => {
    const handle = vi.fn<IpcRegistry['handle']>();
    registerIpc({ handle }, async () => ({ ok: true, value: null }));
    expect(handle.mock.calls.map(([channel]) => channel)).toEqual(['kb:invoke']);
  });
  test('the registered listener forwards event, method and input', async () => {
    const handle = vi.fn<IpcRegistry['handle']>();
    const handler = vi.fn(async () => ({ ok: true as const, value: 'done' }));
    registerIpc({ handle }, handler);
    const listener = handle.mock.calls[0]![1];
    const event = { senderFrame: mainFrame };
    expect(await listener(event, 'search', { query: 'api' })).toEqual({ ok: true, value: 'done' });
    expect(handler).toHaveBeenCalledWith(event, 'search', { query: 'api' });
  });
});

describe('createDroppedHandler', () => {
  const recorded: string[][] = [];
  const handler = createDroppedHandler(
    (paths) => recorded.push(paths),
    () => mainFrame,
  );

  test('records absolute paths sent by the window', async () => {
    recorded.length = 0;
    expect(await handler({ senderFrame: fromMainFrame() }, ['/home/u/a.md'])).toBe(true);
    expect(recorded).toEqual([['/home/u/a.md']]);
  });
  test('ignores a call from a subframe or another page', async () => {
    recorded.length = 0;
    expect(await handler({ senderFrame: fromMainFrame({ parent: {} }) }, ['/etc'])).toBe(false);
    expect(await handler({ senderFrame: fromMainFrame({ url: 'https://example.com/' }) }, ['/etc'])).toBe(false);
    expect(recorded).toEqual([]);
  });
  test.each([[[]], ['/etc'], [['relative/path']], [[42]], [['/a\0b']], [Array.from({ length: 1001 }, () => '/a')]])(
    'refuses %j',
    async (paths) => {
      recorded.length = 0;
      expect(await handler({ senderFrame: fromMainFrame() }, paths)).toBe(false);
      expect(recorded).toEqual([]);
    },
  );
});
