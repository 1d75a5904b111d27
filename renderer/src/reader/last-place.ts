/** Where the reader last was in each document, kept in this browser profile. */
const prefix = 'folio.lastPlace.';

export function rememberPlace(storage: Pick<Storage, 'setItem'>, docId: string, passageId: string): void {
  try {
    storage.setItem(`${prefix}${docId}`, passageId);
  } catch {
    // Storage full or disabled: the place is simply not remembered.
  }
}

export function lastPlace(storage: Pick<Storage, 'getItem'>, docId: string): string | null {
  try {
    return storage.getItem(`${prefix}${docId}`);
  } catch {
    return null;
  }
}
