import { useEffect, useState } from 'react';

/**
 * `value`, once it has stopped changing for `delayMs` (a one-shot timer per change, never a
 * repeating one). `immediate(value)` true passes the value through at once (e.g. an empty query).
 */
export function useDebounced<T>(value: T, delayMs: number, immediate: (value: T) => boolean = () => false): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (immediate(value)) {
      setSettled(value);
      return;
    }
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs, immediate]);
  return settled;
}
