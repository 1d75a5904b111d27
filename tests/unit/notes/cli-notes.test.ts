import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folio } from '../../support/cli';
import { seedPath } from '../../support/corpus';
import { noticeTitle } from './helpers';

let data: string;
let docId: string;
let passageId: string;

beforeAll(() => {
  data = mkdtempSync(path.join(os.tmpdir(), 'folio-notes-cli-'));
  expect(folio(['import', seedPath, '--data', data]).status).toBe(0);
  const docs = JSON.parse(folio(['docs', '--json', '--data', data]).stdout) as { id: string; title: string }[];
  docId = docs.find((d) => d.title === noticeTitle)!.id;
  const shown = JSON.parse(folio(['show', docId, '--json', '--data', data]).stdout) as {
    passages: { id: string; number?: string }[];
  };
  passageId = shown.passages.find((p) => p.number === '2')!.id;
});
afterAll(() => rmSync(data, { recursive: true, force: true }));

describe('folio notes, pack, backup, restore', () => {
  it('notes add highlights the first occurrence of the quote; notes list --json gives the documented fields', () => {
    const added = folio([
      'notes',
      'add',
      docId,
      passageId,
      '--quote',
      'token',
      '--note',
      'first "token"',
      '--tag',
      'rwa',
      '--tag',
      'def',
      '--data',
      data,
      '--json',
    ]);
    expect(added.status).toBe(0);
    const listed = JSON.parse(folio(['notes', 'list', '--json', '--data', data]).stdout) as unknown[];
    const shown = JSON.parse(folio(['show', docId, '--json', '--data', data]).stdout) as {
      passages: { id: string; text: string }[];
    };
    const start = shown.passages.find((p) => p.id === passageId)!.text.indexOf('token');
    expect(listed).toEqual([
      {
        id: JSON.parse(added.stdout).id,
        kind: 'highlight',
        docId,
        passageId,
        number: '2',
        status: 'anchored',
        needsReview: false,
        start,
        end: start + 5,
        quote: 'token',
        note: 'first "token"',
        tags: ['def', 'rwa'],
        colour: 'yellow',
        layer: 'personal',
      },
    ]);
  });

  it('notes add names a quote that is not in the passage, in one line', () => {
    const run = folio(['notes', 'add', docId, passageId, '--quote', 'no such words', '--data', data]);
    expect([run.status, run.stderr]).toEqual([1, `folio: The quote is not in passage ${passageId}\n`]);
  });

  it('rejects a bad colour and a bad export format by name, exit 2', () => {
    const colour = folio(['notes', 'add', docId, passageId, '--quote', 'token', '--colour', 'mauve', '--data', data]);
    expect(colour.status).toBe(2);
    expect(colour.stderr).toMatch(/^folio: --colour: .+\n$/);
    const format = folio(['notes', 'export', '--format', 'docx', '--data', data]);
    expect([format.status, format.stderr]).toEqual([2, 'folio: --format takes w3c|folio|md|html, not "docx"\n']);
  });

  it('exports Folio JSON and imports it again without duplicating anything', () => {
    const file = path.join(data, 'notes.json');
    expect(folio(['notes', 'export', '--format', 'folio', '--out', file, '--data', data]).status).toBe(0);
    const run = folio(['notes', 'import', file, '--json', '--data', data]);
    expect(JSON.parse(run.stdout)).toEqual({ added: 0, updated: 0, unchanged: 1, packs: 0, needsReview: 0 });
  });

  it('backs up and restores from the backup file', () => {
    const backup = JSON.parse(folio(['backup', '--json', '--data', data]).stdout) as { file: string };
    expect(existsSync(backup.file)).toBe(true);
    const restored = folio(['restore', backup.file, '--json', '--data', data]);
    expect(JSON.parse(restored.stdout)).toEqual({ state: 'ok', readOnly: false, notes: 1 });
  });

  it('pack list is empty and pack export of an unknown pack says so in one line', () => {
    expect(JSON.parse(folio(['pack', 'list', '--json', '--data', data]).stdout)).toEqual([]);
    const run = folio(['pack', 'export', 'Nope', '--format', 'md', '--data', data]);
    expect([run.status, run.stderr]).toEqual([1, 'folio: No pack named Nope\n']);
  });

  it('notes export --format html writes one self-contained page without script', () => {
    const file = path.join(data, 'notes.html');
    folio(['notes', 'export', '--format', 'html', '--out', file, '--data', data]);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('first &quot;token&quot;');
    expect(html).not.toMatch(/<script/i);
  });
});
