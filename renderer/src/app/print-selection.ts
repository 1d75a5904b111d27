/** On <html> while printing only the selected passages. */
export const printSelectionClass = 'print-selection';
/** On each passage the selection touches, while printing. */
export const printSelectedClass = 'print-selected';

/**
 * Before printing: when text is selected inside the document, mark the passages the selection
 * touches so the print stylesheet prints only those; after printing, unmark. Returns the
 * function that stops listening.
 */
export function installPrintSelection(win: Window = window): () => void {
  const clear = () => {
    win.document.documentElement.classList.remove(printSelectionClass);
    for (const el of win.document.querySelectorAll(`.${printSelectedClass}`)) el.classList.remove(printSelectedClass);
  };
  const before = () => {
    clear();
    const selection = win.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    const passages = [...win.document.querySelectorAll('.document .passage')].filter((el) => range.intersectsNode(el));
    if (passages.length === 0) return;
    for (const el of passages) el.classList.add(printSelectedClass);
    win.document.documentElement.classList.add(printSelectionClass);
  };
  win.addEventListener('beforeprint', before);
  win.addEventListener('afterprint', clear);
  return () => {
    win.removeEventListener('beforeprint', before);
    win.removeEventListener('afterprint', clear);
  };
}
