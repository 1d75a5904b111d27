/** What the reader should show: a document, optionally a passage to scroll to, and terms to highlight. */
export interface OpenRequest {
  docId: string;
  passageId?: string;
  terms?: readonly string[];
}

/** An OpenRequest stamped so that opening the same passage twice still scrolls again. */
export interface ReadTarget extends OpenRequest {
  nonce: number;
}
