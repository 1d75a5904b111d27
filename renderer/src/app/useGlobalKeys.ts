import { useEffect, useRef } from 'react';

export interface GlobalKeyHandlers {
  /** Ctrl/Cmd+K */
  focusSearch: () => void;
  /** Ctrl/Cmd+F */
  findInDocument: () => void;
  /** Ctrl/Cmd+P or Ctrl/Cmd+Shift+P */
  openPalette: () => void;
  /** `?` outside a text field */
  showShortcuts: () => void;
}

/** True when the key goes into a text field (so `?` is typed, not a shortcut). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** App-wide shortcuts; handlers may change between renders without re-subscribing. */
export function useGlobalKeys(handlers: GlobalKeyHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target)) {
        e.preventDefault();
        latest.current.showShortcuts();
        return;
      }
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 'p' || e.code === 'KeyP') {
        e.preventDefault();
        latest.current.openPalette();
        return;
      }
      if (e.shiftKey) return;
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
