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
