import type { SearchHit } from '../../../../shared/model';
import type { Occurrence } from '../snippet/locate';
import { makeSnippet } from '../snippet/snippet';
import type { PassageRow } from './statements';

/** A passage row as a search hit: its snippet around the body occurrences, with why it matched. */
export function passageHit(
  row: PassageRow,
  bodyOccurrences: readonly Occurrence[],
  score: number,
  matched: SearchHit['matched'],
): SearchHit {
  const snippet = makeSnippet(row.text, bodyOccurrences, row.cut === 1);
  const path = JSON.parse(row.path) as string[];
  return {
    docId: row.document_id,
    docTitle: row.doc_title,
    passageId: row.id,
    kind: row.kind,
    ...(row.number ? { number: row.number } : {}),
    ...(row.title ? { title: row.title } : {}),
    ...(path.length > 0 ? { path } : {}),
    snippet: snippet.text,
    highlights: snippet.highlights,
    score,
    matched,
  };
}
