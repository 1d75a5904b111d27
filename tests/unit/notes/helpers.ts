import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { KbService } from '../../../electron/core/service';
import type { Note } from '../../../shared/notes-model';
import { seedPath } from '../../support/corpus';
import { openTestService } from '../../support/service';

export const noticeTitle =
  "China's Central Bank and Eight Other Departments' Latest Regulatory Focus: Key Attention to RWA Tokenized Asset Risk";

/** A service over an empty library into which a copy of the seed (at `folder/seed.txt`) is imported. */
export async function serviceWithSeedCopy(dataDir: string, folder: string) {
  const copy = path.join(folder, 'seed.txt');
  copyFileSync(seedPath, copy);
  const service = await openTestService(dataDir, false);
  await service.importNow([copy], () => undefined);
  return { service, copy };
}

export async function docByTitle(service: KbService, title: string) {
  const docs = await service.api.listDocuments({});
  const summary = docs.find((d) => d.title === title);
  if (!summary) throw new Error(`no document titled ${title}`);
  return service.api.getDocument({ id: summary.id });
}

/** Highlights the first occurrence of `quote` in the passage numbered `number` (article numbers as the parser gives them). */
export async function highlight(
  service: KbService,
  docId: string,
  number: string,
  quote: string,
  extra: { note?: string; tags?: string[] } = {},
): Promise<Note> {
  const doc = await service.api.getDocument({ id: docId });
  const passage = doc.passages.find((p) => p.number === number);
  if (!passage) throw new Error(`no passage numbered ${number}`);
  const start = passage.text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in passage ${number}`);
  return service.api.addHighlight({ docId, passageId: passage.id, start, end: start + quote.length, ...extra });
}

/** Rewrites a file and re-imports it (the same path: a new version of the same documents). */
export async function reimportEdited(service: KbService, file: string, text: string) {
  writeFileSync(file, text);
  return service.importNow([file], () => undefined);
}

/** The text a note's anchor covers in its document's current version. */
export async function anchoredText(service: KbService, note: Note): Promise<string> {
  const doc = await service.api.getDocument({ id: note.docId });
  const first = doc.passages.findIndex((p) => p.id === note.anchor!.passageId);
  const last = doc.passages.findIndex((p) => p.id === note.anchor!.endPassageId);
  if (first === last) return doc.passages[first]!.text.slice(note.anchor!.start, note.anchor!.end);
  const parts = doc.passages.slice(first, last + 1).map((p) => p.text);
  parts[0] = parts[0]!.slice(note.anchor!.start);
  parts[parts.length - 1] = parts.at(-1)!.slice(0, note.anchor!.end);
  return parts.join('\n\n');
}
