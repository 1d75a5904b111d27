/**
 * A comparable key for a document number, so that "Yinfa [2021] No. 237" and
 * "银发〔2021〕237号" match, whichever way a repealing notice writes it.
 */
export function docNumberKey(docNumber: string): string {
  return docNumber
    .normalize('NFKC')
    .toLowerCase()
    .replace(/yinfa/g, '银发')
    .replace(/\bno\b\.?|号|第/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
