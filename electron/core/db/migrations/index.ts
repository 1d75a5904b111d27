import type { Migration } from '../migration';
import { documents } from './0010-documents';
import { passages } from './0020-passages';
import { fts } from './0030-fts';
import { search } from './0040-search';
import { searchVocab } from './0050-search-vocab';
import { passageContent } from './0060-passage-content';
import { lawVersions } from './0070-law-versions';

/** Every migration, in order. Append only: never edit one that has shipped. */
export const migrations: readonly Migration[] = [
  documents,
  passages,
  fts,
  search,
  searchVocab,
  passageContent,
  lawVersions,
];
