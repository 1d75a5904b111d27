import './reader.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CrossRef, Passage, VersionEntry } from '../../../shared/model';
import { ComparePane } from '../compare/ComparePane';
import { useT } from '../i18n/useT';
import { useDocumentMarks } from '../notes/useDocumentMarks';
import { clauseLabel } from '../text/labels';
import { citationText } from './citation';
import { DocumentHeader } from './DocumentHeader';
import { DocumentRows, type DocumentRowsHandle } from './DocumentRows';
import { FindBar } from './FindBar';
import { type DocumentMarks, findMarkId, markDocument } from './find-matches';
import { lastPlace, rememberPlace } from './last-place';
import { paragraphDomId, passageLink } from './links';
import { PassageView } from './PassageView';
import { currentEntry, type DocumentRow, documentRows, type TocEntry, tableOfContents } from './rows';
import { StatusBanner } from './StatusBanner';
import { Toc } from './Toc';
import type { OpenRequest, ReadTarget } from './target';
import { useCitedElsewhere } from './useCitedElsewhere';
import { useDocument } from './useDocument';
import { usePaintedOnce } from './usePaintedOnce';

interface ReaderPaneProps {
  target: ReadTarget | null;
  onOpenDoc: (docId: string) => void;
  /** Opens a passage of another document (cross-document links); falls back to onOpenDoc. */
  onOpen?: (request: OpenRequest) => void;
  /** Bumped by Ctrl/Cmd+F: opens (or refocuses) the find bar. */
  findRequest: number;
}

const noTerms: readonly string[] = [];
const noPassages: readonly Passage[] = [];
/** What a passage without marks is given: the same object every time, so its row is not drawn again. */
const noMarks: DocumentMarks = { fields: new Map(), total: 0, passageOfMark: [] };
/** Below this window width the contents start hidden, leaving the text the room. */
const tocOpenFromWidth = 1100;
/** The place in the document is saved when scrolling has paused this long. */
const rememberAfterMs = 300;
/** A document's text waits at most this long for its highlights (they are asked for together). */
const waitForMarksMs = 60;

/** True once `ms` have passed since `key` last changed (a null key is never waited for). */
function useWaitOver(key: string | null, ms: number): boolean {
  const [overFor, setOverFor] = useState<string | null>(null);
  useEffect(() => {
    if (key === null) return;
    const timer = window.setTimeout(() => setOverFor(key), ms);
    return () => window.clearTimeout(timer);
  }, [key, ms]);
  return key === null || overFor === key;
}

/**
 * The chosen document with its table of contents, scrolled to the chosen passage (or where
 * the reader last was), with search terms or find matches marked and cross-references as links.
 */
