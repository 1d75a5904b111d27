import { writeFileSync } from 'node:fs';
import { KbError } from '../../../shared/errors';
import { chromiumPrintToPdf, handoutPdf } from '../../core/notes/export/pdf';
import type { CliArgs } from '../args';
import { formatOption, notesOptions } from '../notes-args';
import { openService } from '../open-service';

type Print = (text: string) => void;

/** `folio pack list|export NAME --format md|html|pdf [--out FILE]`. */
export async function packCommand(args: CliArgs, print: Print): Promise<void> {
  const [sub, ...rest] = args.positionals;
  const options = notesOptions(args.values);
  if (sub !== 'list' && sub !== 'export') {
    throw new KbError('INVALID_INPUT', `pack takes list or export${sub ? `, not "${sub}"` : ''}`);
  }
  const service = await openService(args.dataDir, false);
  try {
    if (sub === 'list') {
      const packs = await service.api.listPacks({});
      if (args.json) print(JSON.stringify(packs, null, 2));
      else
        print(packs.length === 0 ? 'No packs.' : packs.map((p) => `${p.name}  (${p.items.length} items)`).join('\n'));
      return;
    }
    const name = rest.join(' ');
    if (!name) throw new KbError('INVALID_INPUT', 'pack export takes NAME --format md|html|pdf');
    const format = formatOption(options.format, ['md', 'html', 'pdf'] as const, 'pack export');
    const { text } = await service.api.exportPack({ pack: name, format: format === 'pdf' ? 'html' : format });
    if (format !== 'pdf') {
      if (options.out) writeFileSync(options.out, text);
      else print(text.replace(/\n$/, ''));
      return;
    }
    if (!options.out) throw new KbError('INVALID_INPUT', 'pack export --format pdf needs --out FILE.pdf');
    writeFileSync(options.out, await handoutPdf(text, chromiumPrintToPdf()));
    if (args.json) print(JSON.stringify({ file: options.out }));
  } finally {
    await service.close();
  }
}
