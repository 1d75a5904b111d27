import { useCallback, useEffect, useState } from 'react';
import { formatPlace, type Place, parsePlace, samePlace } from './route';

export interface Navigation {
  place: Place;
  /** Bumped on every arrival (a go, back, forward): the reader scrolls once per visit. */
  visit: number;
  /** Goes to a place: a new history entry, or `replace` for small steps (typing a query). */
  go: (next: Place, options?: { replace?: boolean }) => void;
}

const currentPlace = () => parsePlace(window.location.hash);

/**
 * The one navigation state, kept in the URL fragment so reload, back/forward and copied
 * links work. Alt+Left / Alt+Right go back and forward.
 */
export function useNavigation(): Navigation {
  const [state, setState] = useState(() => ({ place: currentPlace(), visit: 1 }));

  useEffect(() => {
    const arrive = () => setState((s) => ({ place: currentPlace(), visit: s.visit + 1 }));
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (e.key === 'ArrowLeft') {
        e.preventDefault();
        window.history.back();
      } else if (e.key === 'ArrowRight') {
        e.preventDefault();
        window.history.forward();
      }
    };
    window.addEventListener('popstate', arrive);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('popstate', arrive);
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  const go = useCallback((next: Place, options: { replace?: boolean } = {}) => {
    const url = `#${formatPlace(next)}`;
    const same = samePlace(next, currentPlace());
    if (options.replace || same) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    // A replaced step (typing) is not a visit: the reader keeps its scroll.
    setState((s) => ({ place: next, visit: options.replace ? s.visit : s.visit + 1 }));
  }, []);

  return { place: state.place, visit: state.visit, go };
}
