import type { Nodes, Root } from 'mdast';
import { fromMarkdown, type Options } from 'mdast-util-from-markdown';

/**
 * Stands for a fenced code block's content set aside: a private-use character around its index
 * (cap-inline's literals use U+E000).
 */
export const codeMark = '\uE001';
const placeholder = /^\uE001(\d+)\uE001$/;

export interface CodeAside {
  /** The Markdown with each set-aside block's content replaced by one placeholder line. */
  text: string;
  /** The set-aside content, as written (what micromark gives as the code node's value). */
  code: string[];
}

interface Fence {
  marker: string;
  length: number;
  indent: number;
}

/**
 * Fence lines: up to 3 spaces of indentation in CommonMark (4 make indented code); any spaces and
 * tabs in MDX, which has no indented code.
 */
const fenceLines = {
  commonmark: { open: /^( {0,3})(`{3,}|~{3,})(.*)$/, close: /^ {0,3}(`{3,}|~{3,})[ \t]*$/ },
  mdx: { open: /^([ \t]*)(`{3,}|~{3,})(.*)$/, close: /^[ \t]*(`{3,}|~{3,})[ \t]*$/ },
};
type FenceLines = (typeof fenceLines)['mdx'];

/** A code fence opener: 3+ backticks or tildes, no backtick in a backtick fence's info. */
function fenceOpener(line: string, rule: FenceLines): Fence | undefined {
  const m = rule.open.exec(line);
  if (!m) return undefined;
  const run = m[2] as string;
  if (run[0] === '`' && (m[3] as string).includes('`')) return undefined;
  return { marker: run[0] as string, length: run.length, indent: (m[1] as string).length };
}

function closes(line: string, fence: Fence, rule: FenceLines): boolean {
  const m = rule.close.exec(line);
  return m !== null && (m[1] as string)[0] === fence.marker && (m[1] as string).length >= fence.length;
}

/**
 * The line after YAML front matter (0 without any), or -1 when where it ends is unclear: only
 * a closing line of exactly `---` is trusted, so no fence inside front matter is taken for code.
 */
function afterFrontMatter(lines: readonly string[]): number {
  if (!(lines[0] as string).replace(/^\uFEFF/, '').startsWith('---')) return 0;
  const close = lines.findIndex((line, i) => i > 0 && line.startsWith('---'));
  return close > 0 && lines[close] === '---' ? close + 1 : -1;
}

/**
 * Replaces the content of every closed fenced code block whose opening fence starts at column 0
 * (so its content is verbatim: no indentation or container prefix is removed) by one placeholder
 * line. micromark reads fenced content one character at a time; the api-docs Markdown is 40% code.
 */
export function setCodeAside(text: string, mdx: boolean): CodeAside {
  const rule = mdx ? fenceLines.mdx : fenceLines.commonmark;
  const none = { text, code: [] };
  if (text.includes(codeMark) || text.includes('\r')) return none;
  const lines = text.split('\n');
  let i = afterFrontMatter(lines);
  if (i < 0) return none;
  const out = lines.slice(0, i);
  const code: string[] = [];
  while (i < lines.length) {
    const line = lines[i] as string;
    const fence = fenceOpener(line, rule);
    if (!fence) {
      out.push(line);
      i++;
      continue;
    }
    let close = i + 1;
    while (close < lines.length && !closes(lines[close] as string, fence, rule)) close++;
    // An unclosed fence runs to the end of the text: left as it is.
    if (close >= lines.length) {
      out.push(...lines.slice(i));
      break;
    }
    if (fence.indent === 0 && close > i + 1) {
      out.push(line, `${codeMark}${code.length}${codeMark}`, lines[close] as string);
      code.push(lines.slice(i + 1, close).join('\n'));
    } else {
      out.push(...lines.slice(i, close + 1));
    }
    i = close + 1;
  }
  return code.length > 0 ? { text: out.join('\n'), code } : none;
}

/**
 * Puts the set-aside content back into the code nodes holding the placeholders. False unless
 * every placeholder came back as the whole value of its own code node (micromark read the text
 * otherwise than the fence scan did: the tree is not used).
 */
function putCodeBack(tree: Root, code: readonly string[]): boolean {
  const seen = new Set<number>();
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (node.type === 'code') {
      const m = placeholder.exec(node.value);
      if (!m) continue;
      const index = Number(m[1]);
      if (seen.has(index) || index >= code.length) return false;
      seen.add(index);
      node.value = code[index] as string;
    } else if ('children' in node) {
      for (const child of node.children) stack.push(child as Nodes);
    }
  }
  return seen.size === code.length;
}

/**
 * fromMarkdown (options with MDX's extensions when `mdx`) with fenced code content set aside while micromark reads the rest: the same tree
 * but for positions (which nothing here reads). Where the placeholders do not come back as code
 * (a fence inside HTML or a multi-line JSX tag, say) or micromark throws, the text is read whole,
 * so the result and any error are exactly fromMarkdown's.
 */
export function fromMarkdownCodeAside(text: string, options: Options, mdx: boolean): Root {
  const aside = setCodeAside(text, mdx);
  if (aside.code.length === 0) return fromMarkdown(text, options);
  try {
    const tree = fromMarkdown(aside.text, options);
    if (putCodeBack(tree, aside.code)) return tree;
  } catch {
    // Read whole below: its error, if any, is the one to report.
  }
  return fromMarkdown(text, options);
}
