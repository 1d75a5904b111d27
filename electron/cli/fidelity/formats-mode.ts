import { readdirSync } from 'node:fs';
import path from 'node:path';
import { type Agreement, agreement, articlesOf } from './compare';
import { convertersPresent, convertMarkdown } from './convert';

const formats = ['html', 'docx', 'pdf'] as const;

function markdownFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) markdownFiles(full, out);
    else if (entry.name.toLowerCase().endsWith('.md')) out.push(full);
  }
  return out.sort();
}

/**
 * `npm run fidelity -- --formats DIR [--limit N] [--json]`: converts each Markdown law (pandoc →
 * HTML and DOCX, Chromium → PDF; cached under .tmp/formats) and reports, per format, the share of
 * the original's articles found with the same number and text.
 */
export async function formatsMode(
  folder: string,
  options: { limit: number; json: boolean; cacheDir: string },
): Promise<number> {
  if (!convertersPresent()) {
    console.error('fidelity --formats: needs pandoc (/usr/bin/pandoc) and Chromium (/usr/bin/chromium)');
    return 2;
  }
  const files = markdownFiles(path.resolve(folder)).slice(0, options.limit);
  const totals = Object.fromEntries(formats.map((f) => [f, { expected: 0, same: 0 }])) as Record<
    (typeof formats)[number],
    { expected: number; same: number }
  >;
  const rows: { file: string; results: Record<string, Agreement | { error: string }> }[] = [];
  for (const file of files) {
    const rel = path.relative(folder, file);
    const results: Record<string, Agreement | { error: string }> = {};
    try {
      const original = await articlesOf(file);
      const converted = convertMarkdown(file, options.cacheDir);
      for (const format of formats) {
        try {
          const result = agreement(original, await articlesOf(converted[format], `law.${format}`));
          results[format] = result;
          totals[format].expected += result.expected;
          totals[format].same += result.same;
        } catch (error) {
          results[format] = { error: error instanceof Error ? error.message : String(error) };
        }
      }
    } catch (error) {
      results.md = { error: error instanceof Error ? error.message : String(error) };
    }
    rows.push({ file: rel, results });
    if (!options.json) {
      const cells = formats.map((f) => {
        const r = results[f];
        return r && 'same' in r ? `${f} ${r.same}/${r.expected}` : `${f} error`;
      });
      const diff = formats
        .map((f) => results[f])
        .find((r): r is Agreement => r !== undefined && 'firstDifference' in r && r.firstDifference !== undefined);
      console.log(`${cells.join('  ')}  ${rel}${diff ? `  (${diff.firstDifference})` : ''}`);
    }
  }
  const summary = Object.fromEntries(
    formats.map((f) => [
      f,
      {
        ...totals[f],
        percent: totals[f].expected ? Math.round((totals[f].same / totals[f].expected) * 10000) / 100 : 100,
      },
    ]),
  );
  if (options.json) console.log(JSON.stringify({ files: rows.length, summary, rows }, null, 2));
  else {
    console.log('');
    for (const f of formats) {
      const s = summary[f] as { same: number; expected: number; percent: number };
      console.log(`${f}: ${s.same}/${s.expected} articles agree with the Markdown (${s.percent}%)`);
    }
  }
  return 0;
}
