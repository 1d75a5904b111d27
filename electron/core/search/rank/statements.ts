import type Database from 'better-sqlite3';
import type { DateRange } from '../../../../shared/date-range';
import type { PassageKind } from '../../../../shared/model';
import { repealedSql } from '../../store/read';
import type { ClauseRef } from '../query/clause';
import { dateParams, inDateRangeSql } from './date-sql';

/**
 * bm25 column weights for passage_fts(title, number, body, doc_title): a word in the
 * FAQ question / heading counts most, then the number, then the body. doc_title is only
 * matched by `doc:` filters and is weighed in the reranking instead.
 */
export const columnWeights = [8, 4, 1, 0] as const;
const bm25 = `bm25(passage_fts, ${columnWeights.join(', ')})`;
/** Among passages with the clause number asked for, the other words most often name the document. */
export const clauseColumnWeights = [8, 0, 1, 16] as const;
const clauseBm25 = `bm25(passage_fts, ${clauseColumnWeights.join(', ')})`;

export interface Candidate {
  seq: number;
  /** bm25 as FTS5 gives it: lower is better. */
  bm: number;
}

/**
 * How much of a passage's text is read for ranking and the snippet: a few passages are
 * whole chapters (165 000 characters), and reading them in full costs more than the search.
 * FTS still finds a passage by words past this point; only its reranking and snippet see
 * the start. 3000 gave the same MRR@10 as 8000 on tests/eval and halved the slowest
 * English queries (long CFR sections).
 */
export const readLength = 3000;

export interface PassageRow {
  seq: number;
  id: string;
  kind: PassageKind;
  number: string | null;
  title: string | null;
  /** The first readLength characters. */
  text: string;
  /** 1 when the text goes on beyond readLength. */
  cut: number;
  path: string;
  document_id: string;
  doc_title: string;
}

export interface CandidateFilters {
  kinds: string[];
  langs: string[];
  /** 1 = only repealed, 0 = only in force, null = either. */
  repealed: 0 | 1 | null;
  /** Texts the passage's text or title must contain as written (ASCII letters in lower case). */
  literals?: string[];
  /** `date:`: only documents dated in this range. */
  dates?: DateRange;
}

interface DateBounds {
  dateFrom: string | null;
  dateTo: string | null;
}

/** Prepared once per engine: every statement search runs. */
export class SearchStatements {
  private readonly plain: Database.Statement<[string, number], Candidate>;
  private readonly filtered: Database.Statement<
    [
      {
        match: string;
        kinds: string | null;
        langs: string | null;
        repealed: number | null;
        literals: string | null;
        limit: number;
      } & DateBounds,
    ],
    Candidate
  >;
  private readonly passages: Database.Statement<[string], PassageRow>;
  private readonly count: Database.Statement<[string], { n: number }>;
  private readonly total: Database.Statement<[], { n: number }>;
  private totalCache: number | null = null;
  private readonly numbered: Database.Statement<
    [{ numbers: string; langs: string | null; repealed: number | null } & DateBounds],
    { seq: number; number: string; kind: string }
  >;
  private readonly scan: Database.Statement<
    [
      {
        kinds: string | null;
        langs: string | null;
        repealed: number | null;
        literals: string;
        limit: number;
      } & DateBounds,
    ],
    Candidate
  >;
  private readonly whole: Database.Statement<[string], { seq: number; title: string | null; text: string }>;
  private readonly unranked: Database.Statement<[string, number], { seq: number }>;
  private readonly within: Database.Statement<[{ match: string; seqs: string; limit: number }], Candidate>;

  constructor(db: Database.Database) {
    this.plain = db.prepare(
      `SELECT rowid AS seq, ${bm25} AS bm FROM passage_fts WHERE passage_fts MATCH ? ORDER BY bm LIMIT ?`,
    );
    this.filtered = db.prepare(
      `SELECT passage_fts.rowid AS seq, ${bm25} AS bm
       FROM passage_fts JOIN passages p ON p.seq = passage_fts.rowid JOIN documents d ON d.id = p.document_id
       WHERE passage_fts MATCH @match
         AND (@kinds IS NULL OR p.kind IN (SELECT value FROM json_each(@kinds)))
         AND (@langs IS NULL OR d.lang IN (SELECT value FROM json_each(@langs)))
         AND (@repealed IS NULL OR (${repealedSql}) = @repealed)
         AND ${inDateRangeSql}
         AND (@literals IS NULL OR NOT EXISTS (
           SELECT 1 FROM json_each(@literals) l
           WHERE instr(lower(p.text), l.value) = 0 AND instr(lower(coalesce(p.title, '')), l.value) = 0))
       ORDER BY bm LIMIT @limit`,
    );
    this.numbered = db.prepare(
      `SELECT p.seq, p.number, p.kind
       FROM passages p JOIN documents d ON d.current_version_id = p.version_id
       WHERE p.number IN (SELECT value FROM json_each(@numbers))
         AND (@langs IS NULL OR d.lang IN (SELECT value FROM json_each(@langs)))
         AND (@repealed IS NULL OR (${repealedSql}) = @repealed)
         AND ${inDateRangeSql}
       ORDER BY p.seq`,
    );
    this.within = db.prepare(
      `SELECT rowid AS seq, ${clauseBm25} AS bm FROM passage_fts
       WHERE passage_fts MATCH @match AND +rowid IN (SELECT value FROM json_each(@seqs))
       ORDER BY bm LIMIT @limit`,
    );
    // bm −1 for every passage: the reranker's factors alone order them.
    this.scan = db.prepare(
      `SELECT p.seq, -1.0 AS bm
       FROM passages p JOIN documents d ON d.current_version_id = p.version_id
       WHERE (@kinds IS NULL OR p.kind IN (SELECT value FROM json_each(@kinds)))
         AND (@langs IS NULL OR d.lang IN (SELECT value FROM json_each(@langs)))
         AND (@repealed IS NULL OR (${repealedSql}) = @repealed)
         AND ${inDateRangeSql}
         AND NOT EXISTS (
           SELECT 1 FROM json_each(@literals) l
           WHERE instr(lower(p.text), l.value) = 0 AND instr(lower(coalesce(p.title, '')), l.value) = 0)
       ORDER BY p.seq LIMIT @limit`,
    );
    this.whole = db.prepare('SELECT p.seq, p.title, p.text FROM json_each(?) j JOIN passages p ON p.seq = j.value');
    this.unranked = db.prepare('SELECT rowid AS seq FROM passage_fts WHERE passage_fts MATCH ? LIMIT ?');
    this.count = db.prepare('SELECT count(*) AS n FROM passage_fts WHERE passage_fts MATCH ?');
    this.total = db.prepare(
      'SELECT count(*) AS n FROM passages p JOIN documents d ON d.current_version_id = p.version_id',
    );
    this.passages = db.prepare(
      `SELECT p.seq, p.id, p.kind, p.number, p.title, substr(p.text, 1, ${readLength}) AS text,
         length(p.text) > ${readLength} AS cut, p.path, p.document_id, d.title AS doc_title
       FROM json_each(?) j JOIN passages p ON p.seq = j.value JOIN documents d ON d.id = p.document_id`,
    );
  }

