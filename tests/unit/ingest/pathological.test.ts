import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../electron/core/ingest/parse-file';
import { contentPlainText } from '../../../shared/content-tree';
import { KbError } from '../../../shared/errors';
import { pathologicalMarkdown } from '../../fixtures/ingest/pathological-markdown';

/** Guards below are the test timeout: a quadratic path takes minutes on these (see the bench for timings). */
const encode = (text: string) => new TextEncoder().encode(text);
const trimmedLines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .trim();

describe("CommonMark's pathological inputs at their documented sizes", () => {
  for (const [name, generate] of Object.entries(pathologicalMarkdown)) {
    if (name === 'hard link/emph case' || name === 'U+0000 in input') continue;
    it(`imports "${name}" as literal text, every character kept`, async () => {
      const source = generate();
      const parsed = await parseFile({ name: 'p.md', bytes: encode(source) });
      expect(parsed.documents[0]?.passages.map((p) => p.text)).toEqual([trimmedLines(source)]);
    });
  }
  it('still parses the small hard link/emphasis case as Markdown', async () => {
    const parsed = await parseFile({
      name: 'p.md',
      bytes: encode(pathologicalMarkdown['hard link/emph case']?.() ?? ''),
    });
    expect(parsed.documents[0]?.passages[0]?.text).toBe('**x ab**c');
  });
  it('refuses NUL characters with a typed error (binary content)', async () => {
    const source = pathologicalMarkdown['U+0000 in input']?.() ?? '';
    await expect(parseFile({ name: 'p.md', bytes: encode(source) })).rejects.toBeInstanceOf(KbError);
  });
});

describe('repeated-pattern strings', () => {
  const unit = fc.string({
    unit: fc.constantFrom(
      '*',
      '_',
      '[',
      ']',
      '(',
      ')',
      '!',
      '<',
      '>',
      '`',
      '~',
      '|',
      '{',
      '}',
      '\\',
      'a',
      ' ',
      '\n',
      '-',
      '#',
      '"',
      "'",
      ':',
      '&',
    ),
    minLength: 1,
    maxLength: 7,
  });
  it('parse as Markdown, MDX and HTML in bounded time, with trees that map onto the text', async () => {
    await fc.assert(
      fc.asyncProperty(
        unit,
        fc.integer({ min: 2_000, max: 20_000 }),
        fc.constantFrom('.md', '.mdx', '.html'),
        async (pattern, times, ext) => {
          try {
            const parsed = await parseFile({ name: `p${ext}`, bytes: encode(pattern.repeat(times)) });
            for (const p of parsed.documents.flatMap((d) => d.passages)) {
              if (p.content) expect(contentPlainText(p.content)).toBe(p.text);
            }
          } catch (error) {
            expect(error).toBeInstanceOf(KbError);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
