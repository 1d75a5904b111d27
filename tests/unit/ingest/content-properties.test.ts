import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../electron/core/ingest/parse-file';
import type { ParsedFile } from '../../../electron/core/ingest/types';
import { ContentTreeSchema, contentPlainText } from '../../../shared/content-tree';
import { KbError } from '../../../shared/errors';

const word = fc.oneof(
  fc.stringMatching(/^[a-z]{1,8}$/),
  fc.string({
    unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)),
    minLength: 1,
    maxLength: 5,
  }),
  fc.constantFrom('第一条', 'Article 5', '429', 'API', '&', '<', '>'),
);
const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' '));

/** An inline run in Markdown and in HTML. */
const inline = fc.oneof(
  words.map((w) => ({ md: w.replace(/[<>&]/g, 'x'), html: w.replace(/[<>&]/g, 'x') })),
  words.map((w) => ({ md: `*${w.replace(/[<>&]/g, 'x')}*`, html: `<em>${w.replace(/[<>&]/g, 'x')}</em>` })),
  words.map((w) => ({ md: `**${w.replace(/[<>&]/g, 'x')}**`, html: `<strong>${w.replace(/[<>&]/g, 'x')}</strong>` })),
  fc.stringMatching(/^[a-z]{1,8}$/).map((w) => ({ md: `\`${w}\``, html: `<code>${w}</code>` })),
  fc
    .tuple(words, fc.constantFrom('https://example.org/a', 'javascript:alert(1)', 'file:///etc/passwd', '/relative'))
    .map(([w, url]) => {
      const text = w.replace(/[<>&[\]]/g, 'x');
      return { md: `[${text}](${url})`, html: `<a href="${url}">${text}</a>` };
    }),
);
const line = fc.array(inline, { minLength: 1, maxLength: 4 }).map((parts) => ({
  md: parts.map((p) => p.md).join(' '),
  html: parts.map((p) => p.html).join(' '),
}));
const block = fc.oneof(
  line.map((l) => ({ md: l.md, html: `<p>${l.html}</p>` })),
  fc.array(line, { minLength: 1, maxLength: 4 }).map((items) => ({
    md: items.map((i) => `- ${i.md}`).join('\n'),
    html: `<ul>${items.map((i) => `<li>${i.html}</li>`).join('')}</ul>`,
  })),
  fc.array(line, { minLength: 1, maxLength: 4 }).map((items) => ({
    md: items.map((i, n) => `${n + 1}. ${i.md}`).join('\n'),
    html: `<ol>${items.map((i) => `<li>${i.html}</li>`).join('')}</ol>`,
  })),
  fc.array(fc.tuple(words, words), { minLength: 1, maxLength: 4 }).map((rows) => {
    const clean = (w: string) => w.replace(/[<>&|]/g, 'x');
    return {
      md: ['| A | B |', '|---|---|', ...rows.map(([a, b]) => `| ${clean(a)} | ${clean(b)} |`)].join('\n'),
      html: `<table><tr><th>A</th><th>B</th></tr>${rows.map(([a, b]) => `<tr><td>${clean(a)}</td><td>${clean(b)}</td></tr>`).join('')}</table>`,
    };
  }),
  fc.array(fc.stringMatching(/^[a-z =;]{1,20}$/), { minLength: 1, maxLength: 4 }).map((code) => ({
    md: `\`\`\`sh\n${code.join('\n')}\n\`\`\``,
    html: `<pre><code class="language-sh">${code.join('\n')}</code></pre>`,
  })),
  line.map((l) => ({ md: `> ${l.md}`, html: `<blockquote><p>${l.html}</p></blockquote>` })),
);
const section = fc.tuple(fc.stringMatching(/^[A-Z][a-z]{2,8}$/), fc.array(block, { minLength: 1, maxLength: 5 }));
const documentOf = fc.array(section, { minLength: 1, maxLength: 4 }).map((sections) => ({
  // An HTML comment between blocks keeps two Markdown lists apart, as two HTML lists are.
  md: `# Title\n\n${sections.map(([h, bs]) => `## ${h}\n\n${bs.map((b) => b.md).join('\n\n<!-- -->\n\n')}`).join('\n\n')}\n`,
  html: `<h1>Title</h1>${sections.map(([h, bs]) => `<h2>${h}</h2>${bs.map((b) => b.html).join('')}`).join('')}`,
}));

/** Every passage tree is well formed, maps onto the text, and keeps only http(s) URLs. */
function expectTreesMapOntoText(parsed: ParsedFile): void {
  for (const passage of parsed.documents.flatMap((d) => d.passages)) {
    if (!passage.content) continue;
    expect(ContentTreeSchema.safeParse(passage.content).success).toBe(true);
    expect(contentPlainText(passage.content)).toBe(passage.text);
    const hrefs = [...JSON.stringify(passage.content).matchAll(/"href":"([^"]*)"/g)].map((m) => m[1]);
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
  }
}

describe('content trees of generated documents', () => {
  it('Markdown: the plain text of every tree is the passage text', async () => {
    await fc.assert(
      fc.asyncProperty(documentOf, async (doc) => {
        expectTreesMapOntoText(await parseFile({ name: 'g.md', bytes: new TextEncoder().encode(doc.md) }));
      }),
      { numRuns: 150 },
    );
  });
  it('HTML: the plain text of every tree is the passage text', async () => {
    await fc.assert(
      fc.asyncProperty(documentOf, async (doc) => {
        expectTreesMapOntoText(await parseFile({ name: 'g.html', bytes: new TextEncoder().encode(doc.html) }));
      }),
      { numRuns: 150 },
    );
  });
  it('HTML and Markdown of one document give the same passage texts (white space folded)', async () => {
    await fc.assert(
      fc.asyncProperty(documentOf, async (doc) => {
        const texts = async (name: string, text: string) =>
          (await parseFile({ name, bytes: new TextEncoder().encode(text) })).documents.flatMap((d) =>
            d.passages.map((p) => p.text.replace(/\s+/g, ' ')),
          );
        expect(await texts('g.html', doc.html)).toEqual(await texts('g.md', doc.md));
      }),
      { numRuns: 100 },
    );
  });
  it('parsers throw nothing but the typed import error on generated documents with stray markup', async () => {
    await fc.assert(
      fc.asyncProperty(
        documentOf,
        fc.constantFrom('<', '</', '{', '`', '[', '<Tabs', '<!--', '<head>'),
        fc.constantFrom('.md', '.mdx', '.html'),
        async (doc, junk, ext) => {
          const text = (ext === '.html' ? doc.html : doc.md).split(' ').join(` ${junk}`);
          try {
            expectTreesMapOntoText(await parseFile({ name: `g${ext}`, bytes: new TextEncoder().encode(text) }));
          } catch (error) {
            expect(error).toBeInstanceOf(KbError);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
