import { memo } from 'react';
import type { Passage } from '../../../shared/model';
import { clauseLabel } from '../text/labels';
import { Marked } from '../text/Marked';
import { ContentView } from './content/ContentView';
import { type DocumentMarks, type FieldMarks, findMarkId, paragraphKey, paragraphsOf, titleKey } from './find-matches';

interface PassageViewProps {
  passage: Passage;
  lang: string;
  marks: DocumentMarks;
  /** 'find' marks are numbered and can be active; 'terms' marks show the search terms. */
  markMode: 'find' | 'terms';
  activeMark: number;
  targeted: boolean;
  /** Opens a link of the passage in the system browser (the Electron shell passes it; the browser door does not). */
  onOpenExternal?: (url: string) => void;
}

/** One passage: its clause label, title, heading path and paragraphs, with marks. */
export const PassageView = memo(function PassageView({
  passage,
  lang,
  marks,
  markMode,
  activeMark,
  targeted,
  onOpenExternal,
}: PassageViewProps) {
  const label = clauseLabel(passage.kind, passage.number, lang);
  const attrsOf = (field: FieldMarks) =>
    markMode === 'find'
      ? (n: number) => ({
          id: findMarkId(field.first + n),
          className: field.first + n === activeMark ? 'find active' : 'find',
        })
      : () => ({ className: 'term' });
  const marked = (key: string, text: string) => {
    const field = marks.fields.get(key);
    if (!field) return text;
    return <Marked text={text} ranges={field.ranges} markAttrs={attrsOf(field)} />;
  };
  const lineMarks = (line: number) => {
    const field = marks.fields.get(paragraphKey(passage.id, line));
    return field && { ranges: field.ranges, attrs: attrsOf(field) };
  };
  return (
    <article
      id={passage.id}
      className={`passage kind-${passage.kind}${targeted ? ' targeted' : ''}`}
      tabIndex={-1}
      aria-label={[label, passage.title].filter(Boolean).join(' ') || undefined}
    >
      {passage.path && passage.path.length > 0 && <div className="breadcrumb">{passage.path.join(' › ')}</div>}
      {(label || passage.title) && (
        <h3 className="passage-heading">
          {label && <span className="clause-label">{label}</span>}
          {passage.title && <span className="passage-title">{marked(titleKey(passage.id), passage.title)}</span>}
        </h3>
      )}
      {passage.content ? (
        <ContentView
          content={passage.content}
          text={passage.text}
          lineMarks={lineMarks}
          onOpenExternal={onOpenExternal}
        />
      ) : (
        paragraphsOf(passage.text).map((paragraph, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are fixed for a given passage
          <p key={i}>{marked(paragraphKey(passage.id, i), paragraph)}</p>
        ))
      )}
    </article>
  );
});
