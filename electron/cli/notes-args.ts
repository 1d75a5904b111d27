import { z } from 'zod';
import { KbError } from '../../shared/errors';
import { HighlightColourSchema, LayerNameSchema, TagSchema } from '../../shared/notes-model';

/** The options of `folio notes|pack|backup|restore`, merged into the CLI's option table. */
export const notesCliOptions = {
  quote: { type: 'string' },
  note: { type: 'string' },
  tag: { type: 'string', multiple: true },
  colour: { type: 'string' },
  layer: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  doc: { type: 'string' },
  review: { type: 'boolean' },
  pack: { type: 'string' },
} as const;

const NotesOptionsSchema = z.object({
  quote: z.string().min(1, '--quote needs the text to highlight').optional(),
  note: z.string().optional(),
  tag: z.array(TagSchema).optional(),
  colour: HighlightColourSchema.optional(),
  layer: LayerNameSchema.optional(),
  format: z.string().optional(),
  out: z.string().min(1).optional(),
  doc: z.string().min(1).optional(),
  review: z.boolean().optional(),
  pack: z.string().trim().min(1).max(200).optional(),
});
export type NotesOptions = z.infer<typeof NotesOptionsSchema>;

/** The notes options out of the parsed values, checked; a bad one is one INVALID_INPUT line naming it. */
export function notesOptions(values: Record<string, unknown>): NotesOptions {
  const picked = Object.fromEntries(Object.keys(notesCliOptions).map((k) => [k, values[k]]));
  const parsed = NotesOptionsSchema.safeParse(picked);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const name = String(issue.path[0] ?? 'option');
  throw new KbError('INVALID_INPUT', `--${name}: ${issue.message}`);
}

/** `--format` checked against the formats a command takes. */
export function formatOption<F extends string>(value: string | undefined, allowed: readonly F[], command: string): F {
  if (value === undefined) throw new KbError('INVALID_INPUT', `${command} needs --format ${allowed.join('|')}`);
  if (!(allowed as readonly string[]).includes(value)) {
    throw new KbError('INVALID_INPUT', `--format takes ${allowed.join('|')}, not "${value}"`);
  }
  return value as F;
}
