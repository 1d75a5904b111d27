import type { DocumentDetail, Passage } from '../../../shared/model';
import { clauseLabel } from '../text/labels';

/**
 * A citation of one passage in the style of the document's language:
 * 《中国人民银行法》（2003-12-27）第三十二条，银发〔2021〕237号。链接
 * Notice on … (Yinfa [2026] No. 42), Art. 9 (2026-01-20). link
 */
export function citationText(
  doc: Pick<DocumentDetail, 'title' | 'lang' | 'docNumber' | 'issuedDate' | 'effectiveDate'>,
  passage: Pick<Passage, 'kind' | 'number' | 'title' | 'label'>,
  link: string,
): string {
  const label = clauseLabel(passage.kind, passage.number, doc.lang, passage.label) || passage.title || '';
  const date = doc.issuedDate ?? doc.effectiveDate;
  if (doc.lang.toLowerCase().startsWith('zh')) {
    const title = doc.title.startsWith('《') ? doc.title : `《${doc.title}》`;
    const parts = [title, doc.docNumber ? `（${doc.docNumber}）` : '', label, date ? `，${date}版` : '', `。${link}`];
    return parts.join('');
  }
  const head = doc.docNumber ? `${doc.title} (${doc.docNumber})` : doc.title;
  const parts = [head, label ? `, ${label}` : '', date ? ` (version of ${date})` : '', `. ${link}`];
  return parts.join('');
}
