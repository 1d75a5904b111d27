/** What Electron's preload exposes as `window.kbDrop` (electron/preload/dropped-files.ts). */
interface DropBridge {
  chooseDropped(files: unknown): Promise<{ paths: string[] }>;
}

declare global {
  interface Window {
    /** Present only inside the desktop app: dropped files carry their paths there. */
    readonly kbDrop?: DropBridge;
  }
}

/** True inside the desktop app, where dropped files can be imported; false in the browser door. */
export function canImportDroppedFiles(): boolean {
  return window.kbDrop !== undefined;
}

/**
 * The paths of dropped files, recorded by the app as chosen for import (so `startImport`
 * accepts them); null in the browser, where a page never learns where a file lives.
 */
export async function droppedPaths(files: FileList): Promise<string[] | null> {
  const bridge = window.kbDrop;
  if (!bridge) return null;
  const { paths } = await bridge.chooseDropped(Array.from(files));
  return paths;
}
