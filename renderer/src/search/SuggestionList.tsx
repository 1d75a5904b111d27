import type { Suggestion } from '../../../shared/model';
import { useT } from '../i18n/useT';

export const suggestionsId = 'search-suggestions';
export const suggestionOptionId = (index: number) => `search-suggestion-${index}`;

const kindKey: Record<Suggestion['kind'], string> = {
  document: 'search.kind.document',
  heading: 'search.kind.heading',
  faq: 'search.kind.faq',
  article: 'search.kind.article',
  tag: 'search.kind.tag',
};

interface SuggestionListProps {
  items: readonly Suggestion[];
  active: number;
  onChoose: (item: Suggestion) => void;
  /** The document's language, so suggestion text (document text) carries the right `lang`. */
  langOf: (docId: string) => string;
}

/** The dropdown under the search box; the box keeps focus and points at the active option. */
export function SuggestionList({ items, active, onChoose, langOf }: SuggestionListProps) {
  const t = useT();
  return (
    <div id={suggestionsId} className="suggestions" role="listbox" aria-label={t('search.suggestions')}>
      {items.map((item, index) => (
        // biome-ignore lint/a11y/useKeyWithClickEvents: the search box handles keys (aria-activedescendant)
        <div
          key={`${item.docId}/${item.passageId ?? ''}/${item.text}`}
          id={suggestionOptionId(index)}
          role="option"
          tabIndex={-1}
          aria-selected={index === active}
          className={index === active ? 'suggestion active' : 'suggestion'}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onChoose(item)}
        >
          <span className="suggestion-kind">{t(kindKey[item.kind])}</span>
          <span className="suggestion-text" lang={item.kind === 'tag' ? undefined : langOf(item.docId)}>
            {item.text}
          </span>
          {item.kind !== 'document' && item.kind !== 'tag' && (
            <span className="suggestion-doc" lang={langOf(item.docId)}>
              {item.docTitle}
            </span>
          )}
        </div>
      ))}
    </div>
  );
}
