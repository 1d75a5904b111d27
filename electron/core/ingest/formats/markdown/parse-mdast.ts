import type { Root } from 'mdast';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { stripComments } from '../../clean/comments';
import { fromMarkdownCodeAside } from './code-aside';
import { stripJsxTags } from './strip-jsx';

/** A `.md` file written for Docusaurus/MDX: an import/export line or a capitalised JSX tag at a line start. */
const looksLikeMdx = /^import\s[^\n]*\sfrom\s+['"]|^export\s+(?:const|default|function)\s|^[ \t]*<\/?[A-Z]/m;

/**
 * The extension sets, built once per thread rather than once per file (mdxjs() sets up its
 * acorn parser each call): micromark and mdast extensions are plain data and functions that
 * keep no state between parses.
 */
export const mdxOptions = {
  extensions: [mdxjs(), gfm(), frontmatter(['yaml'])],
  mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
};
export const commonmarkOptions = {
  extensions: [gfm(), frontmatter(['yaml'])],
  mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
};

export interface ParsedMarkdown {
  tree: Root;
  /** 'mdx' when parsed as MDX, 'commonmark' otherwise (CommonMark + GFM, raw HTML handled by the HTML reader). */
  dialect: 'mdx' | 'commonmark';
  warnings: string[];
}

/**
 * Parses Markdown with micromark. `.mdx`, and `.md` that looks like MDX, are parsed as MDX (JSX
 * components and ESM become nodes the converter can skip while keeping their prose); MDX refuses
 * much ordinary Markdown (`<!-- -->`, a bare `{` or `<`), so when it fails the text is read as
 * CommonMark + GFM with JSX tags cut out line by line. Everything else is CommonMark + GFM.
 */
export function parseMarkdown(text: string, preferMdx: boolean): ParsedMarkdown {
  const warnings: string[] = [];
  if (preferMdx || looksLikeMdx.test(text)) {
    try {
      const tree = fromMarkdownCodeAside(stripComments(text), mdxOptions, true);
      return { tree, dialect: 'mdx', warnings };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (preferMdx) warnings.push(`not valid MDX (${reason.slice(0, 120)}): read as CommonMark`);
      return { tree: commonmark(stripJsxTags(text)), dialect: 'commonmark', warnings };
    }
  }
  return { tree: commonmark(text), dialect: 'commonmark', warnings };
}

function commonmark(text: string): Root {
  return fromMarkdownCodeAside(text, commonmarkOptions, false);
}
