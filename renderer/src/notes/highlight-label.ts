import { useTranslation } from 'react-i18next';
import type { HighlightColour } from '../../../shared/notes-model';
import type { useT } from '../i18n/useT';

type Translate = ReturnType<typeof useT>;

/** Stand-ins for the parts that differ per highlight, filled in after one translation per wording. */
const notePart = '\u0001note\u0001';
const textPart = '\u0001text\u0001';

/** Wordings by language, then by "key|colour". */
const cache = new Map<string, Map<string, string>>();

/**
 * A highlight's accessible name ("Green highlight, note “…”: <text>"). A document may draw
 * hundreds of highlights, so each wording is translated once per language and reused.
 */
export function useHighlightLabel(): (
  colour: HighlightColour,
  parts: { note?: string | undefined; hasNote: boolean; text: string },
) => string {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (colour, parts) => highlightLabel(t, language, colour, parts);
}

function highlightLabel(
  t: Translate,
  language: string,
  colour: HighlightColour,
  parts: { note?: string | undefined; hasNote: boolean; text: string },
): string {
  let wordings = cache.get(language);
  if (!wordings) {
    wordings = new Map();
    cache.set(language, wordings);
  }
  const key = parts.note ? 'notes.mark.withNote' : parts.hasNote ? 'notes.mark.noteUnread' : 'notes.mark.plain';
  const id = `${key}|${colour}`;
  let wording = wordings.get(id);
  if (wording === undefined) {
    wording = t(key, { colour: t(`notes.colour.${colour}`), note: notePart, text: textPart });
    wordings.set(id, wording);
  }
  return wording.replace(notePart, () => parts.note ?? '').replace(textPart, () => parts.text);
}
