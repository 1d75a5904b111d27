import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The project folder (the CLI runs from source, two levels below it). */
export const projectRoot = path.resolve(__dirname, '..', '..');
export const resourcesDir = path.join(projectRoot, 'resources');
export const rendererDir = path.join(projectRoot, 'out', 'renderer');

export function appVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
