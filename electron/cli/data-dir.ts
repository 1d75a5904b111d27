import os from 'node:os';
import path from 'node:path';

/**
 * Where the CLI and the browser door keep the library when no --data is given:
 * $XDG_DATA_HOME/folio (default ~/.local/share/folio); the platform's own folder on macOS and Windows.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', 'Folio');
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), 'Folio');
  const base =
    env.XDG_DATA_HOME && path.isAbsolute(env.XDG_DATA_HOME)
      ? env.XDG_DATA_HOME
      : path.join(os.homedir(), '.local', 'share');
  return path.join(base, 'folio');
}
