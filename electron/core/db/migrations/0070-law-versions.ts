import type { Migration } from '../migration';

/**
 * Dated versions of the same law are documents with the same title and language
 * (反洗钱法 2006 and 2024): this index keeps the read-time "superseded" check, which runs
 * per row in listings and status filters, a lookup instead of a scan. And a passage's clause
 * label as the source writes it, where its number cannot say it ("(IX)" beside "(5)").
 */
export const lawVersions: Migration = {
  version: 70,
  name: 'law-versions',
  sql: `
    CREATE INDEX documents_by_title_lang ON documents(title, lang);
    ALTER TABLE passages ADD COLUMN label TEXT;
  `,
};
