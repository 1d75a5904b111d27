import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Door } from '../api/client';
import { useT } from '../i18n/useT';
import { ImportIndicator } from '../import/ImportIndicator';
import { ImportPanel } from '../import/ImportPanel';
import { useImportWatcher } from '../import/useImportWatcher';
import { LibraryPane } from '../library/LibraryPane';
import { useLibrary } from '../library/useLibrary';
import { useNavigation } from '../nav/useNavigation';
import { NotesButton } from '../notes/NotesButton';
import { NotesLayer } from '../notes/NotesLayer';
import { PacksHost } from '../packs/PacksHost';
import { CommandPalette } from '../palette/CommandPalette';
import type { PaletteCommand } from '../palette/registry';
import { ReaderPane } from '../reader/ReaderPane';
import type { OpenRequest, ReadTarget } from '../reader/target';
import { SearchPane } from '../search/SearchPane';
import { useSettings } from '../settings/SettingsContext';
import { SettingsPanel } from '../settings/SettingsPanel';
import { SynonymsEditor } from '../synonyms/SynonymsEditor';
import { Dialog } from '../ui/Dialog';
import { Layout, PaneToggles, usePaneControls } from './Layout';
import { installPrintSelection } from './print-selection';
import { ShortcutSheet } from './ShortcutSheet';
import { StoreBanners } from './StoreBanners';
import { useGlobalKeys } from './useGlobalKeys';

// Typing changes the query (and so the App) on every keystroke; the reader and the library must
// not re-render for that (a long document is thousands of passages).
const Reader = memo(ReaderPane);
const Library = memo(LibraryPane);

type DialogName = 'import' | 'synonyms' | 'settings' | 'shortcuts' | 'palette' | null;

/** How much one "larger / smaller text" step changes the font scale. */
const fontStep = 0.1;

