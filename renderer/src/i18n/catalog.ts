import { app } from './strings/app';
import { common } from './strings/common';
import { content } from './strings/content';
import { errorStrings } from './strings/errors';
import { importStrings } from './strings/import';
import { library } from './strings/library';
import { notes } from './strings/notes';
import { packs } from './strings/packs';
import { palette } from './strings/palette';
import { reader } from './strings/reader';
import { search } from './strings/search';
import { searchDate } from './strings/search-date';
import { settings } from './strings/settings';
import { synonyms } from './strings/synonyms';
import type { Strings, UiLanguage } from './strings-type';

/** Every area's strings; add an area's file here. */
const areas: readonly Strings[] = [
  common,
  app,
  library,
  search,
  importStrings,
  synonyms,
  settings,
  palette,
  reader,
  notes,
  content,
  errorStrings,
  packs,
  searchDate,
];

function merge(lang: UiLanguage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const area of areas) {
    for (const [key, value] of Object.entries(area[lang])) {
      if (key in out) throw new Error(`i18n key defined twice: ${key}`);
      out[key] = value;
    }
  }
  return out;
}

export const catalog: Record<UiLanguage, Record<string, string>> = { en: merge('en'), zh: merge('zh') };
