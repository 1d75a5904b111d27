import './reader.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { DocumentHeader } from './DocumentHeader';
import { FindBar } from './FindBar';
import { findMarkId, markDocument } from './find-matches';
import { PassageView } from './PassageView';
import type { ReadTarget } from './target';
import { useDocument } from './useDocument';

interface ReaderPaneProps {
  target: ReadTarget | null;
  onOpenDoc: (docId: string) => void;
  /** Bumped by Ctrl/Cmd+F: opens (or refocuses) the find bar. */
  findRequest: number;
}

const noTerms: readonly string[] = [];

/** The chosen document, scrolled to the chosen passage, with search terms or find matches marked. */
export function ReaderPane({ target, onOpenDoc, findRequest }: ReaderPaneProps) {
  const state = useDocument(target?.docId ?? null);
  const doc = state.status === 'ready' ? state.doc : null;
  const [findOpen, setFindOpen] = useState(false);
  const [find, setFind] = useState('');
  const [activeMark, setActiveMark] = useState(0);
  const scrollRef = useRef<HTMLDivElement>(null);
  const scrolledFor = useRef<number | null>(null);

  const findActive = findOpen && find.trim() !== '';
  const terms = target?.terms ?? noTerms;
  const marks = useMemo(
    () => markDocument(doc?.passages ?? [], findActive ? find : '', findActive ? noTerms : terms),
    [doc, find, findActive, terms],
  );

  useEffect(() => {
    if (findRequest > 0) setFindOpen(true);
  }, [findRequest]);

  // Reset to the first match whenever the needle or the document changes.
  const [findKey, setFindKey] = useState({ find, doc });
  if (findKey.find !== find || findKey.doc !== doc) {
    setFindKey({ find, doc });
    setActiveMark(0);
  }

  useEffect(() => {
    if (findActive && marks.total > 0) {
      document.getElementById(findMarkId(activeMark))?.scrollIntoView({ block: 'center' });
    }
  }, [findActive, marks, activeMark]);

  // Scroll once per open request, after the document is on screen.
  useEffect(() => {
    if (!doc || !target || doc.id !== target.docId || scrolledFor.current === target.nonce) return;
    scrolledFor.current = target.nonce;
    const el = target.passageId ? document.getElementById(target.passageId) : null;
    if (el) el.scrollIntoView({ block: 'start' });
    else scrollRef.current?.scrollTo({ top: 0 });
  }, [doc, target]);

  const step = (delta: number) => {
    if (marks.total === 0) return;
    setActiveMark((i) => (i + delta + marks.total) % marks.total);
  };

  return (
    <section className="pane reader-pane" aria-label="Reader" aria-busy={state.status === 'loading'}>
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
      <div className="reader-scroll" ref={scrollRef}>
        {state.status === 'none' && (
          <p className="empty">Choose a document from the library, or open a search result.</p>
        )}
        {state.status === 'loading' && <p className="empty">Loading…</p>}
        {state.status === 'error' && (
          <p className="error" role="alert">
            Could not open the document — {state.error}
          </p>
        )}
        {doc && (
          <section className="document" aria-labelledby="reader-title" data-doc-id={doc.id} lang={doc.lang}>
            <DocumentHeader doc={doc} onOpenDoc={onOpenDoc} />
            {doc.passages.map((passage) => (
              <PassageView
                key={passage.id}
                passage={passage}
                lang={doc.lang}
                marks={marks}
                markMode={findActive ? 'find' : 'terms'}
                activeMark={findActive ? activeMark : -1}
                targeted={passage.id === target?.passageId}
              />
            ))}
          </section>
        )}
      </div>
    </section>
  );
}
