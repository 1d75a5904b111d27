import { describe, expect, test } from 'vitest';
import { createQueryRunner, keptData, type QuerySnapshot } from '../../../renderer/src/api/query-runner';

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function recorder<T>() {
  const seen: QuerySnapshot<T>[] = [];
  const runner = createQueryRunner<T>((s) => seen.push(s));
  return { runner, seen, last: () => seen.at(-1) };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the data hook’s rule: the latest reply wins', () => {
  test('a reply to an earlier key that arrives last is dropped', async () => {
    const { runner, last } = recorder<string>();
    const first = deferred<string>();
    const second = deferred<string>();
    runner.run('a', () => first.promise);
    runner.run('b', () => second.promise);
    second.resolve('B');
    await flush();
    first.resolve('A');
    await flush();
    expect(last()).toEqual({ key: 'b', data: 'B', error: undefined, loading: false });
  });
  test('starting a new run aborts the one before', () => {
    const { runner } = recorder<string>();
    const signals: AbortSignal[] = [];
    runner.run('a', (signal) => {
      signals.push(signal);
      return new Promise(() => undefined);
    });
    runner.run('b', (signal) => {
      signals.push(signal);
      return new Promise(() => undefined);
    });
    expect(signals.map((s) => s.aborted)).toEqual([true, false]);
  });
  test('re-running the same key keeps its data on screen while loading', async () => {
    const { runner, last } = recorder<string>();
    runner.run('a', async () => 'A1');
    await flush();
    runner.run('a', () => new Promise(() => undefined));
    expect(last()).toEqual({ key: 'a', data: 'A1', error: undefined, loading: true });
  });
  test('a new key starts empty', async () => {
    const { runner, last } = recorder<string>();
    runner.run('a', async () => 'A');
    await flush();
    runner.run('b', () => new Promise(() => undefined));
    expect(last()).toEqual({ key: 'b', data: undefined, error: undefined, loading: true });
  });
  test('a failure is kept as the error, with no data', async () => {
    const { runner, last } = recorder<string>();
    runner.run('a', async () => {
      throw new Error('NOT_FOUND');
    });
    await flush();
    expect([last()?.data, (last()!.error as Error).message, last()?.loading]).toEqual([undefined, 'NOT_FOUND', false]);
  });
  test('a fetcher that throws synchronously is a failure, not a crash', async () => {
    const { runner, last } = recorder<string>();
    runner.run('a', () => {
      throw new Error('boom');
    });
    await flush();
    expect((last()!.error as Error).message).toBe('boom');
  });
  test('a null key is idle and drops the reply in flight', async () => {
    const { runner, last } = recorder<string>();
    const reply = deferred<string>();
    runner.run('a', () => reply.promise);
    runner.run(null, async () => 'never');
    reply.resolve('A');
    await flush();
    expect(last()).toEqual({ key: null, data: undefined, error: undefined, loading: false });
  });
  test('after cancel (unmount) no reply is published', async () => {
    const { runner, seen } = recorder<string>();
    const reply = deferred<string>();
    runner.run('a', () => reply.promise);
    runner.cancel();
    reply.resolve('A');
    await flush();
    expect(seen.map((s) => s.loading)).toEqual([true]);
  });
});

describe('what keepPrevious shows while a new key loads', () => {
  const loading = (key: string): QuerySnapshot<string> => ({ key, data: undefined, error: undefined, loading: true });
  const answered = (key: string, data: string): QuerySnapshot<string> => ({
    key,
    data,
    error: undefined,
    loading: false,
  });

  test('the data of the key before, while the next key loads', () => {
    const kept = keptData(null, answered('rate', 'R'), 'rate');
    expect(keptData(kept, loading('rate limit'), 'rate limit')).toEqual({ key: 'rate', data: 'R' });
  });
  test('nothing once the key has been null (a cleared box typed into anew)', () => {
    const kept = keptData(null, answered('rate limit', 'RL'), 'rate limit');
    const cleared = keptData(kept, answered('rate limit', 'RL'), null);
    expect(keptData(cleared, loading('credit card'), 'credit card')).toBeNull();
  });
});
