import { romanToInt } from '../../text/numerals';

/**
 * "Article 5", "Article 5 Principles …", "Art. 7", "ARTICLE 12a", "§ 1005.2 Definitions." → number and title.
 * @example enArticleHeading('Article 5 Principles') // { number: '5', title: 'Principles' }
 */
export function enArticleHeading(text: string): { number: string; title?: string } | undefined {
  const art = /^(?:article|art\.)\s*(\d+[a-z]?|[IVXLC]+)\b\.?\s*(?:[-–—:]\s*)?(.*)$/i.exec(text.trim());
  if (art) {
    const raw = art[1] as string;
    const roman = /^[IVXLC]+$/.test(raw) ? romanToInt(raw) : undefined;
    const number = roman === undefined ? raw.toLowerCase() : String(roman);
    const title = (art[2] as string).trim();
    return title ? { number, title } : { number };
  }
  const sec = /^§+\s*(\d+(?:\.\d+)*[a-z]?)\.?\s*(.*)$/.exec(text.trim());
  if (sec) {
    const title = (sec[2] as string).trim();
    return title ? { number: sec[1] as string, title } : { number: sec[1] as string };
  }
  return undefined;
}

/** "(I) …", "(II)Tokenization…", "(5) …" — list-numbered clauses of a notice. */
const clauseMarker = /^\(([IVXLC]{1,7}|\d{1,3})\)\s*/;

export function clauseStart(text: string): { number: string; marker: string; rest: string } | undefined {
  const m = clauseMarker.exec(text);
  if (!m) return undefined;
  const raw = m[1] as string;
  const value = /^\d+$/.test(raw) ? Number(raw) : romanToInt(raw);
  if (value === undefined || value === 0) return undefined;
  return { number: String(value), marker: `(${raw})`, rest: text.slice(m[0].length) };
}

/**
 * A clause's own short heading: its first sentence when that reads like a title
 * ("Inter-agency Coordination.") and more text follows.
 */
export function clauseTitle(rest: string): { title: string; body: string } | undefined {
  const m = /^([^.!?]{2,120}[.])\s+(\S[\s\S]*)$/.exec(rest);
  if (!m) return undefined;
  const title = m[1] as string;
  const words = title.replace(/[.]$/, '').split(/\s+/);
  if (words.length > 12) return undefined;
  const significant = words.filter((w) => w.length >= 4);
  const capitalised = significant.filter((w) => /^[A-Z]/.test(w)).length;
  const titleCase = significant.length > 0 && capitalised / significant.length >= 0.6;
  if (!titleCase && words.length > 6) return undefined;
  if (/\b(is|are|was|were|shall|should|must|may|will|has|have|does|do)\b/.test(title)) return undefined;
  return { title, body: m[2] as string };
}

/** A recital: "(12) …" or "12. …" under a "Recitals" heading. */
export function recitalStart(text: string): { number: string; rest: string } | undefined {
  const m = /^(?:\((\d{1,4})\)|(\d{1,4})\.)\s+/.exec(text);
  if (!m) return undefined;
  return { number: (m[1] ?? m[2]) as string, rest: text.slice(m[0].length) };
}
