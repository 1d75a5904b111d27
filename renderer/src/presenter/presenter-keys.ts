/** What a key does in presenter mode. */
export type PresenterAction = 'next' | 'previous' | 'first' | 'last' | 'flip' | 'toggleNotes' | 'leave';

const actions: Record<string, PresenterAction> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ArrowDown: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
  ' ': 'flip',
  Enter: 'flip',
  n: 'toggleNotes',
  N: 'toggleNotes',
  Escape: 'leave',
};

/** The action for a key (KeyboardEvent.key), or null for keys presenter mode leaves alone. */
export function presenterAction(
  key: string,
  modifiers: { ctrl: boolean; alt: boolean; meta: boolean },
): PresenterAction | null {
  if (modifiers.ctrl || modifiers.alt || modifiers.meta) return null;
  return actions[key] ?? null;
}

/** A timer's reading: "4:05", or "1:02:03" past an hour. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const two = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}
