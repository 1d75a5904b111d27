import type { TFunction } from 'i18next';

/** Wordings kept per language before the memo starts over (the UI uses a few hundred). */
const memoLimit = 5_000;

type Plain = string | number | boolean | undefined | null;

const isPlainOptions = (options: unknown): options is Record<string, Plain> =>
  typeof options === 'object' &&
  options !== null &&
  Object.values(options).every((value) => value === undefined || value === null || typeof value !== 'object');

/**
 * `t` with its answers remembered: a list of hits or a long document asks for the same few
 * words (Copy link, Highlight, "Article 12"…) once per row, and i18next resolves each call
 * afresh. Only calls whose options are plain values are remembered; the rest go straight to `t`.
 */
export function cachedTranslate(t: TFunction): TFunction {
  const memo = new Map<string, string>();
  const call = t as unknown as (...args: unknown[]) => unknown;
  const cached = (key: unknown, options?: unknown): unknown => {
    if (typeof key !== 'string' || (options !== undefined && !isPlainOptions(options))) return call(key, options);
    const id = options === undefined ? key : `${key}\u0000${JSON.stringify(options)}`;
    const known = memo.get(id);
    if (known !== undefined) return known;
    const text = call(key, options);
    if (typeof text === 'string') {
      if (memo.size >= memoLimit) memo.clear();
      memo.set(id, text);
    }
    return text;
  };
  return cached as unknown as TFunction;
}
