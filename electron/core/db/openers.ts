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
 * Whether another connection (in this process or a live other one) has the library open.
 * Entries left by processes that died are removed on the way.
 */
export function othersHaveItOpen(dataDir: string): boolean {
  const folder = path.join(dataDir, openersFolderName);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return false;
  }
  let live = false;
  for (const name of names) {
    const pid = Number(name.split('-')[0]);
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) live = true;
    else rmSync(path.join(folder, name), { force: true });
  }
  return live;
}

/** Records an open connection; the returned function forgets it (call it on close). */
export function registerOpener(dataDir: string): () => void {
  const folder = path.join(dataDir, openersFolderName);
  const entry = path.join(folder, `${process.pid}-${nextConnection++}`);
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(entry, '');
  } catch {
    // A read-only folder: nobody can write there, so nobody can leave a stale WAL either.
    return () => {};
  }
  return () => rmSync(entry, { force: true });
}
