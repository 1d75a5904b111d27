import { clauseLabel } from '../../shared/labels';
import type { DocumentDetail, DocumentSummary, Ranges, SearchNotice, SearchResult } from '../../shared/model';

/** Marks highlight ranges with the given open/close strings. */
export function markRanges(text: string, ranges: Ranges, open: string, close: string): string {
  let out = '';
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    out += text.slice(at, start) + open + text.slice(start, end) + close;
    at = end;
  }
  return out + text.slice(at);
}

export function formatDocs(docs: readonly DocumentSummary[]): string {
  if (docs.length === 0) return 'The library is empty. Import files with: folio import PATH…';
  return docs
    .map((d) => {
      const tags = [d.docNumber, d.status === 'repealed' ? 'REPEALED' : undefined].filter(Boolean).join(', ');
      return `${d.id}  ${String(d.passages).padStart(5)} passages  ${d.title}${tags ? `  (${tags})` : ''}`;
    })
    .join('\n');
}

export function formatDocument(doc: DocumentDetail): string {
  const lines = [doc.title];
  const facts = [doc.docNumber, doc.status === 'repealed' ? 'repealed' : undefined, doc.issuedDate].filter(Boolean);
  if (facts.length > 0) lines.push(facts.join(' · '));
  for (const r of doc.relations) lines.push(`${r.type.replace('-', ' ')} ${r.target}`);
  for (const p of doc.passages) {
    lines.push('');
    const head = [clauseLabel(p.kind, p.number, doc.lang, p.label), p.title].filter(Boolean).join(' ');
    if (p.path && p.path.length > 0) lines.push(`[${p.path.join(' › ')}]`);
    if (head) lines.push(head);
    lines.push(p.text);
  }
  return lines.join('\n');
}

/**
 * `search --json`: how the query was matched, then the hits (best first). Field order is
 * the documented one; scripts read `mode` and `notices` to tell an any-word fallback.
 */
export function searchJson(result: SearchResult) {
  const { mode, partial, notices, terms, didYouMean, hits } = result;
  return { mode, partial, notices, terms, didYouMean, hits };
}

/** A search notice in words (the CLI speaks English; the app words the same codes through i18n). */
export function noticeText(notice: SearchNotice): string {
  switch (notice.code) {
    case 'terms-dropped':
      return `The query had too many different words: searched the first ${notice.kept}, left out ${notice.dropped}.`;
    case 'any-word-fallback':
      return notice.allWordsHits === 0
        ? 'No passage has all the words; showing passages with any of them, best matches first.'
        : `Only ${notice.allWordsHits} passage${notice.allWordsHits === 1 ? '' : 's'} had all the words; showing passages with any of them, best matches first.`;
    case 'time-budget':
      return `The search stopped after ${notice.budgetMs} ms; these are the best matches found so far.`;
    case 'passage-lookup':
      return `Looked for the pasted text by ${notice.phrases} of its phrases; the likeliest source comes first.`;
    case 'nothing-to-search':
      return 'Type a word to search for; filters such as kind: only narrow a search.';
    case 'date-ignored':
      return `Left out date:${notice.value}: write a year, year-month or date, or a range such as date:2020..2024.`;
  }
}

export function formatHits(result: SearchResult, bold: boolean): string {
  const { hits } = result;
  const notices = result.notices.map(noticeText);
  if (hits.length === 0) {
    const none = notices.length > 0 ? notices.join('\n') : 'No passages match.';
    return result.didYouMean.length > 0 ? `${none}\nDid you mean: ${result.didYouMean.join(' · ')}?` : none;
  }
  const [open, close] = bold ? ['\u001b[1m', '\u001b[22m'] : ['[', ']'];
  const lines = notices.length > 0 ? [...notices, ''] : [];
  hits.forEach((h, i) => {
    const where = [h.docTitle, ...(h.path ?? [])].join(' › ');
    const clause = [h.kind === 'faq' ? 'Q' : h.number ? h.number : '', h.title].filter(Boolean).join(' ');
    lines.push(`${i + 1}. ${where}${clause ? ` — ${clause}` : ''}`);
    lines.push(`   ${markRanges(h.snippet, h.highlights, open, close)}`);
  });
  return lines.join('\n');
}
