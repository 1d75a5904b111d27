import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlesOf } from '../../../electron/cli/fidelity/compare';
import { convertersPresent, convertMarkdown } from '../../../electron/cli/fidelity/convert';
import { corpusPath, hasCorpus } from '../../support/corpus';

/** Converted files are cached here by source hash (PDF printing takes seconds a law). */
const cacheDir = path.resolve(__dirname, '..', '..', '..', '.tmp', 'formats');
const lawsDir = corpusPath('cn-laws', '经济法');
/** The first laws of one corpus folder, in name order: ten is enough to show invariance and keeps the run short. */
const lawCount = 10;
const laws =
  hasCorpus && existsSync(lawsDir)
    ? readdirSync(lawsDir)
        .filter((f) => f.endsWith('.md'))
        .sort()
        .slice(0, lawCount)
    : [];
const ready = hasCorpus && convertersPresent();
const reason = !hasCorpus
  ? 'skipped: the shared corpus is not beside this checkout'
  : 'skipped: pandoc (/usr/bin/pandoc) or Chromium (/usr/bin/chromium) is not installed';

describe.skipIf(!ready)('one law, one structure: Markdown, pandoc HTML and DOCX, Chromium PDF', () => {
  for (const law of laws) {
    it(`${law}: every format gives the same article numbers and texts (white space folded)`, async () => {
      const source = path.join(lawsDir, law);
      const original = await articlesOf(source);
      expect(original.length).toBeGreaterThan(0);
      const converted = convertMarkdown(source, cacheDir);
      for (const format of ['html', 'docx', 'pdf'] as const) {
        expect({ format, articles: await articlesOf(converted[format], `law.${format}`) }).toEqual({
          format,
          articles: original,
        });
      }
    }, 120_000);
  }
});

if (!ready) it.skip(reason, () => {});
