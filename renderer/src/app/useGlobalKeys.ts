import { useEffect, useRef } from 'react';

export interface GlobalKeyHandlers {
  /** Ctrl/Cmd+K */
  focusSearch: () => void;
  /** Ctrl/Cmd+F */
  findInDocument: () => void;
}

/** App-wide shortcuts; handlers may change between renders without re-subscribing. */
export function useGlobalKeys(handlers: GlobalKeyHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const key = e.key.toLowerCase();
      if (key === 'k' || e.code === 'KeyK') {
        e.preventDefault();
        latest.current.focusSearch();
      } else if (key === 'f' || e.code === 'KeyF') {
        e.preventDefault();
        latest.current.findInDocument();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
