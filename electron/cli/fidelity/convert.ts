import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const pandocPath = '/usr/bin/pandoc';
export const chromiumPath = '/usr/bin/chromium';
/** Printing one law to PDF takes Chromium a few seconds; a stuck one is given up after this. */
const chromiumTimeoutMs = 60_000;

export type Converted = Record<'html' | 'docx' | 'pdf', string>;

/** Whether the converters are installed (the format-invariance check needs both). */
export function convertersPresent(): boolean {
  return existsSync(pandocPath) && existsSync(chromiumPath);
}

/**
 * One Markdown file (a law, a docs page) as a user would convert it: pandoc → HTML (standalone) and DOCX, Chromium
 * prints that HTML to PDF. Files are cached under `cacheDir` by the source's hash, so a second
 * run converts nothing.
 */
export function convertMarkdown(mdFile: string, cacheDir: string): Converted {
  const source = readFileSync(mdFile);
  const key = createHash('sha1').update(source).digest('hex').slice(0, 16);
  const dir = path.join(cacheDir, key);
  mkdirSync(dir, { recursive: true });
  const out: Converted = {
    html: path.join(dir, 'law.html'),
    docx: path.join(dir, 'law.docx'),
    pdf: path.join(dir, 'law.pdf'),
  };
  const title = path.basename(mdFile).replace(/\.md$/, '');
  if (!existsSync(out.html)) {
    execFileSync(pandocPath, [
      '-f',
      'markdown',
      '-t',
      'html',
      '-s',
      '--metadata',
      `pagetitle=${title}`,
      mdFile,
      '-o',
      `${out.html}.part`,
    ]);
    renameSync(`${out.html}.part`, out.html);
  }
  if (!existsSync(out.docx)) {
    execFileSync(pandocPath, ['-f', 'markdown', mdFile, '-o', `${out.docx}.part.docx`]);
    renameSync(`${out.docx}.part.docx`, out.docx);
  }
  if (!existsSync(out.pdf)) {
    execFileSync(
      chromiumPath,
      ['--headless', '--no-sandbox', '--disable-gpu', `--print-to-pdf=${out.pdf}.part`, pathToFileURL(out.html).href],
      { stdio: 'ignore', timeout: chromiumTimeoutMs },
    );
    renameSync(`${out.pdf}.part`, out.pdf);
  }
  return out;
}
