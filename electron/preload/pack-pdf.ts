import type { KbPackPdfBridge } from '../../shared/doors';
import { packPdfChannel } from '../../shared/methods';

/** `window.kbPackPdf`: one call that passes a pack's name or ID to main, and main's reply back. */
export function createPackPdfBridge(
  send: (channel: typeof packPdfChannel, pack: string) => Promise<unknown>,
): KbPackPdfBridge {
  return Object.freeze({
    async save(pack: string) {
      if (typeof pack !== 'string') return { ok: false as const, message: 'INVALID_INPUT' };
      return (await send(packPdfChannel, pack)) as Awaited<ReturnType<KbPackPdfBridge['save']>>;
    },
  });
}
