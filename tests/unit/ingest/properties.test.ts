import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../electron/core/ingest/parse-file';
import { KbError } from '../../../shared/errors';

const extensions = ['.txt', '.md', '.html', '.htm', '.xhtml', '.yml', '.yaml', '.xml', '.pdf', '.docx', '.exe', ''];

/** Text pieces that exercise the parsers: markup, numbering, quotes, odd Unicode. */
const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.constantFrom(
    '\n',
    '\n\n',
    '# ',
    '## ',
    '第一条 ',
    '第十条之一\u3000',
    '## 第一章 总则',
    '（一）',
    '“',
    '”',
    '(IV) ',
    '(5) ',
    'Article 5',
    '§ 1005.2 ',
    '<!--',
    '-->',
    '```',
    ':::note',
    '{% ifversion ghes %}',
    '{% else %}',
    '{% endif %}',
    '{{HTTPStatus(429)}}',
    '<script>x</script>',
    '<p>',
    '</p>',
    '---\ntitle: x\n---\n',
    '### YamlMime:FAQ\n',
    '- question: Q?\n  answer: A\n',
    'You may also like',
    'is hereby repealed',
    '\uFEFF',
    '\u200B',
    '\uFFFD',
    '🇨🇳',
    '❤️',
    'e\u0301',
    '\u3000',
  ),
);

/** Parses the file; the only failures allowed are the two KbError codes parsers may raise. */
async function expectOnlyKbErrors(name: string, bytes: Uint8Array): Promise<void> {
  try {
    await parseFile({ name, bytes });
  } catch (error) {
    if (!(error instanceof KbError)) throw error;
    expect(['UNSUPPORTED_FORMAT', 'DECODE_FAILED']).toContain(error.code);
  }
}

describe('parseFile properties', () => {
  it('throws nothing but KbError on any text input', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 40 }), fc.constantFrom(...extensions), async (parts, ext) => {
        await expectOnlyKbErrors(`f${ext}`, new TextEncoder().encode(parts.join('')));
      }),
      { numRuns: 300 },
    );
  });

  it('throws nothing but KbError on any bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.constantFrom(...extensions), async (bytes, ext) => {
        await expectOnlyKbErrors(`f${ext}`, bytes);
      }),
      { numRuns: 300 },
    );
  });

  const word = fc.oneof(
    fc.stringMatching(/^[a-z]{1,8}$/),
    fc.stringMatching(/^[A-Z][a-z]{0,7}$/),
    fc.string({
      unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)),
      minLength: 1,
      maxLength: 6,
    }),
    fc.constantFrom('API', '限流', 'Ünïcödé', 'naïve', '429', '２０２６'),
  );
  const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => `${ws.join(' ')}.`);
  const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(' '));
  const heading = fc.array(word, { minLength: 1, maxLength: 5 }).map((ws) => ws.join(' '));
  const section = fc.record({
    heading: fc.option(heading, { nil: undefined }),
    paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 4 }),
  });

  /** Every whitespace-separated token of the source must appear in the title or a passage. */
  const lostTokens = (source: string, parsed: Awaited<ReturnType<typeof parseFile>>) => {
    const out = parsed.documents
      .flatMap((d) => [d.title, ...d.passages.flatMap((p) => [p.title ?? '', p.text, ...p.path])])
      .join('\n');
    return source
      .split(/\s+/)
      .filter((t) => t.length > 0 && !t.startsWith('#'))
      .filter((t) => !out.includes(t.normalize('NFC')));
  };

  it('loses no text of a well-formed Markdown document', async () => {
    await fc.assert(
      fc.asyncProperty(heading, fc.array(section, { minLength: 1, maxLength: 6 }), async (title, sections) => {
        const md = `# ${title}\n\n${sections
          .map((s) => `${s.heading ? `## ${s.heading}\n\n` : ''}${s.paragraphs.join('\n\n')}`)
          .join('\n\n')}\n`;
        const parsed = await parseFile({ name: 'doc.md', bytes: new TextEncoder().encode(md) });
        expect(lostTokens(md, parsed)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('loses no text of a well-formed plain-text document', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(section, { minLength: 1, maxLength: 6 }), async (sections) => {
        const txt = sections.map((s) => `${s.heading ? `${s.heading}\n` : ''}${s.paragraphs.join('\n')}`).join('\n');
        const parsed = await parseFile({ name: 'doc.txt', bytes: new TextEncoder().encode(txt) });
        expect(lostTokens(txt, parsed)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
