import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from './after-paint';
import { firstWindow, grownWindow, isWhole, type RowWindow, windowHolding } from './row-window';

/**
 * The rows of a whole-rendered document to put in the page: a first window at `openAt`, then
 * a little more after each painted frame until all `total` rows are there. `paused` (a
 * virtualised document) keeps it from growing.
 */
export function useGrowingWindow(rowsKey: unknown, total: number, openAt: number, paused: boolean): RowWindow {
  const [state, setState] = useState(() => ({ key: rowsKey, window: firstWindow(total, openAt) }));
  const kept = state.key === rowsKey ? state.window : firstWindow(total, openAt);
  // A passage asked for outside what is in the page yet (a second click in the same document).
  const current = windowHolding(kept, total, openAt);
  if (state.key !== rowsKey || current !== state.window) setState({ key: rowsKey, window: current });
  const whole = isWhole(current, total);
  // Each step grows what was painted, and the next waits for that one to be painted.
  useEffect(() => {
    if (paused || whole) return;
    return afterNextPaint(() =>
      startTransition(() =>
        setState((s) => (s.key === rowsKey ? { key: rowsKey, window: grownWindow(current, total) } : s)),
      ),
    );
  }, [rowsKey, total, paused, whole, current]);
  return current;
}
