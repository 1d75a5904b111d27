import { writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import { fromDisk, importFiles } from '../../../electron/core/import/import-files';
import { listDocuments } from '../../../electron/core/store/read';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';

const tempDir = tempDirsCleanedAfterEachTest();
const law =
  '中国人民银行法\n\n第一条 为了确立中国人民银行的地位，明确其职责。\n\n第二条 中国人民银行是中华人民共和国的中央银行。\n';

/** Imports the files in order into a fresh library; returns the report and the documents left in it. */
async function importAll(files: { name: string; bytes: Uint8Array | string }[]) {
  const folder = tempDir();
  const paths = files.map((f) => {
    const file = path.join(folder, f.name);
    writeFileSync(file, f.bytes);
    return file;
  });
  const db = openDatabase(tempDir());
  try {
    const { report } = await importFiles(db, fromDisk(paths));
    return { report, documents: listDocuments(db), folder };
  } finally {
    db.close();
  }
}

/** A well-formed one-page PDF with no text on the page (as a scanned page without OCR is). */
function imageOnlyPdf(): string {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>',
    '<< /Length 24 >>\nstream\n0 0 1 rg 10 10 50 50 re f\nendstream',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) pdf += `${String(at).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return pdf;
}

describe('duplicates by text', () => {
  it('imports one text saved as UTF-8, GBK and UTF-16 once', async () => {
    const { report, documents } = await importAll([
      { name: 'law-utf8.txt', bytes: law },
      { name: 'law-gbk.txt', bytes: iconv.encode(law, 'gbk') },
      { name: 'law-utf16.txt', bytes: iconv.encode(law, 'utf16-le', { addBOM: true }) },
    ]);
    expect(report.files.map((f) => [path.basename(f.file), f.status])).toEqual([
      ['law-utf8.txt', 'added'],
      ['law-gbk.txt', 'unchanged'],
      ['law-utf16.txt', 'unchanged'],
    ]);
    expect(documents).toHaveLength(1);
  });
  it('names the document a duplicate repeats', async () => {
    const first = await importAll([{ name: 'law.txt', bytes: law }]);
    expect(first.report.files[0]?.status).toBe('added');
    const { report, folder } = await importAll([
      { name: 'law.txt', bytes: law },
      { name: 'copy-gbk.txt', bytes: iconv.encode(law, 'gbk') },
    ]);
    expect(report.files[1]?.warnings).toEqual([
      `same text as “中国人民银行法” (${path.join(folder, 'law.txt')}), already in the library in another encoding or format; not imported twice`,
    ]);
  });
});

describe('nothing empty', () => {
  it('fails an empty file, a white-space file and an image-only PDF with a reason, writing nothing', async () => {
    const { report, documents } = await importAll([
      { name: 'empty.txt', bytes: '' },
      { name: 'blank.md', bytes: ' \n\n\t \u3000\n' },
      { name: 'scan.pdf', bytes: imageOnlyPdf() },
    ]);
    expect(report.files.map((f) => [path.basename(f.file), f.status, f.error])).toEqual([
      ['empty.txt', 'failed', 'empty.txt: no text to import; nothing was written'],
      ['blank.md', 'failed', 'blank.md: no text to import; nothing was written'],
      [
        'scan.pdf',
        'failed',
        'scan.pdf: no text layer (a scanned or image-only PDF; Folio has no OCR yet) to import; nothing was written',
      ],
    ]);
    expect(documents).toEqual([]);
  });
});
