import { readFileSync, writeFileSync } from 'node:fs';
import { KbError } from '../../../shared/errors';
import type { Note } from '../../../shared/notes-model';
import type { CliArgs } from '../args';
import { formatOption, notesOptions } from '../notes-args';
import { openService } from '../open-service';

type Print = (text: string) => void;

/** The stable JSON of `notes list --json` (documented in the README). */
export function noteJson(n: Note) {
  const placed = n.status !== 'orphaned' && n.kind === 'highlight' && n.anchor;
  return {
    id: n.id,
    kind: n.kind,
    docId: n.docId,
    ...(n.anchor ? { passageId: n.anchor.passageId } : {}),
    ...(n.anchor && n.anchor.endPassageId !== n.anchor.passageId ? { endPassageId: n.anchor.endPassageId } : {}),
    ...(n.anchor?.number ? { number: n.anchor.number } : {}),
    status: n.status,
    needsReview: n.needsReview,
    ...(placed ? { start: n.anchor!.start, end: n.anchor!.end } : {}),
    quote: n.quote?.exact ?? '',
    ...(n.note !== undefined ? { note: n.note } : {}),
    tags: n.tags,
    ...(n.colour ? { colour: n.colour } : {}),
    layer: n.layer,
    ...(n.previous ? { previous: n.previous } : {}),
  };
}

function noteLine(n: Note): string {
  const where = [n.identity.title, n.anchor?.number].filter(Boolean).join(' › ');
  const quote = n.quote
    ? `"${n.quote.exact.length > 80 ? `${n.quote.exact.slice(0, 79)}…` : n.quote.exact}"`
    : 'bookmark';
  const extra = [n.note, n.tags.map((t) => `#${t}`).join(' ')].filter(Boolean).join(' ');
  return `[${n.status}] ${where}: ${quote}${extra ? ` — ${extra}` : ''}  (${n.id})`;
}

function writeOut(text: string, out: string | undefined, print: Print): void {
  if (out) writeFileSync(out, text);
  else print(text.replace(/\n$/, ''));
}

/** `folio notes list|add|export|import`. */
export async function notesCommand(args: CliArgs, print: Print): Promise<void> {
  const [sub, ...rest] = args.positionals;
  const options = notesOptions(args.values);
  const service = await openService(args.dataDir, false);
  try {
    const api = service.api;
    switch (sub) {
      case 'list': {
        const notes = await api.listNotes({
          ...(options.doc ? { docId: options.doc } : {}),
          ...(options.tag?.[0] ? { tag: options.tag[0] } : {}),
          ...(options.layer ? { layer: options.layer } : {}),
          ...(options.review ? { needsReview: true } : {}),
        });
        if (args.json) print(JSON.stringify(notes.map(noteJson), null, 2));
        else print(notes.length === 0 ? 'No notes.' : notes.map(noteLine).join('\n'));
        return;
      }
      case 'add': {
        const [docId, passageId, ...extra] = rest;
        if (!docId || !passageId || extra.length > 0 || !options.quote) {
          throw new KbError('INVALID_INPUT', 'notes add takes DOC_ID PASSAGE_ID --quote TEXT [--note TEXT] [--tag T]…');
        }
        const doc = await api.getDocument({ id: docId });
        const passage = doc.passages.find((p) => p.id === passageId);
        if (!passage) throw new KbError('NOT_FOUND', `No passage ${passageId} in document ${docId}`);
        const start = passage.text.indexOf(options.quote);
        if (start < 0) throw new KbError('NOT_FOUND', `The quote is not in passage ${passageId}`);
        const note = await api.addHighlight({
          docId,
          passageId,
          start,
          end: start + options.quote.length,
          ...(options.note !== undefined ? { note: options.note } : {}),
          ...(options.tag ? { tags: options.tag } : {}),
          ...(options.colour ? { colour: options.colour } : {}),
          ...(options.layer ? { layer: options.layer } : {}),
        });
        print(args.json ? JSON.stringify(noteJson(note), null, 2) : `Added ${note.id}`);
        return;
      }
      case 'export': {
        const format = formatOption(options.format, ['w3c', 'folio', 'md', 'html'] as const, 'notes export');
        const { text } = await api.exportNotes({
          format,
          ...(options.layer ? { layer: options.layer } : {}),
          ...(options.pack ? { pack: options.pack } : {}),
        });
        writeOut(text, options.out, print);
        return;
      }
      case 'import': {
        const [file, ...extra] = rest;
        if (!file || extra.length > 0) throw new KbError('INVALID_INPUT', 'notes import takes one FILE');
        let text: string;
        try {
          text = readFileSync(file, 'utf8');
        } catch {
          throw new KbError('NOT_FOUND', `${file}: no such file`);
        }
        const report = await api.importNotes({ text });
        print(
          args.json
            ? JSON.stringify(report, null, 2)
            : `${report.added} added, ${report.updated} updated, ${report.unchanged} unchanged, ${report.packs} packs; ${report.needsReview} need review`,
        );
        return;
      }
      default:
        throw new KbError('INVALID_INPUT', `notes takes list, add, export or import${sub ? `, not "${sub}"` : ''}`);
    }
  } finally {
    await service.close();
  }
}
