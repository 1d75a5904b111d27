import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import { assertDocxWithinLimits } from '../../../electron/core/import/docx-limits';
import { fromDisk, importFiles } from '../../../electron/core/import/import-files';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';

const tempDir = tempDirsCleanedAfterEachTest();
const tinyDocx = path.resolve(__dirname, '..', '..', 'fixtures', 'ingest', 'tiny.docx');

async function importOne(file: string, maxFileBytes?: number) {
  const db = openDatabase(tempDir());
  try {
    const { report } = await importFiles(db, fromDisk([file]), () => {}, { maxFileBytes });
    return report.files[0]!;
  } finally {
    db.close();
  }
}

describe('what an import refuses to read', () => {
  it('a FIFO named directly: refused at once, never waited on', async () => {
    const fifo = path.join(tempDir(), 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    expect(await importOne(fifo)).toMatchObject({
      status: 'failed',
      error: 'pipe.txt: a device, FIFO or socket, not a file; not imported',
    });
  });

  it('a device such as /dev/zero', async () => {
    expect(await importOne('/dev/zero')).toMatchObject({
      status: 'failed',
      error: 'zero: a device, FIFO or socket, not a file; not imported',
    });
  });

  it('a file over the size cap, naming the cap and how to raise it', async () => {
    const file = path.join(tempDir(), 'big.txt');
    writeFileSync(file, 'word '.repeat(300_000));
    expect(await importOne(file, 1024 * 1024)).toMatchObject({
      status: 'failed',
      error: 'big.txt: larger than the 1 MB import limit; not imported (raise it with --max-file-mb)',
    });
  });

  it('a file at the size cap is imported', async () => {
    const file = path.join(tempDir(), 'fits.txt');
    writeFileSync(file, 'A short note about keys.\n');
    expect(await importOne(file, 25)).toMatchObject({ status: 'added' });
  });
});

/** A one-entry zip (deflated), declaring a tiny size as a zip bomb does: the directory lies. */
function zipWithOneEntry(name: string, content: Buffer): Buffer {
  const data = deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(1, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(1, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const centralAt = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralAt, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

describe('the DOCX ceiling', () => {
  it('refuses a DOCX bomb whose document.xml inflates past 64 MB, whatever its directory says', () => {
    const bomb = zipWithOneEntry('word/document.xml', Buffer.alloc(70 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(100_000);
    expect(() => assertDocxWithinLimits('bomb.docx', bomb)).toThrow(
      expect.objectContaining({
        code: 'TOO_LARGE',
        message: 'bomb.docx: its word/document.xml inflates to more than 64 MB; not imported',
      }),
    );
  });

  it('refuses it in an import too, as a failed file', async () => {
    const file = path.join(tempDir(), 'bomb.docx');
    writeFileSync(file, zipWithOneEntry('word/document.xml', Buffer.alloc(70 * 1024 * 1024, 0x20)));
    expect(await importOne(file)).toMatchObject({
      status: 'failed',
      error: 'bomb.docx: its word/document.xml inflates to more than 64 MB; not imported',
    });
  });

  it('lets an ordinary DOCX through at the default ceiling', () => {
    expect(() => assertDocxWithinLimits('tiny.docx', readFileSync(tinyDocx))).not.toThrow();
  });
});
