import type { DateRange } from '../../../../shared/date-range';
import type { DocStatus, PassageKind } from '../../../../shared/model';
import type { ClauseRef } from './clause';

/** One thing to look for: a word, a prefix (`limit*`) or a quoted phrase. Text is width-folded. */
export interface QueryTerm {
  text: string;
  /** Typed in quotes, or a multi-word synonym: the words must be adjacent and in order. */
  phrase: boolean;
  /** Typed with a trailing `*`: the last word may continue. */
  prefix: boolean;
  /** Words typed without quotes that together name a synonym: each must occur, anywhere. */
  loose?: boolean;
  /**
   * Typed as one unbroken run mixing Chinese with digits or Latin letters, or digits with
   * symbols (2020年1月, 国家A级, 30%): the passage must hold exactly this text (a phrase).
   */
  literal?: boolean;
}

/** Alternatives joined by OR: a passage matches the group when it holds any of them. */
export interface QueryGroup {
  terms: QueryTerm[];
}

export interface QueryFilters {
  kinds: PassageKind[];
  /** `doc:` values: each must occur in the document title. */
  docs: QueryTerm[];
  langs: string[];
  statuses: DocStatus[];
  /** `date:` values: the document's date (issued, else effective) must fall in this range; undated documents are left out. */
  dates?: DateRange;
  /** `date:` values that name no date (`date:soon`, `date:2024-13`): ignored, and said so in a notice. */
  badDates?: string[];
  /** `in:notes`: search the user's notes (quotes, note text, tags) instead of the library. */
  inNotes?: true;
}

/**
 * A query as typed, parsed: every group must match (AND), no excluded term may.
 *
 *   parseQuery('rate limit -sandbox kind:faq') →
 *   { groups: [{terms:[rate]}, {terms:[limit]}], excluded: [sandbox], filters: { kinds: ['faq'], … } }
 */
export interface ParsedQuery {
  groups: QueryGroup[];
  excluded: QueryTerm[];
  filters: QueryFilters;
  /** Clause numbers named in the query (absent when none): passages with one of them rank first. */
  clauses?: ClauseRef[];
}
