import { z } from 'zod';
import { DocIdentitySchema, type Note, type NoteSchema } from '../../../../shared/notes-model';

/** The Web Annotation context, and Folio's own terms beside it. */
export const annoContext = 'http://www.w3.org/ns/anno.jsonld';
export const folioTerms = 'https://folio.invalid/ns/notes#';
const docUrn = 'urn:folio:doc:';
const noteUrn = 'urn:uuid:';

function body(note: Note) {
  const bodies: Record<string, unknown>[] = [];
  if (note.note !== undefined) {
    bodies.push({
      type: 'TextualBody',
      value: note.note,
      format: note.noteFormat === 'markdown' ? 'text/markdown' : 'text/plain',
      purpose: 'commenting',
    });
  }
  for (const tag of note.tags) bodies.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  return bodies;
}

function target(note: Note) {
  const source = `${docUrn}${note.docId}`;
  if (!note.anchor) return { source };
  const refinedBy: Record<string, unknown>[] = [];
  if (note.quote) refinedBy.push({ type: 'TextQuoteSelector', ...note.quote });
  if (note.kind === 'highlight')
    refinedBy.push({ type: 'TextPositionSelector', start: note.anchor.start, end: note.anchor.end });
  return {
    source,
    selector: {
      type: 'FragmentSelector',
      value: `passage=${note.anchor.passageId}`,
      ...(refinedBy.length > 0 ? { refinedBy: refinedBy.length === 1 ? refinedBy[0] : refinedBy } : {}),
    },
  };
}

/**
 * One note as a W3C Web Annotation: a FragmentSelector naming the passage, refined by a
 * TextQuoteSelector and a TextPositionSelector over the passage's plain text. Folio's
 * own fields (portable document identity, colour, layer, anchor status) ride beside it.
 */
export function toWebAnnotation(note: Note) {
  const bodies = body(note);
  const motivation = note.kind === 'bookmark' ? 'bookmarking' : note.note !== undefined ? 'commenting' : 'highlighting';
  return {
    '@context': [annoContext, { folio: folioTerms }],
    id: `${noteUrn}${note.id}`,
    type: 'Annotation',
    motivation,
    created: note.createdAt,
    modified: note.updatedAt,
    ...(bodies.length > 0 ? { body: bodies.length === 1 ? bodies[0] : bodies } : {}),
    target: target(note),
    'folio:note': {
      kind: note.kind,
      layer: note.layer,
      identity: note.identity,
      version: note.version,
      status: note.status,
      needsReview: note.needsReview,
      ...(note.anchor ? { endPassageId: note.anchor.endPassageId, number: note.anchor.number } : {}),
      ...(note.previous ? { previous: note.previous } : {}),
      ...(note.colour ? { colour: note.colour } : {}),
      ...(note.deletedAt ? { deletedAt: note.deletedAt } : {}),
    },
  };
}

export function toAnnotationCollection(notes: readonly Note[], label: string) {
  return {
    '@context': [annoContext, { folio: folioTerms }],
    type: 'AnnotationCollection',
    label,
    total: notes.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: notes.map(toWebAnnotation) },
  };
}

const selector = z.object({ type: z.string() }).passthrough();
const TextualBody = z.object({
  type: z.literal('TextualBody'),
  value: z.string(),
  format: z.string().optional(),
  purpose: z.string().optional(),
});
const WebAnnotation = z.object({
  id: z.string().startsWith(noteUrn),
  type: z.literal('Annotation'),
  motivation: z.string().optional(),
  created: z.string(),
  modified: z.string(),
  body: z.union([TextualBody, z.array(TextualBody)]).optional(),
  target: z.object({
    source: z.string().startsWith(docUrn),
    selector: z
      .object({
        type: z.literal('FragmentSelector'),
        value: z.string().startsWith('passage='),
        refinedBy: z.union([selector, z.array(selector)]).optional(),
      })
      .optional(),
  }),
  'folio:note': z
    .object({
      kind: z.enum(['bookmark', 'highlight']).optional(),
      layer: z.string().optional(),
      identity: DocIdentitySchema,
      version: z.number().int(),
      status: z.string().optional(),
      needsReview: z.boolean().optional(),
      endPassageId: z.string().optional(),
      number: z.string().optional(),
      previous: z.unknown().optional(),
      colour: z.string().optional(),
      deletedAt: z.string().optional(),
    })
    .passthrough(),
});
export const AnnotationCollectionSchema = z.object({
  type: z.literal('AnnotationCollection'),
  first: z.object({ items: z.array(WebAnnotation) }),
});

/** A note back from a Web Annotation this exporter wrote (unvalidated fields are checked by NoteSchema after). */
export function fromWebAnnotation(a: z.infer<typeof WebAnnotation>): z.input<typeof NoteSchema> {
  const bodies = a.body === undefined ? [] : Array.isArray(a.body) ? a.body : [a.body];
  const comment = bodies.find((b) => b.purpose === 'commenting');
  const refined = a.target.selector?.refinedBy;
  const selectors = refined === undefined ? [] : Array.isArray(refined) ? refined : [refined];
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector') as
    | { exact: string; prefix?: string; suffix?: string }
    | undefined;
  const position = selectors.find((s) => s.type === 'TextPositionSelector') as
    | { start: number; end: number }
    | undefined;
  const extra = a['folio:note'];
  const passageId = a.target.selector?.value.slice('passage='.length);
  return {
    id: a.id.slice(noteUrn.length),
    kind: extra.kind ?? (position ? 'highlight' : 'bookmark'),
    layer: extra.layer ?? 'personal',
    docId: a.target.source.slice(docUrn.length),
    identity: extra.identity,
    version: extra.version,
    ...(passageId
      ? {
          anchor: {
            passageId,
            endPassageId: extra.endPassageId ?? passageId,
            start: position?.start ?? 0,
            end: position?.end ?? 0,
            ...(extra.number ? { number: extra.number } : {}),
          },
        }
      : {}),
    ...(quote ? { quote: { exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' } } : {}),
    status: extra.status ?? 'anchored',
    needsReview: extra.needsReview ?? false,
    ...(extra.previous ? { previous: extra.previous } : {}),
    ...(extra.colour ? { colour: extra.colour } : {}),
    ...(comment
      ? { note: comment.value, noteFormat: comment.format === 'text/markdown' ? 'markdown' : 'plain' }
      : { noteFormat: 'plain' }),
    tags: bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value),
    createdAt: a.created,
    updatedAt: a.modified,
    ...(extra.deletedAt ? { deletedAt: extra.deletedAt } : {}),
  } as z.input<typeof NoteSchema>;
}
