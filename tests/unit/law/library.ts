import { copyFileSync } from 'node:fs';
import path from 'node:path';
import type { KbService } from '../../../electron/core/service';
import { corpusPath } from '../../support/corpus';
import { openTestService } from '../../support/service';

export const aml2006 = corpusPath('cn-laws', '经济法', '反洗钱法(2006-10-31).md');
export const aml2024 = corpusPath('cn-laws', '经济法', '反洗钱法(2024-11-08).md');
export const pbocLaw = corpusPath('cn-laws', '经济法', '中国人民银行法(2003-12-27).md');

/** A library (no seed) with these files imported in this order. */
export async function libraryOf(dataDir: string, files: readonly string[]): Promise<KbService> {
  const service = await openTestService(dataDir, false);
  await service.importNow(files, () => {});
  return service;
}

/** Copies a corpus file into `dir` (so a later import of a changed copy is a new version of it). */
export function copyInto(dir: string, file: string, name = path.basename(file)): string {
  const target = path.join(dir, name);
  copyFileSync(file, target);
  return target;
}

export async function docIdBySource(service: KbService, sourceName: string): Promise<string> {
  const docs = await service.api.listDocuments({});
  const doc = docs.find((d) => d.sourceName === sourceName);
  if (!doc) throw new Error(`no document from ${sourceName}`);
  return doc.id;
}
