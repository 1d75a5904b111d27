import type { OpenDialogOptions } from 'electron';
import type { KbApi } from '../../shared/api';
import { dispatch, type Result } from '../../shared/rpc';

export type ImportKind = 'files' | 'folder';

export function importDialogOptions(kind: ImportKind): OpenDialogOptions {
  return kind === 'files'
    ? { title: 'Import files', buttonLabel: 'Import', properties: ['openFile', 'multiSelections'] }
    : { title: 'Import a folder', buttonLabel: 'Import', properties: ['openDirectory'] };
}

export interface ImportDialogDeps {
  api: KbApi;
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showErrorBox(title: string, content: string): void;
  /** Records what the user picked, so the import door lets exactly these paths through. */
  choose?(paths: readonly string[]): void;
}

/**
 * File ▸ Import…: asks for files or a folder, then starts an import job in the core.
 * A refused start is shown in an error box. Returns null when the user cancels.
 *
 * @example
 *   await importFromDialog('folder', { api, showOpenDialog: (o) => dialog.showOpenDialog(window, o), showErrorBox: dialog.showErrorBox });
 */
export async function importFromDialog(kind: ImportKind, deps: ImportDialogDeps): Promise<Result<unknown> | null> {
  const choice = await deps.showOpenDialog(importDialogOptions(kind));
  if (choice.canceled || choice.filePaths.length === 0) return null;
  deps.choose?.(choice.filePaths);
  const result = await dispatch(deps.api, 'startImport', { paths: choice.filePaths });
  if (!result.ok) deps.showErrorBox('Import failed', result.error.message);
  return result;
}