/** Three panes — library, search, reader — whose state is the address, plus the dialogs and the palette. */
export function App({ door }: { door: Door }) {
  const t = useT();
  const library = useLibrary();
  const { place, visit, go } = useNavigation();
  const { settings, theme, update } = useSettings();
  const [terms, setTerms] = useState<{ passageId: string; terms: readonly string[] } | null>(null);
  const [findRequest, setFindRequest] = useState(0);
  const [dialog, setDialog] = useState<DialogName>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const panes = usePaneControls();

  useEffect(() => installPrintSelection(), []);

  // Read through a ref so `open` stays the same function while the query is typed: a new one
  // would re-render the (memoised) reader on every keystroke.
  const latestQuery = useRef(place.query);
  latestQuery.current = place.query;
  const open = useCallback(
    (request: OpenRequest) => {
      setTerms(request.passageId && request.terms ? { passageId: request.passageId, terms: request.terms } : null);
      go({ docId: request.docId, passageId: request.passageId, query: latestQuery.current });
    },
    [go],
  );
  const latestOpen = useRef(open);
  latestOpen.current = open;
  const openDoc = useCallback((docId: string) => latestOpen.current({ docId }), []);
  const setQuery = useCallback(
    (query: string, options: { replace: boolean }) => go({ ...place, query }, options),
    [go, place],
  );

  const { docId, passageId } = place;
  const target: ReadTarget | null = useMemo(
    () =>
      docId
        ? {
            docId,
            passageId,
            terms: terms && terms.passageId === passageId ? terms.terms : undefined,
            nonce: visit,
          }
        : null,
    [docId, passageId, terms, visit],
  );

  const langs = useMemo(() => new Map((library.docs ?? []).map((d) => [d.id, d.lang])), [library.docs]);
  const langOf = useCallback((docId: string) => langs.get(docId) ?? 'en', [langs]);

  const focusSearch = () => {
    if (panes.collapsed.search) panes.toggle('search');
    searchInput.current?.focus();
    searchInput.current?.select();
  };
  useGlobalKeys({
    focusSearch,
    findInDocument: () => setFindRequest((n) => n + 1),
    openPalette: () => setDialog('palette'),
    showShortcuts: () => setDialog('shortcuts'),
  });

  const setFontScale = (value: number) => update({ fontScale: Math.round(value * 10) / 10 });
  const commands: PaletteCommand[] = [
    {
      id: 'theme.toggle',
      label: t('palette.toggleTheme'),
      group: 'command',
      keywords: 'dark light theme 主题 深色 浅色',
      run: () => update({ theme: theme === 'dark' ? 'light' : 'dark' }),
    },
    {
      id: 'font.bigger',
      label: t('palette.fontBigger'),
      group: 'command',
      keywords: 'font size zoom +',
      run: () => setFontScale(Math.min(1.6, settings.fontScale + fontStep)),
    },
    {
      id: 'font.smaller',
      label: t('palette.fontSmaller'),
      group: 'command',
      keywords: 'font size zoom -',
      run: () => setFontScale(Math.max(0.8, settings.fontScale - fontStep)),
    },
    {
      id: 'font.reset',
      label: t('palette.fontReset'),
      group: 'command',
      keywords: 'font size',
      run: () => setFontScale(1),
    },
    {
      id: 'language.toggle',
      label: t('palette.language'),
      group: 'command',
      keywords: 'language English 中文 语言',
      run: () => update({ uiLanguage: document.documentElement.lang.startsWith('zh') ? 'en' : 'zh' }),
    },
    { id: 'settings.open', label: t('palette.settings'), group: 'command', run: () => setDialog('settings') },
    { id: 'import.open', label: t('palette.import'), group: 'command', run: () => setDialog('import') },
    { id: 'synonyms.open', label: t('palette.synonyms'), group: 'command', run: () => setDialog('synonyms') },
    { id: 'shortcuts.open', label: t('palette.shortcuts'), group: 'command', run: () => setDialog('shortcuts') },
    { id: 'print', label: t('palette.print'), group: 'command', keywords: 'pdf', run: () => window.print() },
    ...(library.docs ?? []).map(
      (doc): PaletteCommand => ({
        id: `doc.${doc.id}`,
        label: doc.title,
        detail: doc.docNumber,
        lang: doc.lang,
        group: 'document',
        run: () => openDoc(doc.id),
      }),
    ),
  ];

  const runningImport = useImportWatcher();
  // A native <dialog> reports its closing in a later task: by then another dialog may be open (the
  // palette's command opened it, or a shortcut came first), and that one must stay open.
  const closeDialog = (which: NonNullable<DialogName>) => () => setDialog((open) => (open === which ? null : open));

  return (
    <div className="app">
      <a className="skip-link" href="#reader-main">
        {t('app.skipToReader')}
      </a>
      <header className="topbar">
        <div className="topbar-start">
          <h1 className="brand" translate="no">
            Folio
          </h1>
          <PaneToggles controls={panes} />
        </div>
        <div className="topbar-actions">
          {runningImport && <ImportIndicator job={runningImport} onShow={() => setDialog('import')} />}
          <NotesButton />
          <button type="button" onClick={() => setDialog('palette')}>
            {t('app.commands')}
          </button>
          <button type="button" onClick={() => setDialog('import')}>
            {t('app.import')}
          </button>
          <PacksHost />
          <button type="button" onClick={() => setDialog('synonyms')}>
            {t('app.synonyms')}
          </button>
          <button type="button" onClick={() => setDialog('settings')}>
            {t('app.settings')}
          </button>
          <span className="door" title={t('app.door')}>
            {t(`app.door.${door}`)}
          </span>
        </div>
      </header>
      <StoreBanners />
      <main className="main">
        <Layout
          controls={panes}
          library={
            <Library docs={library.docs} error={library.error} selectedId={place.docId ?? null} onOpen={openDoc} />
          }
          search={
            <SearchPane
              query={place.query}
              onQueryChange={setQuery}
              onOpen={open}
              langOf={langOf}
              inputRef={searchInput}
              docs={library.docs}
            />
          }
          reader={
            <div id="reader-main" className="reader-slot" tabIndex={-1}>
              <Reader target={target} onOpenDoc={openDoc} onOpen={open} findRequest={findRequest} />
            </div>
          }
        />
      </main>
      <Dialog open={dialog === 'import'} title={t('app.dialog.import')} onClose={closeDialog('import')}>
        <ImportPanel onImported={() => undefined} />
      </Dialog>
      <Dialog open={dialog === 'synonyms'} title={t('app.dialog.synonyms')} onClose={closeDialog('synonyms')}>
        <SynonymsEditor onSaved={() => undefined} />
      </Dialog>
      <Dialog open={dialog === 'settings'} title={t('app.dialog.settings')} onClose={closeDialog('settings')}>
        <SettingsPanel />
      </Dialog>
      <Dialog open={dialog === 'shortcuts'} title={t('app.dialog.shortcuts')} onClose={closeDialog('shortcuts')}>
        <ShortcutSheet />
      </Dialog>
      <NotesLayer onOpen={open} />
      <CommandPalette
        open={dialog === 'palette'}
        onClose={closeDialog('palette')}
        commands={commands}
        onSearch={(query) => {
          go({ ...place, query });
          focusSearch();
        }}
      />
    </div>
  );
}
