import path from 'node:path';

/** electron-builder.yml copies the project's `resources/` here, under the app's resources folder. */
export const bundledResourcesFolder = 'resources';

export interface AppPathsInput {
  isPackaged: boolean;
  /** app.getAppPath(): the project root in development, app.asar when packaged. */
  appPath: string;
  /** process.resourcesPath. */
  resourcesPath: string;
  /** The folder of the main bundle (out/main). */
  mainDir: string;
}

export interface AppPaths {
  /** Holds `seed/`. */
  resourcesDir: string;
  /** The built renderer served on folio://app/. */
  rendererDir: string;
  preloadPath: string;
}

/** Where the app's own files are, in development and when packaged. */
export function resolveAppPaths(input: AppPathsInput): AppPaths {
  return {
    resourcesDir: input.isPackaged
      ? path.join(input.resourcesPath, bundledResourcesFolder)
      : path.join(input.appPath, 'resources'),
    rendererDir: path.join(input.mainDir, '..', 'renderer'),
    preloadPath: path.join(input.mainDir, '..', 'preload', 'index.js'),
  };
}
