import type { Block } from '../../blocks';
import { squeeze } from '../../blocks';

/**
 * Characters and line shapes that can make CommonMark + GFM (+ MDX) read a text as anything but ATX
 * headings and paragraphs: inline syntax, HTML, entities, escapes, autolink literals, list and quote
 * markers, setext underlines, thematic breaks, indented code and front matter; Docusaurus `:::` and
 * MDX `import`/`export` lines, which the micromark path cleans up. (Parentheses and "!" only matter
 * after "[" or "]", which are refused. "<" only opens HTML or an autolink before an ASCII letter, "/",
 * "!" or "?", so `<中华人民共和国建筑法>` is text; ">" only means a quote at a line start.)
 */
const markup = /[*_[\]`~|\\&{}]|<[A-Za-z/!?]|:\/\/|www\.|@|:::|^(?:import|export)\s/m;
const blockLine =
  /^(?: *\t| {4}| {0,3}(?:[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|=+[ \t]*$|-+[ \t]*$|#{7}|#[^ \t#\n]|>))/m;

/**
 * micromark reads about 1.5 MB/s of Chinese law text; a text made only of ATX headings and
 * paragraphs (most laws) gives the same blocks from a line scan at many times that. Undefined when
 * the text holds anything else, so micromark reads it.
 */
export function plainMarkdownBlocks(text: string): Block[] | undefined {
  if (text.startsWith('---') || markup.test(text) || blockLine.test(text)) return undefined;
  const blocks: Block[] = [];
  let para: string[] = [];
  const flush = () => {
    // As the micromark path does (trimInline): the paragraph's edges lose all white space, U+3000 too.
    const joined = para.join('\n').trim();
    if (joined) blocks.push({ type: 'para', text: joined });
    para = [];
  };
  for (const raw of text.split('\n')) {
    // CommonMark strips spaces and tabs around a paragraph line, not U+3000 (an indent of Chinese text).
    const line = trimSpacesAndTabs(raw);
    if (line === '') {
      flush();
      continue;
    }
    const heading = /^(#{1,6})(?:[ \t]+|$)/.exec(line);
    if (heading) {
      flush();
      // A closing run of # (after a space) is not part of the heading.
      let title = line.slice(heading[0].length);
      const closing = /(?:^|[ \t])#+$/.exec(title);
      if (closing) title = title.slice(0, closing.index);
      const level = (heading[1] as string).length;
      const squeezed = squeeze(title);
      if (squeezed)
        blocks.push({
          type: 'heading',
          level,
          text: squeezed,
          node: { t: 'h', level, c: [{ t: 'text', v: squeezed }] },
        });
      continue;
    }
    para.push(line);
  }
  flush();
  return blocks;
}

function trimSpacesAndTabs(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && (line[start] === ' ' || line[start] === '\t')) start++;
  while (end > start && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return line.slice(start, end);
}
