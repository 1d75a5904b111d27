import { z } from 'zod';
import { type EventName, isEventName } from './methods';
import { ImportProgressSchema } from './model';
import { SettingsSchema } from './settings';

/**
 * Each pushed event's payload, declared once like the methods' inputs and outputs.
 * A new event is a name in shared/methods.ts plus an entry here; the core emits it.
 */
export const eventSchemas = {
  /** Documents were added, updated or removed; `docIds` are the ones that changed. */
  libraryChanged: z.object({ docIds: z.array(z.string()) }).strict(),
  /** A snapshot of an import job whenever it starts, advances or ends. */
  importProgress: ImportProgressSchema,
  /** The settings after a change, in full. */
  settingsChanged: SettingsSchema,
  /** Notes or packs were added, edited, deleted, re-anchored or restored; `ids` are the ones that changed ([] = any). */
  notesChanged: z.object({ ids: z.array(z.string()) }).strict(),
} satisfies Record<EventName, z.ZodType>;

export type EventPayload<E extends EventName> = z.output<(typeof eventSchemas)[E]>;
export type KbEvent = { [E in EventName]: { name: E; payload: EventPayload<E> } }[EventName];

/** Validates an event that crossed a boundary; null when the name is unknown or the payload is wrong. */
export function parseEvent(name: unknown, payload: unknown): KbEvent | null {
  if (!isEventName(name)) return null;
  const parsed = eventSchemas[name].safeParse(payload);
  return parsed.success ? ({ name, payload: parsed.data } as KbEvent) : null;
}

/** The bridge's Server-Sent Events stream; EventSource cannot send headers, so the token is a query parameter. */
export const eventsPath = '/events';
export const eventsTokenParam = 'token';
