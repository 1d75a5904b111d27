import { startTransition, useEffect, useState } from 'react';

/**
 * False on the render where `value` first appears, true from the render after that one has
 * been painted: what can wait (the rest of a long document, its table of contents) comes in
 * the frame after the first screen of text instead of delaying it.
 */
export function usePaintedOnce(value: unknown): boolean {
  const [painted, setPainted] = useState<unknown>(undefined);
  useEffect(() => {
    if (painted === value) return;
    let timer: number | undefined;
    // A timer set from a frame callback runs after that frame is drawn.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setPainted(value)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [value, painted]);
  return painted === value;
}
