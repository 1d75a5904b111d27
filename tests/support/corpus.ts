import { existsSync } from 'node:fs';
import path from 'node:path';

/** The shared corpus beside the checkout (absent on a user's fresh clone). */
export const corpusRoot = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus');
export const hasCorpus = existsSync(corpusRoot);
/** The one reason printed when corpus-backed tests are skipped. */
export const noCorpusReason = `skipped: the shared corpus is not beside this checkout (${corpusRoot}); CI has it`;

export function corpusPath(...parts: string[]): string {
  return path.join(corpusRoot, ...parts);
}

/** The seed page bundled with the app (always present in the repo). */
export const seedPath = path.resolve(
  __dirname,
  '..',
  '..',
  'resources',
  'seed',
  'weex-api-access-faq-and-pboc-notice.txt',
);
