import type { Migration } from '../../db/migration';
import { notes } from './0010-notes';
import { packs } from './0020-packs';
import { marksIndex } from './0030-marks-index';

/** Every user-store migration, in order. Append only: never edit one that has shipped. */
export const userMigrations: readonly Migration[] = [notes, packs, marksIndex];
