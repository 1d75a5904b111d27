import { droppedChannel } from '../../shared/methods';

/** What the preload exposes as `window.kbDrop`. */
export interface DropBridge {
  /**
   * Records the files the user dropped on the window as chosen for import and returns their
   * paths (pass them to `startImport`). Only File objects from a real drop carry a path; a
   * File the page makes itself has none, so a page cannot name files this way.
   */
  chooseDropped(files: unknown): Promise<{ paths: string[] }>;
}

export function createDropBridge(
  pathOf: (file: File) => string,
  send: (channel: typeof droppedChannel, paths: string[]) => Promise<unknown>,
): DropBridge {
  return Object.freeze({
    async chooseDropped(files: unknown) {
      const list = Array.isArray(files) ? files : [];
      const paths: string[] = [];
      for (const file of list) {
        let real = '';
        try {
          real = pathOf(file as File);
        } catch {
          // not a File: nothing to record
        }
        if (real !== '') paths.push(real);
      }
      if (paths.length > 0) await send(droppedChannel, paths);
      return { paths };
    },
  });
}
