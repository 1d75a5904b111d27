import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../electron/cli/data-dir';

describe('defaultDataDir', () => {
  it('uses $XDG_DATA_HOME/folio on Linux when set', () => {
    expect(defaultDataDir({ XDG_DATA_HOME: '/x/data' }, 'linux')).toBe('/x/data/folio');
  });
  it('falls back to ~/.local/share/folio on Linux', () => {
    expect(defaultDataDir({}, 'linux')).toBe(path.join(os.homedir(), '.local', 'share', 'folio'));
  });
  it('ignores a relative XDG_DATA_HOME, as the spec says', () => {
    expect(defaultDataDir({ XDG_DATA_HOME: 'rel' }, 'linux')).toBe(path.join(os.homedir(), '.local', 'share', 'folio'));
  });
  it('uses Application Support on macOS', () => {
    expect(defaultDataDir({}, 'darwin')).toBe(path.join(os.homedir(), 'Library', 'Application Support', 'Folio'));
  });
});
