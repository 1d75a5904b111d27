import { memo } from 'react';
import type { CitedBy, CrossRef, Passage } from '../../../shared/model';
import { useT } from '../i18n/useT';
import { clipHighlights, noPassageMarks, type PassageMarks } from '../notes/passage-highlights';
import { textLengthAttr, textStartAttr } from '../notes/selection-anchor';
import { AddPassageToPack } from '../packs/AddToPackButton';
import { clauseLabel } from '../text/labels';
import { Marked } from '../text/Marked';
import { ContentView } from './content/ContentView';
import { type DocumentMarks, findMarkId, labelKey, paragraphKey, paragraphSpans, titleKey } from './find-matches';
import { LinkedText } from './LinkedText';
import { paragraphDomId, passageAddress } from './links';
import { PassageActions } from './PassageActions';

interface PassageViewProps {
  passage: Passage;
  /** The clause label as shown (第十二条, Art. 12). */
  label: string;
  lang: string;
  marks: DocumentMarks;
  /** 'find' marks are numbered and can be active; 'terms' marks show the search terms. */
  markMode: 'find' | 'terms';
  activeMark: number;
  targeted: boolean;
  /** Passages of other documents citing this one (asked for after the document is shown). */
  citedElsewhere: readonly CitedBy[] | undefined;
  onFollow: (ref: CrossRef) => void;
  /** Scrolls to another passage of this document. */
  onJump: (passageId: string) => void;
  /** The label of another passage of this document (for "cited by"). */
  labelOf: (passageId: string) => string;
  link: (passage: Passage) => string;
  citation: (passage: Passage) => string;
  /** Opens a link of the passage in the system browser (the Electron shell passes it; the browser door does not). */
  onOpenExternal?: (url: string) => void;
  /** The user's highlights and bookmarks on this passage. */
  notes?: PassageMarks;
}

/** One passage: its clause label, title and paragraphs, with marks, links, actions and "cited by". */
export const PassageView = memo(function PassageView({
  passage,
  label,
  lang,
  marks,
  markMode,
  activeMark,
  targeted,
  citedElsewhere,
  onFollow,
  onJump,
  labelOf,
  link,
  citation,
  onOpenExternal,
  notes = noPassageMarks,
}: PassageViewProps) {
  const t = useT();
  const attrsFor = (key: string) => {
    const field = marks.fields.get(key);
    if (!field) return null;
    return {
      ranges: field.ranges,
      markAttrs:
        markMode === 'find'
          ? (n: number) => ({
              id: findMarkId(field.first + n),
              className: field.first + n === activeMark ? 'find active' : 'find',
            })
          : () => ({ className: 'term' }),
    };
  };
  const lineMarks = (line: number) => {
    const a = attrsFor(paragraphKey(passage.id, line));
    return a ? { ranges: a.ranges, attrs: a.markAttrs } : undefined;
  };
  const marked = (key: string, text: string) => {
    const a = attrsFor(key);
    return a ? <Marked text={text} ranges={a.ranges} markAttrs={a.markAttrs} /> : text;
  };
  const refs = passage.refs ?? [];
  const citedBy = [...(passage.citedBy ?? []), ...(citedElsewhere ?? [])];
  const citerLabel = (c: CitedBy) =>
    c.docId
      ? [c.docTitle, c.kind ? clauseLabel(c.kind, c.number, lang) : ''].filter(Boolean).join(' ')
      : labelOf(c.passageId);
  return (
    <article
      id={passage.id}
      className={`passage kind-${passage.kind}${targeted ? ' targeted' : ''}`}
      tabIndex={-1}
      lang={lang}
      aria-label={[label, passage.title].filter(Boolean).join(' ') || undefined}
      {...{ [textLengthAttr]: passage.text.length }}
    >
      {(label || passage.title) && (
        <h3 className="passage-heading">
          {label && <span className="clause-label">{marked(labelKey(passage.id), label)}</span>}
          {passage.title && <span className="passage-title">{marked(titleKey(passage.id), passage.title)}</span>}
        </h3>
      )}
      {passage.content ? (
        // Shaped text (lists, tables, code) keeps its shape; cross-references are linked in plain paragraphs only.
        <ContentView
          content={passage.content}
          text={passage.text}
          lineMarks={lineMarks}
          onOpenExternal={onOpenExternal}
          highlights={notes.highlights}
        />
      ) : (
        paragraphSpans(passage.text).map((paragraph, i) => {
          const a = attrsFor(paragraphKey(passage.id, i));
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are fixed for a given passage
            <p key={i} id={paragraphDomId(passage.id, i)} {...{ [textStartAttr]: paragraph.start }}>
              <LinkedText
                text={paragraph.text}
                offset={paragraph.start}
                refs={refs}
                ranges={a?.ranges ?? []}
                markAttrs={a?.markAttrs}
                onFollow={onFollow}
                highlights={clipHighlights(notes.highlights, paragraph.start, paragraph.start + paragraph.text.length)}
              />
            </p>
          );
        })
      )}
      <footer className="passage-foot">
        {notes.bookmarks.length > 0 && <span className="bookmark-flag">{t('notes.bookmarked')}</span>}
        {citedBy.length > 0 && (
          <span className="cited-by">
            {t('reader.citedBy', { count: citedBy.length })}{' '}
            {citedBy.map((c, i) => (
              <span key={`${c.docId ?? ''}:${c.passageId}`}>
                {i > 0 && ', '}
                <a
                  href={c.docId ? passageAddress(c.docId, c.passageId) : `#${c.passageId}`}
                  className="xref"
                  onClick={(e) => {
                    e.preventDefault();
                    if (c.docId) onFollow({ start: 0, end: 0, docId: c.docId, passageId: c.passageId });
                    else onJump(c.passageId);
                  }}
                >
                  {citerLabel(c)}
                </a>
                {c.count > 1 && <span className="cite-count"> {t('reader.times', { count: c.count })}</span>}
              </span>
            ))}
          </span>
        )}
        <PassageActions link={() => link(passage)} citation={() => citation(passage)} />
        <AddPassageToPack passageId={passage.id} />
      </footer>
    </article>
  );
});
