import './search.css';
import { type KeyboardEvent, type Ref, useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentSummary, Suggestion } from '../../../shared/model';
import { useApi } from '../api/ApiContext';
import { useT } from '../i18n/useT';
import { AddHitToPack } from '../packs/AddHitToPack';
import { prefetchDocument } from '../reader/document-prefetch';
import type { OpenRequest } from '../reader/target';
import { HitList, hitOptionId, hitsListId } from './HitList';
import { QueryHelp, queryHelpId } from './QueryHelp';
import { ResultsHeader } from './ResultsHeader';
import { SearchFilters } from './SearchFilters';
import { SuggestionList, suggestionOptionId, suggestionsId } from './SuggestionList';
import { useSearch } from './useSearch';
import { useSuggestions } from './useSuggestions';

interface SearchPaneProps {
  /** The query, owned by the navigation state (it is in the address). */
  query: string;
  /**
   * Called when the typed query has settled (the search runs), not per keystroke: typing re-renders
   * only this pane, not the app. `replace` is true for typed queries (one history entry per search).
   */
  onQueryChange: (query: string, options: { replace: boolean }) => void;
  onOpen: (request: OpenRequest) => void;
  langOf: (docId: string) => string;
  inputRef: Ref<HTMLInputElement>;
  docs: readonly DocumentSummary[] | null;
}

const page = 8;

