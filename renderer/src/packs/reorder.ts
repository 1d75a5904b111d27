/** Where Alt+↑/↓ (or a drop) moves an item: the new index, or null when it cannot move that way. */
export function moveTarget(index: number, direction: 'up' | 'down', length: number): number | null {
  const to = direction === 'up' ? index - 1 : index + 1;
  return to < 0 || to >= length || index < 0 || index >= length ? null : to;
}

/** The list with the item at `from` taken out and put back at `to` (what `movePackItem` does in the core). */
export function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const out = [...items];
  const [item] = out.splice(from, 1);
  if (item === undefined) return out;
  out.splice(Math.max(0, Math.min(to, out.length)), 0, item);
  return out;
}
