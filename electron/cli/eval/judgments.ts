import type Database from 'better-sqlite3';
import { z } from 'zod';

/** One relevance judgment: a passage named by its document title and its number, title or question. */
export const JudgmentSchema = z.object({
  doc: z.string().min(1),
  passage: z.string().min(1),
});

export const EvalQuerySchema = z.object({
  query: z.string(),
  relevant: z.array(JudgmentSchema).min(1),
});
export const EvalQueriesSchema = z.array(EvalQuerySchema);
export type EvalQuery = z.infer<typeof EvalQuerySchema>;
export type Judgment = z.infer<typeof JudgmentSchema>;

/**
 * The current passages a judgment names: document title containing `doc`, and passage
 * number equal to `passage` or title / question containing it. Returns FTS rowids (seq).
 */
export class JudgmentResolver {
  private readonly stmt: Database.Statement<{ doc: string; passage: string }, { seq: number }>;

  constructor(db: Database.Database) {
    this.stmt = db.prepare(
      `SELECT p.seq FROM passages p JOIN documents d ON d.current_version_id = p.version_id
       WHERE instr(lower(d.title), lower(@doc)) > 0
         AND (p.number = @passage OR instr(lower(coalesce(p.title, '')), lower(@passage)) > 0)`,
    );
  }

  resolve(j: Judgment): Set<number> {
    return new Set(this.stmt.all({ doc: j.doc, passage: j.passage }).map((r) => r.seq));
  }
}
