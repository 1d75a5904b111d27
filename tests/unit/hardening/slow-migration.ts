import type { Migration } from '../../../electron/core/db/migration';
import { migrations } from '../../../electron/core/db/migrations';

/** The version of the test's extra step: above every real migration. */
export const slowRewriteVersion = 100_000;

/**
 * The real migrations, then a step that writes `rows` rows (what a migration rewriting a large
 * table does), so a kill can land in the middle of the migration transaction.
 */
export function migrationsWithSlowRewrite(rows: number): Migration[] {
  return [
    ...migrations,
    {
      version: slowRewriteVersion,
      name: 'slow-rewrite',
      sql: `CREATE TABLE rewritten AS
              WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${rows})
              SELECT i, hex(randomblob(48)) AS filler FROM n;`,
    },
  ];
}
