import type { TFunction } from 'i18next';
import type { SearchNotice } from '../../../shared/model';

/** A search notice (a code from the engine) in the UI's language. */
export function noticeWords(t: TFunction, notice: SearchNotice): string {
  switch (notice.code) {
    case 'terms-dropped':
      return t('search.notice.termsDropped', { kept: notice.kept, dropped: notice.dropped });
    case 'any-word-fallback':
      if (notice.allWordsHits === 0) return t('search.notice.anyWordNone');
      if (notice.allWordsHits === 1) return t('search.notice.anyWordOne');
      return t('search.notice.anyWordSome', { n: notice.allWordsHits });
    case 'time-budget':
      return t('search.notice.timeBudget', { ms: notice.budgetMs });
    case 'passage-lookup':
      return t('search.notice.passageLookup', { phrases: notice.phrases });
    case 'nothing-to-search':
      return t('search.notice.nothingToSearch');
    case 'date-ignored':
      return t('searchDate.notice.ignored', { value: notice.value });
  }
}
