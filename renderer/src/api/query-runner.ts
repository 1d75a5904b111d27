/** Where one query stands: the key it answers, its data or error, and whether a reply is awaited. */
export interface QuerySnapshot<T> {
  key: string | null;
  data: T | undefined;
  error: unknown;
  loading: boolean;
}

export type Fetcher<T> = (signal: AbortSignal) => Promise<T>;

export const idleSnapshot: QuerySnapshot<never> = { key: null, data: undefined, error: undefined, loading: false };

/**
 * The "latest reply wins" rule, written once: each run aborts the one before, and a reply
 * is kept only if no later run has started. Re-running the same key keeps its data on
 * screen until the new reply arrives; a new key starts empty.
 */
export function createQueryRunner<T>(onChange: (snapshot: QuerySnapshot<T>) => void) {
  let seq = 0;
  let controller: AbortController | null = null;
  let snapshot: QuerySnapshot<T> = idleSnapshot;
  const publish = (next: QuerySnapshot<T>) => {
    snapshot = next;
    onChange(next);
  };
  return {
    run(key: string | null, fetcher: Fetcher<T>): void {
      controller?.abort();
      const id = ++seq;
      if (key === null) {
        controller = null;
        publish(idleSnapshot);
        return;
      }
      const own = new AbortController();
      controller = own;
      const keep = snapshot.key === key;
      publish({ key, data: keep ? snapshot.data : undefined, error: keep ? snapshot.error : undefined, loading: true });
      let reply: Promise<T>;
      try {
        reply = fetcher(own.signal);
      } catch (error) {
        reply = Promise.reject(error);
      }
      reply.then(
        (data) => {
          if (id === seq) publish({ key, data, error: undefined, loading: false });
        },
        (error: unknown) => {
          if (id === seq) publish({ key, data: undefined, error, loading: false });
        },
      );
    },
    /** Drops any reply still in flight (unmount). */
    cancel(): void {
      controller?.abort();
      controller = null;
      seq++;
    },
    current: () => snapshot,
  };
}

/** The last data a query showed, and the key it answered: what `keepPrevious` shows while a new key loads. */
export type KeptData<T> = { key: string; data: T } | null;

/**
 * The kept data after a render with `key` and `snapshot`: the snapshot's data when it has some,
 * else what was kept before; nothing once the key is null, so a query cleared and then asked
 * anew (a search box emptied, then typed into) does not bring back the data from before the
 * clearing while the new key loads.
 */
export function keptData<T>(kept: KeptData<T>, snapshot: QuerySnapshot<T>, key: string | null): KeptData<T> {
  if (key === null) return null;
  if (snapshot.key !== null && snapshot.data !== undefined) return { key: snapshot.key, data: snapshot.data };
  return kept;
}
