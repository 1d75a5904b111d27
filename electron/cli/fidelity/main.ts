/**
 * Import fidelity check: parses every .md under a folder and compares the articles found with the
 * lines of the source that start an article. Usage: npm run fidelity -- <folder> [--json]
 * With --formats [--limit N]: the same laws converted to HTML, DOCX and PDF must give the same articles.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseFile } from '../../core/ingest/parse-file';
import { countArticleLines } from './count';
import { formatsMode } from './formats-mode';

/** Laws converted per --formats run unless --limit says otherwise (PDF printing takes seconds each). */
const defaultFormatsLimit = 20;

interface FileResult {
  file: string;
  expected: number;
  found: number;
  warnings: string[];
  error?: string;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.name.toLowerCase().endsWith('.md')) out.push(full);
  }
  return out.sort();
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const limitAt = args.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : defaultFormatsLimit;
  const folder = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--limit');
  if (!folder) {
    console.error('usage: npm run fidelity -- <folder> [--json] | --formats <folder> [--limit N] [--json]');
    process.exitCode = 2;
    return;
  }
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    console.error(`fidelity: ${folder}: no such folder`);
    process.exitCode = 1;
    return;
  }
  if (args.includes('--formats')) {
    const cacheDir = path.resolve('.tmp', 'formats');
    process.exitCode = await formatsMode(folder, {
      limit: Number.isFinite(limit) && limit > 0 ? limit : defaultFormatsLimit,
      json,
      cacheDir,
    });
    return;
  }
  const files = walk(path.resolve(folder));
  const results: FileResult[] = [];
  let bytes = 0;
  let parseMs = 0;
  for (const file of files) {
    const data = readFileSync(file);
    bytes += data.length;
    const rel = path.relative(folder, file);
    const expected = countArticleLines(data.toString('utf8'));
    const started = performance.now();
    try {
      const parsed = await parseFile({ name: path.basename(file), bytes: data });
      parseMs += performance.now() - started;
      const found = parsed.documents.reduce((n, d) => n + d.passages.filter((p) => p.kind === 'article').length, 0);
      results.push({ file: rel, expected, found, warnings: parsed.documents.flatMap((d) => d.warnings) });
    } catch (error) {
      parseMs += performance.now() - started;
      results.push({ file: rel, expected, found: 0, warnings: [], error: String(error) });
    }
  }
  const mismatches = results.filter((r) => r.expected !== r.found || r.error);
  const exact = results.length - mismatches.length;
  const summary = {
    folder: path.resolve(folder),
    files: results.length,
    exactFiles: exact,
    exactPercent: results.length ? Math.round((exact / results.length) * 10000) / 100 : 100,
    articlesExpected: results.reduce((n, r) => n + r.expected, 0),
    articlesFound: results.reduce((n, r) => n + r.found, 0),
    megabytes: Math.round((bytes / 1e6) * 100) / 100,
    parseSeconds: Math.round(parseMs) / 1000,
    megabytesPerSecond: parseMs > 0 ? Math.round((bytes / 1e6 / (parseMs / 1000)) * 10) / 10 : 0,
    filesWithNumberingWarnings: results.filter((r) => r.warnings.length > 0).length,
  };
  if (json) {
    console.log(JSON.stringify({ summary, mismatches, files: results }, null, 2));
    return;
  }
  for (const r of results) {
    const mark = r.expected === r.found && !r.error ? 'ok  ' : 'DIFF';
    console.log(`${mark} ${r.found}/${r.expected} ${r.file}${r.error ? `  error: ${r.error}` : ''}`);
  }
  console.log('');
  console.log(`mismatches (${mismatches.length}):`);
  for (const r of mismatches)
    console.log(`  ${r.file}: found ${r.found}, source has ${r.expected}${r.error ? ` (${r.error})` : ''}`);
  console.log('');
  console.log(
    `total: ${summary.exactFiles}/${summary.files} files exact (${summary.exactPercent}%), ` +
      `articles ${summary.articlesFound}/${summary.articlesExpected}, ` +
      `${summary.megabytes} MB parsed in ${summary.parseSeconds} s (${summary.megabytesPerSecond} MB/s), ` +
      `${summary.filesWithNumberingWarnings} files with numbering warnings`,
  );
}

main().catch((error: unknown) => {
  console.error(`fidelity: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