/** The search box (with suggestions and query help) and the virtualised hits. */
export function SearchPane({ query, onQueryChange, onOpen, langOf, inputRef, docs }: SearchPaneProps) {
  const t = useT();
  // What the box shows while typing; the address (`query`) follows once the search runs.
  const [draft, setDraft] = useState(query);
  // The query this pane last handed over, until the navigation brings it back.
  const [pushed, setPushed] = useState<string | null>(null);
  const [navQuery, setNavQuery] = useState(query);
  if (navQuery !== query) {
    setNavQuery(query);
    // A query set elsewhere (back/forward, a filter, the palette) replaces the draft; our own does not
    // (more may have been typed since).
    if (query === pushed) setPushed(null);
    else setDraft(query);
  }
  const [suggestOpen, setSuggestOpen] = useState(false);
  const [activeSuggestion, setActiveSuggestion] = useState(-1);
  const [activeHit, setActiveHit] = useState(-1);
  const [helpOpen, setHelpOpen] = useState(false);
  const search = useSearch(draft);
  const suggestions = useSuggestions(draft, suggestOpen, !search.loading && search.query === draft);
  const hits = search.result?.hits ?? [];
  const helpRef = useRef<HTMLDivElement>(null);
  const addHitRef = useRef<HTMLButtonElement>(null);

  const latest = useRef({ query, onQueryChange });
  latest.current = { query, onQueryChange };
  const { settledQuery } = search;
  useEffect(() => {
    if (settledQuery === latest.current.query) return;
    setPushed(settledQuery);
    latest.current.onQueryChange(settledQuery, { replace: true });
  }, [settledQuery]);

  // A new query's results start with no active hit (a page more keeps it).
  const [seenQuery, setSeenQuery] = useState(search.query);
  if (seenQuery !== search.query) {
    setSeenQuery(search.query);
    setActiveHit(-1);
  }

  useEffect(() => {
    if (!helpOpen) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape') setHelpOpen(false);
    };
    const onDown = (e: MouseEvent) => {
      if (!helpRef.current?.contains(e.target as Node)) setHelpOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onDown);
    };
  }, [helpOpen]);

  const openHit = useCallback(
    (index: number) => {
      const hit = hits[index];
      if (!hit) return;
      onOpen({ docId: hit.docId, passageId: hit.passageId, terms: search.result?.terms ?? [] });
    },
    [hits, onOpen, search.result],
  );

  // Pressing a hit starts fetching its document; the click that follows finds it on its way.
  const api = useApi();
  const pressHit = useCallback(
    (index: number) => {
      const hit = hits[index];
      if (hit) prefetchDocument(api, hit.docId, hit.passageId);
    },
    [hits, api],
  );

  const chooseSuggestion = (item: Suggestion) => {
    setSuggestOpen(false);
    setActiveSuggestion(-1);
    if (item.kind === 'tag') tryQuery(`in:notes ${item.text}`);
    else onOpen({ docId: item.docId, passageId: item.passageId, terms: [] });
  };

  /** Arrow keys, paging and Enter over the hits; shared by the search box and the list. */
  const hitKeys = (e: KeyboardEvent): boolean => {
    const last = hits.length - 1;
    const move = (to: number) => {
      e.preventDefault();
      if (last >= 0) setActiveHit(Math.max(0, Math.min(last, to)));
    };
    switch (e.key) {
      case 'ArrowDown':
        move(activeHit + 1);
        return true;
      case 'ArrowUp':
        move(activeHit - 1);
        return true;
      case 'PageDown':
        move(activeHit + page);
        return true;
      case 'PageUp':
        move(activeHit - page);
        return true;
      case 'Enter':
        if (activeHit < 0) return false;
        e.preventDefault();
        openHit(activeHit);
        return true;
      default:
        return false;
    }
  };

  const onListKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Home') {
      e.preventDefault();
      if (hits.length > 0) setActiveHit(0);
    } else if (e.key === 'End') {
      e.preventDefault();
      if (hits.length > 0) setActiveHit(hits.length - 1);
    } else if (e.key.toLowerCase() === 'p' && !e.ctrlKey && !e.metaKey && !e.altKey && activeHit >= 0) {
      // P adds the active hit to the pack, through the button above the list.
      e.preventDefault();
      addHitRef.current?.click();
    } else {
      hitKeys(e);
    }
  };

  const showSuggestions = suggestOpen && suggestions.length > 0;

  const onInputKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (showSuggestions) {
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        setActiveSuggestion((i) => Math.min(suggestions.length - 1, i + 1));
        return;
      }
      if (e.key === 'ArrowUp') {
        e.preventDefault();
        setActiveSuggestion((i) => Math.max(-1, i - 1));
        return;
      }
      if (e.key === 'Enter' && activeSuggestion >= 0) {
        e.preventDefault();
        const item = suggestions[activeSuggestion];
        if (item) chooseSuggestion(item);
        return;
      }
    }
    if (e.key === 'Escape') {
      if (suggestOpen) {
        e.preventDefault();
        setSuggestOpen(false);
        setActiveSuggestion(-1);
      }
      return;
    }
    if (e.key === 'Enter') {
      setSuggestOpen(false);
      const current = search.result && search.query === draft && !search.loading;
      if (current && hitKeys(e)) return;
      e.preventDefault();
      search.runNow();
      return;
    }
    hitKeys(e);
  };

  const tryQuery = (alt: string) => {
    setDraft(alt);
    onQueryChange(alt, { replace: false });
    setSuggestOpen(false);
  };

  const activeDescendant = showSuggestions
    ? activeSuggestion >= 0
      ? suggestionOptionId(activeSuggestion)
      : undefined
    : activeHit >= 0 && activeHit < hits.length
      ? hitOptionId(activeHit)
      : undefined;

  return (
    <section className="pane search-pane" aria-label={t('app.pane.search')}>
      <div className="search-bar" ref={helpRef}>
        <div className="search-field">
          <label htmlFor="search-input" className="visually-hidden">
            {t('search.label')}
          </label>
          <input
            ref={inputRef}
            id="search-input"
            type="search"
            role="combobox"
            aria-expanded={showSuggestions}
            aria-controls={showSuggestions ? suggestionsId : hitsListId}
            aria-autocomplete="list"
            aria-activedescendant={activeDescendant}
            placeholder={t('search.placeholder')}
            autoComplete="off"
            spellCheck={false}
            maxLength={2000}
            value={draft}
            onChange={(e) => {
              setDraft(e.target.value);
              setSuggestOpen(true);
              setActiveSuggestion(-1);
            }}
            onKeyDown={onInputKeyDown}
            onBlur={() => setSuggestOpen(false)}
          />
          {showSuggestions && (
            <SuggestionList items={suggestions} active={activeSuggestion} onChoose={chooseSuggestion} langOf={langOf} />
          )}
        </div>
        <button
          type="button"
          className="icon-button"
          aria-label={t('search.help.button')}
          aria-expanded={helpOpen}
          aria-controls={queryHelpId}
          onClick={() => setHelpOpen((open) => !open)}
        >
          ?
        </button>
        {helpOpen && <QueryHelp />}
      </div>
      <SearchFilters query={draft} onQueryChange={tryQuery} docs={docs} />
      <ResultsHeader state={search} onTry={tryQuery} />
      {hits.length > 0 && <AddHitToPack hit={hits[activeHit]} buttonRef={addHitRef} />}
      <HitList
        hits={hits}
        active={activeHit}
        onActiveChange={setActiveHit}
        onOpen={openHit}
        langOf={langOf}
        onKeyDown={onListKeyDown}
        onNearEnd={search.more ? search.loadMore : undefined}
        onPress={pressHit}
        resetKey={search.query}
      />
    </section>
  );
}
