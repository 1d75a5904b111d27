/**
 * Addresses of documents and passages. The integrator points these at reader-shell's
 * navigation state; the shapes are the ones the address bar uses.
 */
export function documentAddress(docId: string): string {
  return `#/doc/${encodeURIComponent(docId)}`;
}

export function passageAddress(docId: string, passageId: string): string {
  return `${documentAddress(docId)}/p/${encodeURIComponent(passageId)}`;
}

/** The DOM id of a shown paragraph of a passage (where a 款 link lands). */
export function paragraphDomId(passageId: string, paragraph: number): string {
  return `${passageId}.${paragraph}`;
}

/** The full link to a passage from the page's own address (origin and path, no token). */
export function passageLink(base: { origin: string; pathname: string }, docId: string, passageId: string): string {
  return `${base.origin}${base.pathname}${passageAddress(docId, passageId)}`;
}
