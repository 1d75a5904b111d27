import mammoth from 'mammoth';

/**
 * Word's Title style is the document title (h1); its Heading 1–5 styles sit one level below it, so a
 * Heading 1 chapter is never taken for a second title line. Lists become ul/ol (mammoth's defaults).
 */
const styleMap = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='Heading 1'] => h2:fresh",
  "p[style-name='Heading 2'] => h3:fresh",
  "p[style-name='Heading 3'] => h4:fresh",
  "p[style-name='Heading 4'] => h5:fresh",
  "p[style-name='Heading 5'] => h6:fresh",
  "p[style-name='heading 1'] => h2:fresh",
  "p[style-name='heading 2'] => h3:fresh",
  "p[style-name='heading 3'] => h4:fresh",
  "p[style-name='heading 4'] => h5:fresh",
  "p[style-name='heading 5'] => h6:fresh",
];

/** .docx → HTML via mammoth (Title → h1, Heading N → h(N+1), lists → ul/ol). */
export async function docxToHtml(name: string, bytes: Uint8Array): Promise<{ html: string; warnings: string[] }> {
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    { styleMap, includeDefaultStyleMap: true },
  );
  const warnings = result.messages
    .filter((m) => m.type === 'error')
    .slice(0, 5)
    .map((m) => `${name}: ${m.message}`);
  return { html: result.value, warnings };
}
