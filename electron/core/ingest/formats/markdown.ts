import { parse as parseYaml } from 'yaml';
import type { Block, BlockSource, FormatMeta } from '../blocks';
import { squeeze } from '../blocks';
import { stripComments } from '../clean/comments';
import { stripLiquid } from '../clean/liquid';
import { expandMacros } from '../clean/macros';
import { cleanDialectLine, plainInline } from '../clean/mdx';

/**
 * Markdown (CommonMark-ish, plus Docusaurus/MDX/Liquid/KumaScript/DocFX dialects) → blocks.
 * Front matter becomes metadata; fenced code stays verbatim (never a heading).
 * @example markdownToBlocks('# T\n\nHello').blocks // [{type:'heading',level:1,text:'T'},{type:'para',text:'Hello'}]
 */
export function markdownToBlocks(source: string): BlockSource {
  const warnings: string[] = [];
  const { body, meta } = splitFrontMatter(source, warnings);
  const text = stripLiquid(stripComments(body));
  const blocks: Block[] = [];
  const lines = text.split('\n');
  let para: string[] = [];
  let fence: { marker: string; lines: string[] } | undefined;

  const flushPara = () => {
    if (para.length === 0) return;
    const joined = para.join('\n').trim();
    para = [];
    if (joined.length > 0) blocks.push({ type: 'para', text: joined });
  };

  for (const raw of lines) {
    if (fence) {
      if (raw.trimStart().startsWith(fence.marker) && raw.trim().replace(/[`~]/g, '') === '') {
        const code = fence.lines.join('\n').replace(/^\n+|\n+$/g, '');
        if (code.trim().length > 0) blocks.push({ type: 'para', text: code, code: true });
        fence = undefined;
      } else {
        fence.lines.push(raw);
      }
      continue;
    }
    const fenceOpen = /^\s{0,3}(`{3,}|~{3,})/.exec(raw);
    if (fenceOpen) {
      flushPara();
      fence = { marker: fenceOpen[1] as string, lines: [] };
      continue;
    }
    if (raw.trim().length === 0) {
      flushPara();
      continue;
    }
    const cleaned = cleanDialectLine(expandMacros(raw));
    if (cleaned === undefined) continue;
    const heading = /^\s{0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*#*[ \t]*$/.exec(cleaned);
    if (heading) {
      flushPara();
      const title = squeeze(plainInline(heading[2] ?? ''));
      if (title.length > 0) blocks.push({ type: 'heading', level: (heading[1] as string).length, text: title });
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(cleaned)) {
      flushPara();
      continue;
    }
    para.push(plainInline(cleaned));
  }
  if (fence) {
    const code = fence.lines.join('\n').trim();
    if (code.length > 0) blocks.push({ type: 'para', text: code, code: true });
  }
  flushPara();
  return { blocks, meta, warnings };
}

function splitFrontMatter(source: string, warnings: string[]): { body: string; meta: FormatMeta } {
  const meta: FormatMeta = {};
  if (!source.startsWith('---\n')) return { body: source, meta };
  const end = source.indexOf('\n---', 3);
  if (end < 0) return { body: source, meta };
  const lineEnd = source.indexOf('\n', end + 4);
  const yamlText = source.slice(4, end + 1);
  const body = lineEnd < 0 ? '' : source.slice(lineEnd + 1);
  try {
    const data: unknown = parseYaml(yamlText);
    if (data && typeof data === 'object' && !Array.isArray(data)) {
      const record = data as Record<string, unknown>;
      const title = record.title;
      if (typeof title === 'string' && title.trim()) meta.title = squeeze(expandMacros(stripLiquid(title)));
      const date = record.date ?? record['ms.date'];
      if (typeof date === 'string' || date instanceof Date)
        meta.date = String(date instanceof Date ? date.toISOString() : date);
    }
  } catch {
    warnings.push('front matter is not valid YAML: ignored');
  }
  return { body, meta };
}
