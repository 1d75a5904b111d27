/** The p-th percentile (0–100) of samples, nearest-rank. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** Runs fn over every item `rounds` times (after one warm-up round); per-call milliseconds. */
export function timeEach<T>(items: readonly T[], rounds: number, fn: (item: T) => unknown): number[] {
  for (const item of items) fn(item);
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const item of items) {
      const t = performance.now();
      fn(item);
      out.push(performance.now() - t);
    }
  }
  return out;
}

export const round = (x: number, digits = 2) => Number(x.toFixed(digits));

function timeOnce(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/**
 * Times two implementations on the same items, interleaved call by call (and which goes
 * first alternating each round), so machine noise falls on both alike. After one warm-up
 * round each; per-call milliseconds for each.
 */
export function timePaired<T>(
  items: readonly T[],
  rounds: number,
  a: (item: T) => unknown,
  b: (item: T) => unknown,
): [number[], number[]] {
  for (const item of items) {
    a(item);
    b(item);
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const item of items) {
      if (r % 2 === 0) {
        ta.push(timeOnce(() => a(item)));
        tb.push(timeOnce(() => b(item)));
      } else {
        tb.push(timeOnce(() => b(item)));
        ta.push(timeOnce(() => a(item)));
      }
    }
  }
  return [ta, tb];
}
