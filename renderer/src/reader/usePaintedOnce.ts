import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from './after-paint';

/**
 * False on the render where `value` first appears, true from the render after that one has
 * been painted: what can wait (a long document's table of contents) comes in the frame after
 * the first screen of text instead of delaying it.
 */
export function usePaintedOnce(value: unknown): boolean {
  const [painted, setPainted] = useState<unknown>(undefined);
  useEffect(() => {
    if (painted === value) return;
    return afterNextPaint(() => startTransition(() => setPainted(value)));
  }, [value, painted]);
  return painted === value;
}
