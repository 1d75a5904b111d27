import { useEffect, useState } from 'react';

/** The presenter's clock ticks once a second (a timer, not polling: it asks nothing of the core). */
const tickMs = 1000;

/** Seconds since mount. */
export function useElapsed(): number {
  const [start] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), tickMs);
    return () => window.clearInterval(id);
  }, []);
  return (now - start) / 1000;
}