export function ReaderPane({ target, onOpenDoc, onOpen, findRequest }: ReaderPaneProps) {
  const t = useT();
  const [version, setVersion] = useState<{ docId: string; ref: string } | null>(null);
  const docId = target?.docId ?? null;
  const shownVersion = version && version.docId === docId ? version.ref : undefined;
  // A long document's first screen comes first: around the asked passage, else the last place.
  const around = docId && !shownVersion ? (target?.passageId ?? lastPlace(window.localStorage, docId)) : undefined;
  const state = useDocument(docId, shownVersion, around ?? undefined);
  const loadedDoc = state.status === 'ready' ? state.doc : null;
  // Only the first screen's passages are in: contents, FAQ numbers and print wait for the rest.
  const firstScreenOnly = loadedDoc?.window !== undefined;
  // Asked for with the document, not after it: the address names the document, so both requests
  // go out together (doc.id takes over should the reply name another).
  const currentDocId = shownVersion ? null : (loadedDoc?.id ?? docId);
  const citedElsewhere = useCitedElsewhere(currentDocId);
  // Notes anchor to the current version only.
  // While the first screen is all there is (or the document is on its way), its marks come first;
  // all of them once a document sent in two steps is whole (a short one's first marks were all).
  const wholeDocIn = state.status === 'ready' && state.inTwoSteps && !firstScreenOnly;
  const { byPassage: userMarks, settled: marksSettled } = useDocumentMarks(
    currentDocId,
    loadedDoc?.passages ?? noPassages,
    wholeDocIn ? 'all' : { firstScreen: around ? { around } : {} },
  );
  // The text waits a moment for its highlights so both paint in one frame, not the text and then every row again.
  const marksWaitOver = useWaitOver(currentDocId, waitForMarksMs);
  const doc = loadedDoc && (marksSettled || marksWaitOver) ? loadedDoc : null;
  const [compareFor, setCompareFor] = useState<string | null>(null);
  const mode = doc && compareFor === doc.id ? 'compare' : 'read';
  const [tocOpen, setTocOpen] = useState(() => window.innerWidth >= tocOpenFromWidth);
  const [findOpen, setFindOpen] = useState(false);
  const [find, setFind] = useState('');
  const [activeMark, setActiveMark] = useState(0);
  const [jumpedTo, setJumpedTo] = useState<string | null>(null);
  const [topRow, setTopRow] = useState(0);
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowsRef = useRef<DocumentRowsHandle>(null);
  const scrolledFor = useRef<string | null>(null);
  const saveTimer = useRef<number | undefined>(undefined);

  // FAQ entries are counted in reading order (Q1, Q2…) where the source does not number them.
  const faqNumbers = useMemo(() => {
    const map = new Map<string, string>();
    if (doc?.window) return map;
    for (const p of doc?.passages ?? []) if (p.kind === 'faq' && !p.number) map.set(p.id, String(map.size + 1));
    return map;
  }, [doc]);
  const labelOfPassage = useCallback(
    (p: Passage) => clauseLabel(p.kind, p.number ?? faqNumbers.get(p.id), doc?.lang ?? 'en', p.label),
    [doc, faqNumbers],
  );
  const rows = useMemo(() => documentRows(doc?.passages ?? []), [doc]);
  const rowOf = useMemo(() => {
    const map = new Map<string, number>();
    rows.forEach((row, i) => {
      if (row.type === 'passage') map.set(row.passage.id, i);
    });
    return map;
  }, [rows]);
  const toc = useMemo(() => tableOfContents(rows, labelOfPassage), [rows, labelOfPassage]);
  // The contents (hundreds of entries in a long law) come in the frame after the text.
  const tocPainted = usePaintedOnce(toc);
  const passageById = useMemo(() => new Map((doc?.passages ?? []).map((p) => [p.id, p])), [doc]);
  const labelOf = useCallback(
    (passageId: string) => {
      const p = passageById.get(passageId);
      return p ? labelOfPassage(p) || p.title || passageId : passageId;
    },
    [passageById, labelOfPassage],
  );

  const findActive = findOpen && find.trim() !== '';
  const terms = target?.terms ?? noTerms;
  const marks = useMemo(
    () => markDocument(doc?.passages ?? [], findActive ? find : '', findActive ? noTerms : terms, labelOfPassage),
    [doc, find, findActive, terms, labelOfPassage],
  );
  // Only the rows holding marks are given them (and the active mark): a new hit in the same document,
  // or a step through find matches, redraws those rows, not every row of a whole-rendered document.
  const marked = useMemo(() => new Set(marks.passageOfMark), [marks]);

  useEffect(() => {
    if (findRequest > 0) setFindOpen(true);
  }, [findRequest]);

  // Reset to the first match whenever the needle or the document changes.
  const [findKey, setFindKey] = useState({ find, doc });
  if (findKey.find !== find || findKey.doc !== doc) {
    setFindKey({ find, doc });
    setActiveMark(0);
  }

  const jump = useCallback(
    (passageId: string, then?: () => void) => {
      const row = rowOf.get(passageId);
      if (row === undefined) return;
      rowsRef.current?.scrollToRow(row, then);
    },
    [rowOf],
  );

  useEffect(() => {
    if (!findActive || marks.total === 0) return;
    const passageId = marks.passageOfMark[activeMark];
    if (!passageId) return;
    jump(passageId, () => document.getElementById(findMarkId(activeMark))?.scrollIntoView({ block: 'center' }));
  }, [findActive, marks, activeMark, jump]);

  // Where the document opens: the asked passage, else the last place, else the top.
  // Read once per open (not on each render: scrolling saves a new last place).
  const openingPassage = useMemo(
    () => (doc && target?.docId === doc.id ? (target.passageId ?? lastPlace(window.localStorage, doc.id)) : null),
    [doc, target],
  );
  const openAt = (openingPassage ? rowOf.get(openingPassage) : undefined) ?? 0;

  // Scroll once per open request, after the document is on screen: to the asked passage, else the last place.
  useEffect(() => {
    if (!doc || !target || doc.id !== target.docId || mode !== 'read') return;
    // Again when the rest of a long document arrives: its rows replace the first screen's.
    const key = `${target.nonce}:${doc.version}:${firstScreenOnly}`;
    if (scrolledFor.current === key) return;
    scrolledFor.current = key;
    setJumpedTo(null);
    if (openingPassage && rowOf.has(openingPassage)) jump(openingPassage);
    else scrollRef.current?.scrollTo({ top: 0 });
  }, [doc, target, rowOf, jump, mode, openingPassage, firstScreenOnly]);

  const onScroll = () => {
    const top = rowsRef.current?.topRow() ?? 0;
    setTopRow(top);
    // Saved once the scrolling pauses, so the place kept is where the reader stopped.
    window.clearTimeout(saveTimer.current);
    saveTimer.current = window.setTimeout(() => {
      const row = rows[top];
      if (doc && row?.type === 'passage') rememberPlace(window.localStorage, doc.id, row.passage.id);
    }, rememberAfterMs);
  };
  useEffect(() => () => window.clearTimeout(saveTimer.current), []);

  const follow = useCallback(
    (ref: CrossRef) => {
      if (doc && ref.docId === doc.id && ref.passageId) {
        const { passageId, paragraph } = ref;
        setJumpedTo(passageId);
        jump(passageId, () => {
          if (paragraph !== undefined) {
            document.getElementById(paragraphDomId(passageId, paragraph))?.scrollIntoView({ block: 'start' });
          }
        });
      } else if (onOpen) {
        onOpen(ref.passageId ? { docId: ref.docId, passageId: ref.passageId } : { docId: ref.docId });
      } else {
        onOpenDoc(ref.docId);
      }
    },
    [doc, jump, onOpen, onOpenDoc],
  );
  const jumpWithin = useCallback(
    (passageId: string) => {
      setJumpedTo(passageId);
      jump(passageId);
    },
    [jump],
  );
  const link = useCallback((p: Passage) => passageLink(window.location, doc?.id ?? '', p.id), [doc]);
  const citation = useCallback(
    (p: Passage) => (doc ? citationText(doc, { ...p, number: p.number ?? faqNumbers.get(p.id) }, link(p)) : ''),
    [doc, link, faqNumbers],
  );

  const openVersion = (entry: VersionEntry) => {
    if (!doc) return;
    if (entry.docId === doc.id) setVersion({ docId: doc.id, ref: entry.ref });
    else onOpenDoc(entry.docId);
  };
  const onTocJump = (entry: TocEntry) => {
    const row = rows[entry.row];
    if (row?.type === 'passage') setJumpedTo(row.passage.id);
    rowsRef.current?.scrollToRow(entry.row);
  };

  const targetedId = jumpedTo ?? target?.passageId;
  const renderRow = (row: DocumentRow) => {
    if (!doc) return null;
    if (row.type === 'header') {
      return (
        <DocumentHeader
          doc={doc}
          onOpenDoc={onOpenDoc}
          onOpenVersion={openVersion}
          onCompare={() => setCompareFor(doc.id)}
        />
      );
    }
    if (row.type === 'heading') {
      const Tag = row.level === 0 ? 'h3' : 'h4';
      return (
        <Tag className={`structure-heading level-${Math.min(row.level, 3)}`} lang={doc.lang}>
          {row.text}
        </Tag>
      );
    }
    return (
      <PassageView
        passage={row.passage}
        label={labelOfPassage(row.passage)}
        lang={doc.lang}
        marks={marked.has(row.passage.id) ? marks : noMarks}
        markMode={findActive ? 'find' : 'terms'}
        activeMark={findActive && marked.has(row.passage.id) ? activeMark : -1}
        targeted={row.passage.id === targetedId}
        citedElsewhere={citedElsewhere.get(row.passage.id)}
        onFollow={follow}
        onJump={jumpWithin}
        labelOf={labelOf}
        link={link}
        citation={citation}
        notes={userMarks.get(row.passage.id)}
      />
    );
  };

  const step = (delta: number) => {
    if (marks.total === 0) return;
    setActiveMark((i) => (i + delta + marks.total) % marks.total);
  };

  if (doc && mode === 'compare') {
    return (
      <section className="pane reader-pane" aria-label={t('reader.region')}>
        <ComparePane docId={doc.id} lang={doc.lang} versions={doc.versions ?? []} onClose={() => setCompareFor(null)} />
      </section>
    );
  }

  return (
    <section
      className="pane reader-pane"
      aria-label={t('reader.region')}
      aria-busy={state.status === 'loading' || firstScreenOnly || (loadedDoc !== null && doc === null)}
    >
      {findOpen && (
        <FindBar
          focusRequest={findRequest}
          value={find}
          onChange={setFind}
          total={marks.total}
          active={findActive && marks.total > 0 ? activeMark : -1}
          onNext={() => step(1)}
          onPrevious={() => step(-1)}
          onClose={() => setFindOpen(false)}
        />
      )}
      {doc && <StatusBanner doc={doc} onOpenDoc={onOpenDoc} />}
      <div className={`reader-body${doc && tocOpen && toc.length > 0 && !firstScreenOnly ? ' with-toc' : ''}`}>
        {doc && toc.length > 0 && !firstScreenOnly && (
          <div className="toc-column">
            <button
              type="button"
              className="small-button toc-toggle"
              aria-expanded={tocOpen}
              onClick={() => setTocOpen((o) => !o)}
            >
              {tocOpen ? t('reader.toc.hide') : t('reader.toc.show')}
            </button>
            {tocOpen && tocPainted && (
              <Toc entries={toc} current={currentEntry(toc, topRow)} onJump={onTocJump} lang={doc.lang} />
            )}
          </div>
        )}
        <div className="reader-scroll" ref={scrollRef} onScroll={onScroll}>
          {state.status === 'none' && <p className="empty">{t('reader.empty')}</p>}
          {(state.status === 'loading' || (loadedDoc !== null && doc === null)) && (
            <p className="empty">{t('reader.loading')}</p>
          )}
          {state.status === 'error' && (
            <p className="error" role="alert">
              {t('reader.error', { error: state.error })}
            </p>
          )}
          {doc && (
            <section className="document" aria-labelledby="reader-title" data-doc-id={doc.id}>
              <DocumentRows
                // One list per document (and another once a first screen's rest arrives): the next one starts
                // fresh (row sizes, first window) instead of diffing the last.
                key={firstScreenOnly ? `${doc.id}:first-screen` : doc.id}
                ref={rowsRef}
                rows={rows}
                scrollRef={scrollRef}
                renderRow={renderRow}
                openAt={openAt}
              />
            </section>
          )}
        </div>
      </div>
    </section>
  );
}
