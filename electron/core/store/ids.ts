import { createHash } from 'node:crypto';
import type { ParsedPassage } from '../ingest/types';

export function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** A document's ID: stable for the same source file and title. */
export function documentId(sourcePath: string, title: string): string {
  return `d${sha1(`${sourcePath}\n${title}`).slice(0, 15)}`;
}

/**
 * The key a passage keeps across versions: numbered passages by number, FAQ entries by
 * question, sections by heading path; unheaded paragraphs by their text.
 */
function passageKey(p: ParsedPassage): string {
  const where = p.path.join('\u001f');
  if ((p.kind === 'article' || p.kind === 'recital') && p.number) return `${p.kind}:${p.number}`;
  if (p.kind === 'faq' && p.title) return `faq:${p.title.trim().toLowerCase()}`;
  if (p.title) return `${p.kind}:${where}\u001f${p.title}`;
  return `${p.kind}:${where}\u001f${sha1(p.text)}`;
}

/**
 * Stable passage IDs for one document's passages, in order. A key seen twice in the
 * same document gets an occurrence suffix, so IDs are unique within a version.
 */
export function passageIds(docId: string, passages: readonly ParsedPassage[]): string[] {
  const seen = new Map<string, number>();
  return passages.map((p) => {
    const key = passageKey(p);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return `p${sha1(`${docId}\n${key}\n${n}`).slice(0, 15)}`;
  });
}
