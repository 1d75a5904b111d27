import { tokenHashKey } from '../../../shared/doors';

const storageKey = 'folio.bridgeToken';

/**
 * Reads the bridge token once: from `#token=…` in the page URL (then removed from the
 * visible URL and kept in sessionStorage, so a reload still works), else from sessionStorage.
 */
export function takeBridgeToken(
  loc: Location = window.location,
  storage: Storage = window.sessionStorage,
): string | null {
  const hash = new URLSearchParams(loc.hash.replace(/^#/, ''));
  const fromHash = hash.get(tokenHashKey);
  if (fromHash) {
    storage.setItem(storageKey, fromHash);
    hash.delete(tokenHashKey);
    const rest = hash.toString();
    window.history.replaceState(null, '', `${loc.pathname}${loc.search}${rest ? `#${rest}` : ''}`);
    return fromHash;
  }
  return storage.getItem(storageKey);
}
