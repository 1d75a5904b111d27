/** Marks a paragraph element with where its text starts in the passage's plain text. */
export const textStartAttr = 'data-text-start';
/** Marks a passage element with its plain text's length. */
export const textLengthAttr = 'data-text-length';

/** Where a selection sits, as offsets over passages' plain text (what addHighlight takes). */
export interface SelectionAnchor {
  docId: string;
  passageId: string;
  endPassageId: string;
  start: number;
  end: number;
  exact: string;
  /** The selection's box on screen, to place the toolbar beside it. */
  rect: { top: number; left: number; bottom: number };
}

function passageOf(node: Node): HTMLElement | null {
  const el = node instanceof Element ? node : node.parentElement;
  return el?.closest<HTMLElement>('article.passage') ?? null;
}

/**
 * The plain-text offset of a DOM point inside a passage. Every element marked with
 * `data-text-start` (a plain paragraph, or one run of a content tree: a cell's text, a list
 * marker, inline code) renders its text exactly, marks and links being only wrappers, so a point
 * inside one is that start plus the length of the text before the point. A point between runs
 * (a table's edge, a link's URL, the heading, the footer) moves to the start of the next run, or
 * to the passage's end when no run follows.
 */
function offsetOf(passage: HTMLElement, node: Node, offset: number): number {
  const el = node instanceof Element ? node : node.parentElement;
  const run = el?.closest<HTMLElement>(`[${textStartAttr}]`);
  if (run && passage.contains(run)) {
    const range = document.createRange();
    range.setStart(run, 0);
    range.setEnd(node, offset);
    return Number(run.getAttribute(textStartAttr)) + range.toString().length;
  }
  for (const next of passage.querySelectorAll<HTMLElement>(`[${textStartAttr}]`)) {
    const range = document.createRange();
    range.selectNodeContents(next);
    if (range.comparePoint(node, offset) <= 0) return Number(next.getAttribute(textStartAttr));
  }
  return Number(passage.getAttribute(textLengthAttr));
}

/**
 * The selected text as the passages' plain text reads it: only the runs of text (not a link's
 * URL or its Copy button), a table's cells apart by a space, passages by a line break.
 */
function selectedText(range: Range, passages: readonly HTMLElement[]): string {
  let out = '';
  let lastEnd = -1;
  passages.forEach((passage, p) => {
    for (const run of passage.querySelectorAll<HTMLElement>(`[${textStartAttr}]`)) {
      if (!range.intersectsNode(run)) continue;
      const part = document.createRange();
      part.selectNodeContents(run);
      if (range.compareBoundaryPoints(Range.START_TO_START, part) > 0)
        part.setStart(range.startContainer, range.startOffset);
      if (range.compareBoundaryPoints(Range.END_TO_END, part) < 0) part.setEnd(range.endContainer, range.endOffset);
      const text = part.toString();
      if (text === '') continue;
      const start = Number(run.getAttribute(textStartAttr));
      if (out !== '') out += lastEnd === -2 ? '\n' : start === lastEnd ? '' : ' ';
      out += text;
      lastEnd = start + (run.textContent ?? '').length;
    }
    if (p < passages.length - 1 && out !== '') lastEnd = -2;
  });
  return out;
}

/**
 * Converts the window's selection to passage offsets when it lies inside the reader's
 * document; null when there is no usable selection.
 */
export function selectionAnchor(selection: Selection | null): SelectionAnchor | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const startPassage = passageOf(range.startContainer);
  const endPassage = passageOf(range.endContainer);
  if (!startPassage || !endPassage) return null;
  const doc = startPassage.closest<HTMLElement>('[data-doc-id]');
  if (!doc?.contains(endPassage)) return null;
  let first = startPassage;
  let last = endPassage;
  let start = offsetOf(startPassage, range.startContainer, range.startOffset);
  let end = offsetOf(endPassage, range.endContainer, range.endOffset);
  // A triple-click ends at the very start of the next passage; a drag may start at the very end of
  // the previous one: neither passage holds any selected text, so the highlight leaves it out.
  const passages = [...doc.querySelectorAll<HTMLElement>('article.passage')];
  if (first !== last && end === 0) {
    const before = passages[passages.indexOf(last) - 1];
    if (before) {
      last = before;
      end = Number(before.getAttribute(textLengthAttr));
    }
  }
  if (first !== last && start === Number(first.getAttribute(textLengthAttr))) {
    const after = passages[passages.indexOf(first) + 1];
    if (after) {
      first = after;
      start = 0;
    }
  }
  if (first === last && end <= start) return null;
  const box = range.getBoundingClientRect();
  return {
    docId: doc.dataset.docId ?? '',
    passageId: first.id,
    endPassageId: last.id,
    start,
    end,
    exact: selectedText(range, passages.slice(passages.indexOf(first), passages.indexOf(last) + 1)),
    rect: { top: box.top, left: box.left, bottom: box.bottom },
  };
}

/** The passage at the top of the reader's scroll area (the one "in view"), if a document is shown. */
export function passageInView(): { docId: string; passageId: string } | null {
  const doc = document.querySelector<HTMLElement>('.reader-pane [data-doc-id]');
  const scroller = doc?.closest('.reader-scroll');
  if (!doc || !scroller) return null;
  const top = scroller.getBoundingClientRect().top;
  for (const article of doc.querySelectorAll<HTMLElement>('article.passage')) {
    if (article.getBoundingClientRect().bottom > top + 1)
      return { docId: doc.dataset.docId ?? '', passageId: article.id };
  }
  return null;
}
