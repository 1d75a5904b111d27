/**
 * Where the reader is — the open document, the passage in it, the query — and its
 * address in the URL fragment:
 *   #/                         nothing open
 *   #/search?q=…               a search
 *   #/doc/<id>                 a document
 *   #/doc/<id>/p/<passageId>   a passage (the query may follow: …?q=…)
 * Filters are part of the query (`kind:faq lang:zh …`), so they travel in `q`.
 */
export interface Place {
  docId?: string;
  passageId?: string;
  query: string;
}

export const nowhere: Place = { query: '' };

const seg = (value: string) => encodeURIComponent(value);

/** The fragment for a place, without the leading '#'. */
export function formatPlace(place: Place): string {
  let path = '/';
  if (place.docId) {
    path = `/doc/${seg(place.docId)}`;
    if (place.passageId) path += `/p/${seg(place.passageId)}`;
  } else if (place.query) {
    path = '/search';
  }
  return place.query ? `${path}?${new URLSearchParams({ q: place.query }).toString()}` : path;
}

function decode(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return decodeURIComponent(value) || undefined;
  } catch {
    return undefined;
  }
}

/** Reads a fragment (with or without '#'); anything it does not understand is `nowhere`. */
export function parsePlace(fragment: string): Place {
  const text = fragment.replace(/^#/, '');
  const mark = text.indexOf('?');
  const path = mark < 0 ? text : text.slice(0, mark);
  const query = mark < 0 ? '' : (new URLSearchParams(text.slice(mark + 1)).get('q') ?? '');
  const parts = path.replace(/^\/+/, '').split('/');
  if (parts[0] === 'doc') {
    const docId = decode(parts[1]);
    if (!docId) return { query };
    const passageId = parts[2] === 'p' ? decode(parts[3]) : undefined;
    return passageId ? { docId, passageId, query } : { docId, query };
  }
  return { query };
}

export function samePlace(a: Place, b: Place): boolean {
  return a.docId === b.docId && a.passageId === b.passageId && a.query === b.query;
}

/** The app's own in-page link to a document or passage (for `<a href>` inside Folio). */
export function hrefTo(docId: string, passageId?: string): string {
  return `#${formatPlace({ docId, passageId, query: '' })}`;
}

/**
 * The full address of a document or passage, to copy and open later (another tab, after a
 * reload). In the browser door the token is not in it: the browser session supplies it.
 *
 * @example linkTo('doc-1', 'p-9') // "http://127.0.0.1:5173/#/doc/doc-1/p/p-9"
 */
export function linkTo(
  docId: string,
  passageId?: string,
  where: Pick<Location, 'origin' | 'pathname' | 'protocol' | 'host'> = window.location,
): string {
  const origin = where.origin && where.origin !== 'null' ? where.origin : `${where.protocol}//${where.host}`;
  return `${origin}${where.pathname}${hrefTo(docId, passageId)}`;
}
