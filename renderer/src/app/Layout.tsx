import { type ReactNode, useCallback, useState } from 'react';
import { Group, Panel, type PanelImperativeHandle, Separator, usePanelRef } from 'react-resizable-panels';
import { useT } from '../i18n/useT';

/** Below this window width the library starts collapsed, so the reader gets the room. */
export const narrowWidthPx = 1100;
/** The reader never gets narrower than this (about 24 Chinese characters a line at the default size). */
const readerMinPx = 360;

type PaneName = 'library' | 'search';

export interface PaneControls {
  refs: Record<PaneName, React.RefObject<PanelImperativeHandle | null>>;
  collapsed: Record<PaneName, boolean>;
  setCollapsed: (name: PaneName, value: boolean) => void;
  toggle: (name: PaneName) => void;
}

/** The collapsible panes' handles and state, shared by the layout and the buttons that fold them. */
export function usePaneControls(): PaneControls {
  const library = usePanelRef();
  const search = usePanelRef();
  const [collapsed, setState] = useState<Record<PaneName, boolean>>({
    library: window.innerWidth < narrowWidthPx,
    search: false,
  });
  const refs = { library, search };
  const setCollapsed = useCallback(
    (name: PaneName, value: boolean) => setState((s) => (s[name] === value ? s : { ...s, [name]: value })),
    [],
  );
  const toggle = (name: PaneName) => {
    const handle = refs[name].current;
    if (!handle) return;
    if (handle.isCollapsed()) handle.expand();
    else handle.collapse();
  };
  return { refs, collapsed, setCollapsed, toggle };
}

/** Buttons that fold and unfold the library and the search (for the top bar). */
export function PaneToggles({ controls }: { controls: PaneControls }) {
  const t = useT();
  return (
    <div className="pane-toggles">
      {(['library', 'search'] as const).map((name) => {
        const label = t(controls.collapsed[name] ? `app.expand.${name}` : `app.collapse.${name}`);
        return (
          <button
            key={name}
            type="button"
            className="icon-button pane-toggle"
            aria-pressed={!controls.collapsed[name]}
            aria-label={label}
            title={label}
            onClick={() => controls.toggle(name)}
          >
            {name === 'library' ? '☰' : '⌕'}
          </button>
        );
      })}
    </div>
  );
}

interface LayoutProps {
  controls: PaneControls;
  library: ReactNode;
  search: ReactNode;
  reader: ReactNode;
}

/**
 * Three resizable panes; the library and the search collapse (dragged shut or folded by
 * their buttons) and the reader keeps at least a readable width.
 */
export function Layout({ controls, library, search, reader }: LayoutProps) {
  const t = useT();
  const { refs, setCollapsed } = controls;
  return (
    <Group orientation="horizontal" className="panes" id="folio-panes">
      <Panel
        id="library"
        panelRef={refs.library}
        collapsible
        collapsedSize={0}
        minSize={170}
        defaultSize={controls.collapsed.library ? 0 : '20%'}
        onResize={() => setCollapsed('library', refs.library.current?.isCollapsed() ?? false)}
      >
        {library}
      </Panel>
      <Separator className="pane-separator" aria-label={t('app.resize')} />
      <Panel
        id="search"
        panelRef={refs.search}
        collapsible
        collapsedSize={0}
        minSize={240}
        defaultSize={controls.collapsed.library ? '40%' : '30%'}
        onResize={() => setCollapsed('search', refs.search.current?.isCollapsed() ?? false)}
      >
        {search}
      </Panel>
      <Separator className="pane-separator" aria-label={t('app.resize')} />
      <Panel id="reader" minSize={readerMinPx}>
        {reader}
      </Panel>
    </Group>
  );
}
