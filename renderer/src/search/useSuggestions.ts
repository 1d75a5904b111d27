import { useEffect, useRef, useState } from 'react';
import type { Suggestion } from '../../../shared/model';
import { useApi } from '../api/ApiContext';

/**
 * Suggestions for the text being typed: one request per keystroke burst (debounced),
 * and a reply is shown only if it answers the latest input (older replies are dropped).
 */
export function useSuggestions(prefix: string, enabled: boolean, delayMs = 80): Suggestion[] {
  const api = useApi();
  const [items, setItems] = useState<{ prefix: string; list: Suggestion[] }>({ prefix: '', list: [] });
  const seq = useRef(0);

  useEffect(() => {
    const id = ++seq.current;
    const p = prefix.trim();
    if (!enabled || p === '') {
      setItems({ prefix: '', list: [] });
      return;
    }
    const timer = setTimeout(() => {
      api.suggest({ prefix: p.slice(0, 200), limit: 8 }).then(
        (list) => {
          if (id === seq.current) setItems({ prefix: p, list });
        },
        () => {
          if (id === seq.current) setItems({ prefix: p, list: [] });
        },
      );
    }, delayMs);
    return () => clearTimeout(timer);
  }, [api, prefix, enabled, delayMs]);

  return enabled && items.prefix === prefix.trim() ? items.list : [];
}
