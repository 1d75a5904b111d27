import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { KbError } from '../../../shared/errors';

/**
 * The paths a door may import: the folders named with `folio serve --allow DIR`, or what
 * the user picked in the app's open dialog. Everything is compared as real paths, so `..`,
 * symlinks and /proc links cannot lead outside.
 */
export interface PathAllowList {
  /** Allows these paths (and, for folders, everything inside them) from now on. */
  add(paths: readonly string[]): void;
  /** The paths to import, as real paths; PATH_NOT_ALLOWED if any one is outside. */
  check(paths: readonly string[]): Promise<string[]>;
  roots(): readonly string[];
}

/** The real path of `given`, or, when it does not exist, of its deepest existing folder plus the rest. */
function realOrNearest(given: string): { real: string; exists: boolean } {
  let existing = given;
  const rest: string[] = [];
  for (;;) {
    try {
      return { real: path.join(realpathSync(existing), ...rest), exists: rest.length === 0 };
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) return { real: given, exists: false };
      rest.unshift(path.basename(existing));
      existing = parent;
    }
  }
}

function isInside(real: string, root: string): boolean {
  return real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

export function createPathAllowList(initial: readonly string[] = []): PathAllowList {
  const allowed = new Set<string>();
  const list: PathAllowList = {
    add(paths) {
      for (const given of paths) allowed.add(realOrNearest(path.resolve(given)).real);
    },
    async check(paths) {
      const roots = [...allowed];
      return paths.map((given) => {
        const refuse = (why: string) =>
          new KbError(
            'PATH_NOT_ALLOWED',
            `${given}: ${why}. ${
              roots.length === 0
                ? 'This door imports nothing until folders are allowed (folio serve --allow DIR).'
                : `Allowed: ${roots.join(', ')}`
            }`,
          );
        if (given.includes('\0')) throw refuse('not a path');
        if (!path.isAbsolute(given)) throw refuse('give the full path (from the root)');
        const { real, exists } = realOrNearest(path.normalize(given));
        if (!roots.some((root) => isInside(real, root))) throw refuse('outside the folders this door may import from');
        return exists ? real : given;
      });
    },
    roots: () => [...allowed],
  };
  list.add(initial);
  return list;
}

/** Checks the folders named with --allow before serving: each must exist and be a folder. */
export function assertAllowedFolders(dirs: readonly string[]): void {
  for (const dir of dirs) {
    let isFolder = false;
    try {
      isFolder = statSync(dir).isDirectory();
    } catch {
      // reported below
    }
    if (!isFolder) throw new KbError('INVALID_INPUT', `--allow ${dir}: no such folder`);
  }
}
