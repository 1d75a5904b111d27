/**
 * Markdown dialect clean-up for one non-code line: Docusaurus `:::note` fences (inner text kept),
 * MDX `import`/`export` lines, JSX component tags, DocFX `[!INCLUDE]`/`[!NOTE]` markers.
 * Returns undefined when the whole line is markup to drop.
 */
export function cleanDialectLine(line: string): string | undefined {
  const trimmed = line.trim();
  if (trimmed.startsWith(':::')) {
    // ":::note Title" keeps its title; the type word and a bare ":::" are dropped.
    const title = trimmed.replace(/^:::+\s*[\w-]*\s*/, '').trim();
    return title.length > 0 ? title : undefined;
  }
  if (/^(import|export)\s.+(from\s+['"].+['"]|=.*|\{.*\});?\s*$/.test(trimmed)) return undefined;
  if (/^import\s+['"][^'"]+['"];?$/.test(trimmed)) return undefined;
  let out = line;
  if (out.includes('[!')) {
    out = out.replace(/\[!INCLUDE\s*\[[^\]]*\]\([^)]*\)\s*\]/gi, '');
    out = out.replace(/^(\s*>\s*)\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION|IMPORTANT)\]\s*/i, '$1');
  }
  if (out.includes('<')) {
    // JSX components start with a capital letter: <Tabs>, <TabItem value="x">, </TabItem>, <Foo />.
    out = out.replace(/<\/?[A-Z][\w.]*(?:\s[^<>]*)?\/?>/g, '');
    out = out.replace(/<br\s*\/?>/gi, ' ');
    out = out.replace(
      /<\/?(?:div|span|p|a|img|sup|sub|b|i|em|strong|u|center|details|summary|kbd|code|small|font|section|figure|figcaption|iframe|video|source)(?:\s[^<>]*)?\/?>/gi,
      '',
    );
  }
  if (out.trim().length === 0 && trimmed.length > 0) return undefined;
  return out;
}

/** Inline Markdown → plain text: links and images keep their text, emphasis markers and heading ids go. */
export function plainInline(text: string): string {
  let out = text;
  if (out.includes('](')) {
    out = out.replace(/!\[([^\]]*)\]\([^()]*\)/g, '$1');
    out = out.replace(/\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1');
  }
  if (out.includes('**')) out = out.replace(/\*\*(?=\S)([^*]+?)\*\*/g, '$1');
  if (out.includes('__')) out = out.replace(/__(?=\S)([^_]+?)__/g, '$1');
  if (out.includes('{#')) out = out.replace(/\s*\{#[\w-]+\}/g, '');
  return out;
}
