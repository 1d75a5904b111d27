import { spawn } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { buildSync } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/core/db/migration';
import { migrations } from '../../../electron/core/db/migrations';
import { seededRandom } from '../../support/seeded-random';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';
import { migrationsWithSlowRewrite, slowRewriteVersion } from './slow-migration';

const tempDir = tempDirsCleanedAfterEachTest();
/** Enough kill points that some land early, some late and some inside the last step. */
const killPoints = Number(process.env.FOLIO_MIGRATION_KILL_POINTS ?? 10);
/** Rows the slow step writes: ~1 s of migration on an idle 2-core machine, a wide window to kill in. */
const slowRows = 400_000;
/** Kills are spread over this multiple of the measured migration time, so a few land after it. */
const killWindowFactor = 1.2;
const seed = Number(process.env.FOLIO_KILL_SEED ?? Date.now() % 1_000_000);
const nodeModules = path.resolve(__dirname, '..', '..', '..', 'node_modules');
/** The schema the library starts at: documents and passages, nothing after. */
const oldVersion = migrations[1]!.version;

let childScript: string;
let oldLibrary: string;
beforeAll(() => {
  childScript = path.join(tempDir(), 'migrate-child.cjs');
  buildSync({
    entryPoints: [path.join(__dirname, 'migrate-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: childScript,
    external: ['better-sqlite3'],
    logLevel: 'error',
  });
  oldLibrary = path.join(tempDir(), 'old.sqlite');
  const db = new Database(oldLibrary);
  migrate(db, migrations.slice(0, 2));
  db.close();
});

interface Run {
  /** Milliseconds from "migrating" to "migrated", when the child got that far. */
  migratedAfterMs: number | null;
  startedMigrating: boolean;
}

/** Runs the child on `file`, SIGKILLing it `killAfterMs` after it starts migrating (null: no kill). */
function migrateUntilKilled(file: string, killAfterMs: number | null): Promise<Run> {
  const child = spawn(process.execPath, [childScript, file, String(slowRows)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NODE_PATH: nodeModules },
  });
  const run: Run = { migratedAfterMs: null, startedMigrating: false };
  let startedAt = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    if (text.includes('migrating') && !run.startedMigrating) {
      run.startedMigrating = true;
      startedAt = performance.now();
      if (killAfterMs !== null) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    }
    if (text.includes('migrated')) run.migratedAfterMs = performance.now() - startedAt;
  });
  return new Promise((resolve) => child.on('exit', () => resolve(run)));
}

function tableNames(db: Database.Database): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_master WHERE name IN ('passage_fts', 'rewritten') ORDER BY name").all() as {
      name: string;
    }[]
  ).map((row) => row.name);
}

describe(`SIGKILL at ${killPoints} random moments of a schema migration (seed ${seed})`, () => {
  it('leaves the old schema or the new one, never a mix, and the next start completes it', async () => {
    const calibration = path.join(tempDir(), 'calibration.sqlite');
    copyFileSync(oldLibrary, calibration);
    const { migratedAfterMs } = await migrateUntilKilled(calibration, null);
    expect(migratedAfterMs).not.toBeNull();
    const next = seededRandom(seed);
    let killedMidMigration = 0;
    for (let point = 0; point < killPoints; point++) {
      const file = path.join(tempDir(), `library-${point}.sqlite`);
      copyFileSync(oldLibrary, file);
      const run = await migrateUntilKilled(file, next() * killWindowFactor * migratedAfterMs!);
      if (run.startedMigrating && run.migratedAfterMs === null) killedMidMigration++;

      const db = new Database(file);
      try {
        expect(db.pragma('quick_check', { simple: true })).toBe('ok');
        const version = schemaVersion(db);
        if (version === oldVersion) expect(tableNames(db)).toEqual([]);
        else {
          expect(version).toBe(slowRewriteVersion);
          expect(tableNames(db)).toEqual(['passage_fts', 'rewritten']);
        }
        migrate(db, migrationsWithSlowRewrite(slowRows));
        expect(schemaVersion(db)).toBe(slowRewriteVersion);
        expect(db.prepare('SELECT count(*) AS n FROM rewritten').get()).toEqual({ n: slowRows });
      } finally {
        db.close();
      }
    }
    // The kills must have landed inside the migration, not only before or after it.
    expect(killedMidMigration).toBeGreaterThan(0);
  }, 180_000);
});
