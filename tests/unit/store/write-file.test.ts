import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import { getDocument, listDocuments } from '../../../electron/core/store/read';
import { writeParsedFile, writeParsedFiles } from '../../../electron/core/store/write-file';
import { article, doc, file } from '../../support/parsed';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';

const tempDir = tempDirsCleanedAfterEachTest();
let db: Database.Database;
const source = (hash: string) => ({ path: '/library/notice.txt', name: 'notice.txt', contentHash: hash });

beforeEach(() => {
  db = openDatabase(tempDir());
});
afterEach(() => db.close());

function ftsIntegrityOk(): void {
  db.prepare("INSERT INTO passage_fts(passage_fts, rank) VALUES ('integrity-check', 1)").run();
}

function indexedRows(): number {
  return (db.prepare('SELECT count(*) AS n FROM passage_fts').get() as { n: number }).n;
}

describe('writeParsedFile', () => {
  it('adds each document of a file with its passages in order', () => {
    const written = writeParsedFile(
      db,
      source('h1'),
      file(doc('Notice', [article('1', 'One.'), article('2', 'Two.')])),
    );
    expect(written.map((w) => w.status)).toEqual(['added']);
    const detail = getDocument(db, written[0]!.id);
    expect(detail.passages.map((p) => p.number)).toEqual(['1', '2']);
    expect(detail.version).toBe(1);
  });

  it('leaves an unchanged document alone', () => {
    const parsed = file(doc('Notice', [article('1', 'One.')]));
    writeParsedFile(db, source('h1'), parsed);
    const again = writeParsedFile(db, source('h1'), parsed);
    expect(again.map((w) => w.status)).toEqual(['unchanged']);
    expect(getDocument(db, again[0]!.id).version).toBe(1);
  });

  it('keeps the old version when a changed file becomes a new version of the same document', () => {
    const [first] = writeParsedFile(db, source('h1'), file(doc('Notice', [article('1', 'One.')])));
    const [second] = writeParsedFile(db, source('h2'), file(doc('Notice', [article('1', 'One, amended.')])));
    expect(second!.id).toBe(first!.id);
    expect(second!.status).toBe('updated');
    expect(getDocument(db, first!.id).version).toBe(2);
    const versions = db.prepare('SELECT count(*) AS n FROM document_versions WHERE document_id = ?').get(first!.id);
    expect(versions).toEqual({ n: 2 });
  });

  it('keeps passage IDs stable across versions for passages that did not change', () => {
    const [d] = writeParsedFile(db, source('h1'), file(doc('Notice', [article('1', 'One.'), article('2', 'Two.')])));
    const before = getDocument(db, d!.id).passages.map((p) => p.id);
    writeParsedFile(db, source('h2'), file(doc('Notice', [article('1', 'One.'), article('2', 'Two, amended.')])));
    const after = getDocument(db, d!.id).passages.map((p) => p.id);
    expect(after).toEqual(before);
  });

  it('indexes only the current version in full-text search', () => {
    writeParsedFile(db, source('h1'), file(doc('Notice', [article('1', 'One.'), article('2', 'Two.')])));
    writeParsedFile(db, source('h2'), file(doc('Notice', [article('1', 'Only one now.')])));
    expect(indexedRows()).toBe(1);
    ftsIntegrityOk();
  });

  it('writes nothing of a file when one of its documents fails', () => {
    const broken = file(doc('Good', [article('1', 'Fine.')]), doc('Bad', [article('1', null as unknown as string)]));
    expect(() => writeParsedFile(db, source('h1'), broken)).toThrow();
    expect(listDocuments(db)).toEqual([]);
    expect(indexedRows()).toBe(0);
  });

  it('marks a document repealed when a later import repeals its number', () => {
    writeParsedFile(
      db,
      { path: '/library/old.txt', name: 'old.txt', contentHash: 'a' },
      file(doc('Old notice', [article('1', 'Old.')], { docNumber: '银发〔2021〕237号' })),
    );
    writeParsedFile(
      db,
      source('b'),
      file(
        doc('New notice', [article('1', 'New.')], {
          docNumber: 'Yinfa [2026] No. 42',
          relations: [{ type: 'repeals', target: 'Yinfa [2021] No. 237' }],
        }),
      ),
    );
    const old = listDocuments(db).find((d) => d.title === 'Old notice')!;
    expect(old.status).toBe('repealed');
    expect(getDocument(db, old.id).relations).toEqual([
      { type: 'repealed-by', target: 'Yinfa [2026] No. 42', targetDocId: expect.any(String) },
    ]);
  });

  it('marks the repealed notice whichever of the two was imported first', () => {
    writeParsedFile(
      db,
      source('b'),
      file(
        doc('New notice', [article('1', 'New.')], { relations: [{ type: 'repeals', target: 'Yinfa [2021] No. 237' }] }),
      ),
    );
    writeParsedFile(
      db,
      { path: '/library/old.txt', name: 'old.txt', contentHash: 'a' },
      file(doc('Old notice', [article('1', 'Old.')], { docNumber: 'Yinfa [2021] No. 237' })),
    );
    expect(listDocuments(db).find((d) => d.title === 'Old notice')!.status).toBe('repealed');
  });
});

describe('writeParsedFiles', () => {
  it('writes several files in one transaction', () => {
    const written = writeParsedFiles(db, [
      { source: { path: '/a.txt', name: 'a.txt', contentHash: 'a' }, parsed: file(doc('A', [article('1', 'One.')])) },
      { source: { path: '/b.txt', name: 'b.txt', contentHash: 'b' }, parsed: file(doc('B', [article('1', 'One.')])) },
    ]);
    expect(written.map((w) => w.map((d) => d.status))).toEqual([['added'], ['added']]);
    expect(listDocuments(db).map((d) => d.title)).toEqual(['A', 'B']);
    ftsIntegrityOk();
  });

  it('writes none of the files when one of them fails', () => {
    expect(() =>
      writeParsedFiles(db, [
        { source: { path: '/a.txt', name: 'a.txt', contentHash: 'a' }, parsed: file(doc('A', [article('1', 'One.')])) },
        {
          source: { path: '/b.txt', name: 'b.txt', contentHash: 'b' },
          parsed: file(doc('B', [article('1', null as unknown as string)])),
        },
      ]),
    ).toThrow();
    expect(listDocuments(db)).toEqual([]);
    expect(indexedRows()).toBe(0);
  });
});
