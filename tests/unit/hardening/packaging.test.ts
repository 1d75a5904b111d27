import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(__dirname, '..', '..', '..');
const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as {
  files: string[];
  electronFuses: Record<string, boolean>;
};

/** Every project file an entry point reaches through relative imports (what the bundler packs). */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/(?:from|import|require\()\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const base = path.resolve(path.dirname(file), match[1]!);
      const next = [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), base].find(existsSync);
      if (next?.match(/\.tsx?$/)) visit(next);
    }
  };
  visit(path.join(root, entry));
  return seen;
}

describe('the packaged app', () => {
  it('sets the release fuses: no Node mode, no NODE_OPTIONS, no inspector flags, app only from its checked asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('packs only the build output, whose entry points never reach the HTTP bridge or the CLI', () => {
    expect(config.files.filter((f) => !f.startsWith('!'))).toEqual(['out/**/*', 'package.json']);
    const packed = [
      ...reachable('electron/main/index.ts'),
      ...reachable('electron/preload/index.ts'),
      ...reachable('electron/core/import/worker.ts'),
    ].map((file) => path.relative(root, file));
    expect(packed.length).toBeGreaterThan(20);
    expect(packed.filter((file) => file.startsWith('electron/bridge') || file.startsWith('electron/cli'))).toEqual([]);
  });
});
