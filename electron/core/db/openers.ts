import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Beside the database: one empty file per open connection, named `<pid>-<n>`. */
export const openersFolderName = '.folio-open';

let nextConnection = 0;

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether another connection (in this process or a live other one) has the library open,
 * not counting the entry `own` (the caller's). Entries left by processes that died are removed.
 */
export function othersHaveItOpen(dataDir: string, own?: string): boolean {
  const folder = path.join(dataDir, openersFolderName);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return false;
  }
  let live = false;
  for (const name of names) {
    if (name === own) continue;
    const pid = Number(name.split('-')[0]);
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) live = true;
    else rmSync(path.join(folder, name), { force: true });
  }
  return live;
}

export interface Opener {
  /** The entry's name in the openers folder. */
  name: string;
  /** Forgets the connection (call it on close). */
  forget(): void;
}

/**
 * Records a connection about to open the library. Done before the WAL check, so of two
 * processes starting at once each sees the other and neither sets a live WAL aside.
 */
export function registerOpener(dataDir: string): Opener {
  const folder = path.join(dataDir, openersFolderName);
  const name = `${process.pid}-${nextConnection++}`;
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, name), '');
  } catch {
    // A read-only folder: nobody can write there, so nobody can leave a stale WAL either.
    return { name, forget: () => {} };
  }
  return { name, forget: () => rmSync(path.join(folder, name), { force: true }) };
}
