import mammoth from 'mammoth';

/** .docx → HTML via mammoth (headings become h1–h6, lists become ul/ol). */
export async function docxToHtml(name: string, bytes: Uint8Array): Promise<{ html: string; warnings: string[] }> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  const warnings = result.messages
    .filter((m) => m.type === 'error')
    .slice(0, 5)
    .map((m) => `${name}: ${m.message}`);
  return { html: result.value, warnings };
}