  /** The best `limit` passages for an FTS5 expression, by weighted bm25. */
  candidates(match: string, filters: CandidateFilters, limit: number): Candidate[] {
    const literals = filters.literals ?? [];
    if (
      filters.kinds.length === 0 &&
      filters.langs.length === 0 &&
      filters.repealed === null &&
      literals.length === 0 &&
      !filters.dates
    ) {
      return this.plain.all(match, limit);
    }
    return this.filtered.all({
      match,
      kinds: filters.kinds.length > 0 ? JSON.stringify(filters.kinds) : null,
      langs: filters.langs.length > 0 ? JSON.stringify(filters.langs) : null,
      repealed: filters.repealed,
      literals: literals.length > 0 ? JSON.stringify(literals) : null,
      limit,
      ...dateParams(filters.dates),
    });
  }

  /**
   * Up to `limit` current passages holding every literal (and passing the filters), in
   * library order, for a query whose words the index cannot find by (30%). One scan of
   * the passages: bounded by the library's size, not the query's.
   */
  literalPassages(filters: CandidateFilters, limit: number): Candidate[] {
    return this.scan.all({
      kinds: filters.kinds.length > 0 ? JSON.stringify(filters.kinds) : null,
      langs: filters.langs.length > 0 ? JSON.stringify(filters.langs) : null,
      repealed: filters.repealed,
      literals: JSON.stringify(filters.literals ?? []),
      limit,
      ...dateParams(filters.dates),
    });
  }

  /** The whole text and title of these passages (to check a paste against), keyed by seq. */
  fullTexts(seqs: readonly number[]): Map<number, string> {
    const rows = this.whole.all(JSON.stringify(seqs));
    return new Map(rows.map((r) => [r.seq, `${r.title ?? ''}\n${r.text}`]));
  }

  /** Up to `limit` passages an FTS5 expression matches, in index order (no ranking: cheap for common phrases). */
  anyMatches(match: string, limit: number): number[] {
    return this.unranked.all(match, limit).map((r) => r.seq);
  }

  /** Current passages whose number is one of `numbers` and kind one of the clause's (seq order). */
  numberedPassages(clauses: readonly ClauseRef[], filters: CandidateFilters): number[] {
    const rows = this.numbered.all({
      numbers: JSON.stringify([...new Set(clauses.map((c) => c.number))]),
      langs: filters.langs.length > 0 ? JSON.stringify(filters.langs) : null,
      repealed: filters.repealed,
      ...dateParams(filters.dates),
    });
    const wanted = (r: { number: string; kind: string }) =>
      (filters.kinds.length === 0 || (filters.kinds as string[]).includes(r.kind)) &&
      clauses.some((c) => c.number === r.number && (c.kinds as string[]).includes(r.kind));
    return rows.filter(wanted).map((r) => r.seq);
  }

  /** The best `limit` of these passages for an FTS5 expression (document titles weigh most). */
  candidatesWithin(match: string, seqs: readonly number[], limit: number): Candidate[] {
    return this.within.all({ match, seqs: JSON.stringify(seqs), limit });
  }

  /** How many passages an FTS5 expression matches. */
  matchCount(match: string): number {
    return this.count.get(match)?.n ?? 0;
  }

  /** How many passages are searchable (cached until forgetCounts). */
  passageCount(): number {
    this.totalCache ??= this.total.get()?.n ?? 0;
    return this.totalCache;
  }

  forgetCounts(): void {
    this.totalCache = null;
  }

  /** The passages with these seqs, keyed by seq (one statement for the whole page). */
  passageRows(seqs: readonly number[]): Map<number, PassageRow> {
    const rows = this.passages.all(JSON.stringify(seqs));
    return new Map(rows.map((r) => [r.seq, r]));
  }
}
