/**
 * Cuts JSX component tags (`<Tabs groupId="x" values={[…]}>`, `</TabItem>`, `<Foo />`) and MDX
 * `import`/`export` lines out of Markdown that MDX could not parse, outside fenced code. A tag starts
 * at a line start with `<` + a capital letter and may run over several lines; quotes and `{…}`
 * are skipped so a `>` inside them does not end it. One pass, linear in the text.
 */
export function stripJsxTags(text: string): string {
  let out = '';
  let pos = 0;
  let fence = '';
  while (pos < text.length) {
    const lineEnd = nextLineEnd(text, pos);
    const line = text.slice(pos, lineEnd);
    const indent = line.length - line.trimStart().length;
    const body = line.slice(indent);
    const marker = /^(`{3,}|~{3,})/.exec(body)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = '';
      out += text.slice(pos, lineEnd);
      pos = lineEnd;
      continue;
    }
    if (marker) {
      fence = marker;
      out += text.slice(pos, lineEnd);
      pos = lineEnd;
      continue;
    }
    if (esmLine.test(body)) {
      out += '\n';
      pos = lineEnd + 1;
      continue;
    }
    if (/^<\/?[A-Z]/.test(body)) {
      const end = tagEnd(text, pos + indent + 1);
      if (end > 0) {
        pos = end;
        continue;
      }
    }
    out += text.slice(pos, lineEnd);
    pos = lineEnd;
  }
  return out;
}

/** An MDX `import … from '…'` / `export const …` line (prose that starts with "export the …" is not). */
export const esmLine = /^import\s[^\n]*\sfrom\s+['"]|^import\s+['"]|^export\s+(?:const|let|default|function)\s/;

function nextLineEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i < 0 ? text.length : i + 1;
}

/** The index just past the `>` closing a tag whose name starts at `from`; -1 when it never closes. */
function tagEnd(text: string, from: number): number {
  let depth = 0;
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || c === '`') {
      quote = c;
    } else if (c === '{') {
      depth++;
    } else if (c === '}') {
      depth = Math.max(0, depth - 1);
    } else if (c === '>' && depth === 0) {
      return i + 1;
    } else if (c === '<' && depth === 0) {
      return -1;
    }
  }
  return -1;
}
