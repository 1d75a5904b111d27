/**
 * "Open the largest document" as a person sees it: in Debian's Chromium, against
 * `folio serve`, the time from clicking the document in the library to the first screen
 * of its text painted (the first passage's text in the page, then one animation frame).
 *
 *   node bin/tsx-run.cjs electron/cli/bench/open-document-ui.ts [FILE] [--rounds N]
 *
 * FILE defaults to the 2.5 MB CFPB regulation in ../shared/corpus. Not a test: it prints figures.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { percentile, round } from './stats';

const root = path.resolve(__dirname, '..', '..', '..');
const defaultFile = path.resolve(
  root,
  '..',
  'shared',
  'corpus',
  'en-regs',
  'cfpb-regulations-xml',
  'regulation',
  '1003',
  '2015-26607_20200101.xml',
);
const folio = path.join(root, 'bin', 'folio.cjs');

function serve(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [folio, 'serve', '--data', dataDir, '--port', '0', '--json'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      out += chunk;
      const line = out.split('\n').find((l) => l.trim().startsWith('{'));
      if (line) resolve({ child, url: (JSON.parse(line) as { url: string }).url });
    });
    child.once('exit', (code) => reject(new Error(`folio serve exited with ${code}`)));
  });
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const roundsAt = argv.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Math.max(1, Number(argv[roundsAt + 1]) || 5) : 5;
  const file = argv.find((a, i) => !a.startsWith('--') && i !== roundsAt + 1) ?? defaultFile;
  if (!existsSync(file)) {
    console.error(`bench: ${file} is missing; nothing measured`);
    process.exitCode = 1;
    return;
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'folio-bench-open-'));
  const imported = spawnSync(process.execPath, [folio, 'import', file, '--data', dataDir, '--json'], {
    encoding: 'utf8',
  });
  if (imported.status !== 0) throw new Error(imported.stderr);
  const docs = JSON.parse(
    spawnSync(process.execPath, [folio, 'docs', '--data', dataDir, '--json'], { encoding: 'utf8' }).stdout,
  ) as { title: string; passages: number }[];
  const doc = [...docs].sort((a, b) => b.passages - a.passages)[0];
  if (!doc) throw new Error('nothing imported');
  const { child, url } = await serve(dataDir);
  const browser = await chromium.launch({
    executablePath: process.env.FOLIO_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const times: number[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    for (let i = 0; i <= rounds; i++) {
      await page.goto(url);
      await page.getByRole('navigation', { name: 'Library' }).getByRole('button').first().waitFor();
      const ms = await page.evaluate(async (title) => {
        const button = [...document.querySelectorAll<HTMLButtonElement>('nav button')].find((b) =>
          b.textContent?.startsWith(title),
        );
        if (!button) throw new Error(`no library button for ${title}`);
        const start = performance.now();
        button.click();
        for (;;) {
          await new Promise((r) => requestAnimationFrame(r));
          const text = document.querySelector('article.passage p')?.textContent ?? '';
          if (text.trim() !== '') break;
        }
        await new Promise((r) => requestAnimationFrame(r));
        return performance.now() - start;
      }, doc.title);
      if (i > 0) times.push(ms); // the first round warms the bridge and the page
    }
  } finally {
    await browser.close();
    child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(
    JSON.stringify({
      document: doc.title,
      passages: doc.passages,
      rounds,
      clickToFirstTextP50Ms: round(percentile(times, 50), 0),
      clickToFirstTextP95Ms: round(percentile(times, 95), 0),
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
