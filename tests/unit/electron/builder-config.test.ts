import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { bundledResourcesFolder } from '../../../electron/main/paths';

const root = path.resolve(__dirname, '../../..');
// electron-builder's own files, resolved from electron-builder (app-builder-lib is its dependency, not ours).
const fromBuilder = createRequire(createRequire(path.join(root, 'package.json')).resolve('electron-builder'));
const schema = JSON.parse(readFileSync(fromBuilder.resolve('app-builder-lib/scheme.json'), 'utf8')) as {
  $schema: string;
};
const builderValidation = fromBuilder('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, debugLogger: unknown): Promise<void>;
};
const { DebugLogger } = fromBuilder('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

type Config = Record<string, unknown> & {
  files: string[];
  extraResources: { from: string; to: string }[];
  asarUnpack: string[];
  linux: { target: string[] };
  mac: { target: string[] };
  win: { target: string[] };
};

const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Config;

// The scheme declares draft-07, Ajv's default; strict mode is off because the scheme uses
// keywords Ajv does not know (e.g. descriptions on $refs) and unions of types. Compiled once (~3 s).
const check = new Ajv({ strict: false, allErrors: true }).compile(schema);

function validate(candidate: unknown): ErrorObject[] {
  return check(candidate) ? [] : [...(check.errors ?? [])];
}

describe('electron-builder.yml against app-builder-lib/scheme.json', () => {
  test('the scheme is draft-07 (what Ajv validates by default)', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });
  test('the config is valid', () => {
    expect(validate(config)).toEqual([]);
  });
  test('an unknown top-level key is rejected', () => {
    expect(validate({ ...config, notAnOption: true }).map((error) => error.params)).toContainEqual({
      additionalProperty: 'notAnOption',
    });
  });
  test('a value of the wrong type is rejected', () => {
    expect(validate({ ...config, npmRebuild: 'yes' }).map((error) => error.instancePath)).toContain('/npmRebuild');
  });
});

describe("electron-builder.yml through electron-builder's own validation", () => {
  test('is accepted', async () => {
    await expect(builderValidation.validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });
  test('a misspelt option is refused', async () => {
    await expect(
      builderValidation.validateConfiguration({ ...config, asarUnpak: [] }, new DebugLogger(false)),
    ).rejects.toThrow("configuration has an unknown property 'asarUnpak'");
  });
});

describe('what the package holds', () => {
  test('the app files are the build output and package.json, without source maps', () => {
    expect(config.files).toEqual(['out/**/*', 'package.json', '!out/**/*.map']);
  });
  test('resources/ is copied where the main process looks for the seed', () => {
    expect(config.extraResources.map(({ from, to }) => [from, to])).toEqual([['resources', bundledResourcesFolder]]);
  });
  test("better-sqlite3's native addon is unpacked from the asar", () => {
    expect(config.asarUnpack).toEqual(['**/node_modules/better-sqlite3/**/*.node']);
  });
  test('native dependencies are rebuilt for Electron', () => {
    expect(config.npmRebuild).toBe(true);
  });
  test('the targets are AppImage and deb, dmg, nsis', () => {
    expect([config.linux.target, config.mac.target, config.win.target]).toEqual([
      ['AppImage', 'deb'],
      ['dmg'],
      ['nsis'],
    ]);
  });
  test('the product is Folio', () => {
    expect(config.productName).toBe('Folio');
  });
});
