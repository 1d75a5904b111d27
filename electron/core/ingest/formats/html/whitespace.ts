import type { ContentInline } from '../../../../../shared/content-tree';

/** East Asian wide characters: a line break between two of them is removed, not turned into a space. */
const wide =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

function isSpace(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';
}

/**
 * Browser white-space rules for normal flow text, in one pass: each run of spaces, tabs and line
 * breaks becomes one space; a run holding a line break between two East Asian wide characters
 * disappears (CSS Text 3 segment-break transformation), so a pandoc-wrapped "第一条\n为了" reads
 * "第一条为了"; spaces at the start, the end and around a <br> go.
 */
export function collapseWhitespace(nodes: readonly ContentInline[]): ContentInline[] {
  let pending: 'none' | 'space' | 'break' = 'none';
  let prev = '';
  const visit = (list: readonly ContentInline[]): ContentInline[] => {
    const out: ContentInline[] = [];
    for (const node of list) {
      if (node.t === 'br') {
        pending = 'none';
        prev = '';
        out.push(node);
      } else if (node.t === 'text' || node.t === 'code') {
        let v = '';
        for (const c of node.v) {
          if (isSpace(c)) {
            if (c === '\n' || c === '\r') pending = 'break';
            else if (pending === 'none') pending = 'space';
            continue;
          }
          if (pending !== 'none' && prev !== '' && !(pending === 'break' && wide.test(prev) && wide.test(c))) v += ' ';
          pending = 'none';
          prev = c;
          v += c;
        }
        out.push({ ...node, v });
      } else {
        out.push({ ...node, c: visit(node.c) });
      }
    }
    return out;
  };
  return visit(nodes);
}
