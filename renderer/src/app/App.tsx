import { useCallback, useMemo, useRef, useState } from 'react';
import type { Door } from '../api/client';
import { ImportIndicator } from '../import/ImportIndicator';
import { ImportPanel } from '../import/ImportPanel';
import { useImportWatcher } from '../import/useImportWatcher';
import { LibraryPane } from '../library/LibraryPane';
import { useLibrary } from '../library/useLibrary';
import { ReaderPane } from '../reader/ReaderPane';
import type { OpenRequest, ReadTarget } from '../reader/target';
import { SearchPane } from '../search/SearchPane';
import { SynonymsEditor } from '../synonyms/SynonymsEditor';
import { Dialog } from '../ui/Dialog';
import { useGlobalKeys } from './useGlobalKeys';

type DialogName = 'import' | 'synonyms' | null;

/** Three panes — library, search, reader — plus the import and synonyms dialogs. */
export function App({ door }: { door: Door }) {
  const library = useLibrary();
  const [target, setTarget] = useState<ReadTarget | null>(null);
  const [findRequest, setFindRequest] = useState(0);
  const [reloadKey, setReloadKey] = useState(0);
  const [dialog, setDialog] = useState<DialogName>(null);
  const nonce = useRef(0);
  const searchInput = useRef<HTMLInputElement>(null);

  const open = useCallback((request: OpenRequest) => {
    nonce.current += 1;
    setTarget({ ...request, nonce: nonce.current });
  }, []);
  const openDoc = useCallback((docId: string) => open({ docId }), [open]);

  const langs = useMemo(() => new Map((library.docs ?? []).map((d) => [d.id, d.lang])), [library.docs]);
  const langOf = useCallback((docId: string) => langs.get(docId) ?? 'en', [langs]);

  useGlobalKeys({
    focusSearch: () => {
      searchInput.current?.focus();
      searchInput.current?.select();
    },
    findInDocument: () => setFindRequest((n) => n + 1),
  });

  const imported = useCallback(() => {
    library.reload();
    setReloadKey((k) => k + 1);
  }, [library.reload]);
  const runningImport = useImportWatcher(imported);

  return (
    <div className="app">
      <header className="topbar">
        <h1 className="brand">Folio</h1>
        <div className="topbar-actions">
          {runningImport && <ImportIndicator job={runningImport} onShow={() => setDialog('import')} />}
          <button type="button" onClick={() => setDialog('import')}>
            Import…
          </button>
          <button type="button" onClick={() => setDialog('synonyms')}>
            Synonyms…
          </button>
          <span className="door" title="How this window talks to the library">
            {door === 'electron' ? 'Desktop' : 'Browser'}
          </span>
        </div>
      </header>
      <main className="panes">
        <LibraryPane docs={library.docs} error={library.error} selectedId={target?.docId ?? null} onOpen={openDoc} />
        <SearchPane onOpen={open} langOf={langOf} inputRef={searchInput} />
        <ReaderPane target={target} onOpenDoc={openDoc} onOpen={open} findRequest={findRequest} reloadKey={reloadKey} />
      </main>
      <Dialog open={dialog === 'import'} title="Import documents" onClose={() => setDialog(null)}>
        <ImportPanel onImported={imported} />
      </Dialog>
      <Dialog open={dialog === 'synonyms'} title="Synonyms" onClose={() => setDialog(null)}>
        <SynonymsEditor onSaved={() => undefined} />
      </Dialog>
    </div>
  );
}
