import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo } from '../../../shared/notes-model';

/** Backups of the user store live here, beside it. */
export const backupFolderName = 'backups';
/** Days a backup is kept; older ones are rotated out. */
export const backupKeepDays = 14;
/** Never rotate below this many backups, however old (a machine off for a month keeps its last ones). */
export const backupKeepAtLeast = 3;
/** A new automatic backup once the newest is older than this ("daily"). */
export const backupEveryMs = 24 * 60 * 60 * 1000;

const backupPattern = /^user-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-\d+)?\.sqlite$/;

export function backupDir(dataDir: string): string {
  return path.join(dataDir, backupFolderName);
}

function stampOf(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function dateOfStamp(stamp: string): Date {
  const [day, time] = stamp.split('T') as [string, string];
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  return new Date(`${day}T${h}:${m}:${s}.${ms}Z`);
}

/** Backups, newest first. */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => ({ name, match: backupPattern.exec(name) }))
    .filter((f): f is { name: string; match: RegExpExecArray } => f.match !== null)
    .map(({ name, match }) => {
      const file = path.join(dir, name);
      return { file, createdAt: dateOfStamp(match[1]!).toISOString(), bytes: statSync(file).size };
    })
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.file.localeCompare(a.file)));
}

/** True when `file` is a readable SQLite database that passes quick_check. */
export function passesQuickCheck(file: string): boolean {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return db.pragma('quick_check', { simple: true }) === 'ok';
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

export function latestGoodBackup(dataDir: string): BackupInfo | undefined {
  return listBackups(dataDir).find((b) => passesQuickCheck(b.file));
}

/**
 * Copies the open user store with SQLite's online backup into a new file (never over an
 * existing one: it is written under a temporary name, then renamed to a fresh name).
 */
export async function createBackup(db: Database.Database, dataDir: string, now = new Date()): Promise<BackupInfo> {
  const dir = backupDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const stamp = stampOf(now);
  let file = path.join(dir, `user-${stamp}.sqlite`);
  for (let n = 2; existsSync(file); n++) file = path.join(dir, `user-${stamp}-${n}.sqlite`);
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  await db.backup(partial);
  renameSync(partial, file);
  return { file, createdAt: now.toISOString(), bytes: statSync(file).size };
}

/** Removes backups older than `backupKeepDays`, always keeping the newest `backupKeepAtLeast`. */
export function rotateBackups(dataDir: string, now = new Date()): string[] {
  const cutoff = now.getTime() - backupKeepDays * 24 * 60 * 60 * 1000;
  const removed: string[] = [];
  listBackups(dataDir).forEach((b, i) => {
    if (i >= backupKeepAtLeast && Date.parse(b.createdAt) < cutoff) {
      rmSync(b.file, { force: true });
      removed.push(b.file);
    }
  });
  return removed;
}

/** True when no backup is younger than `backupEveryMs`. */
export function backupDue(dataDir: string, now = new Date()): boolean {
  const newest = listBackups(dataDir)[0];
  return !newest || now.getTime() - Date.parse(newest.createdAt) >= backupEveryMs;
}
