import type { Suggestion } from '../../../shared/model';
import { useApi } from '../api/ApiContext';
import { useQuery } from '../api/useQuery';
import { useDebounced } from '../ui/useDebounced';

/** Typing pause before suggestions are asked for. */
const suggestDebounceMs = 80;
const noSuggestions: Suggestion[] = [];

/**
 * Suggestions for the text being typed: one request per keystroke burst (debounced); only a
 * reply to the latest input is shown (the shared data hook drops older ones). They are asked
 * for once `searchAnswered` says the search for the same text has answered, so a suggestion
 * request never queues in front of the search the person is waiting for.
 */
export function useSuggestions(prefix: string, enabled: boolean, searchAnswered = true): Suggestion[] {
  const api = useApi();
  const p = prefix.trim();
  const settled = useDebounced(enabled ? p : '', suggestDebounceMs);
  const ask = enabled && settled !== '' && settled === p && searchAnswered;
  const query = useQuery(ask ? `suggest:${settled}` : null, () =>
    api.suggest({ prefix: settled.slice(0, 200), limit: 8 }),
  );
  return enabled && settled === p && query.data ? query.data : noSuggestions;
}
