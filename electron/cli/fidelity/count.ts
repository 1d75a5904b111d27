import { zhArticleStart } from '../../core/ingest/structure/articles-zh';

/**
 * Counts the lines of a Markdown source that start an article: `第X条` (or `第X条之Y`) at the start of
 * a paragraph — followed by an ASCII space or U+3000, or directly by text when its number follows
 * the previous article's — outside fenced code and HTML comments.
 * Lines quoted inside an amendment start with “ and so never match.
 */
export function countArticleLines(source: string): number {
  let count = 0;
  let inFence = false;
  let inComment = false;
  let previous: string | undefined;
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.replace(/^\uFEFF/, '');
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      continue;
    }
    if (/^\s{0,3}(```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    if (line.startsWith('<!--') && !line.includes('-->')) {
      inComment = true;
      continue;
    }
    const article = zhArticleStart(line, previous);
    if (article) {
      count++;
      previous = article.number;
    }
  }
  return count;
}
