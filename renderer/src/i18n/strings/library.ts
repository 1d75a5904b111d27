import type { Strings } from '../strings-type';

export const library: Strings = {
  en: {
    'library.title': 'Library',
    'library.countOf': '{{shown}} of {{total}}',
    'library.filter.placeholder': 'Filter by title or number',
    'library.filter.label': 'Filter documents by title or number',
    'library.error': 'Could not load the library — {{error}}',
    'library.loading': 'Loading…',
    'library.empty': 'No documents yet. Use Import to add some.',
    'library.noMatch': 'No document matches the filter.',
    'library.passages_one': '{{count}} passage',
    'library.passages_other': '{{count}} passages',
    'library.repealed': 'Repealed',
  },
  zh: {
    'library.title': '文库',
    'library.countOf': '{{shown}} / {{total}}',
    'library.filter.placeholder': '按标题或文号筛选',
    'library.filter.label': '按标题或文号筛选文档',
    'library.error': '无法加载文库 — {{error}}',
    'library.loading': '加载中…',
    'library.empty': '还没有文档。请用“导入”添加。',
    'library.noMatch': '没有文档符合筛选条件。',
    'library.passages_one': '{{count}} 段',
    'library.passages_other': '{{count}} 段',
    'library.repealed': '已废止',
  },
};
