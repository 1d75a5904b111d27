import type { Strings } from '../strings-type';

/** Search: the notices above the results (the engine sends codes; these are their words). */
export const search: Strings = {
  en: {
    'search.notice.termsDropped':
      'The query had too many different words: searched the first {{kept}}, left out {{dropped}}.',
    'search.notice.anyWordNone': 'No passage has all the words; showing passages with any of them, best matches first.',
    'search.notice.anyWordSome':
      'Only {{n}} passages had all the words; showing passages with any of them, best matches first.',
    'search.notice.anyWordOne':
      'Only 1 passage had all the words; showing passages with any of them, best matches first.',
    'search.notice.timeBudget': 'The search stopped after {{ms}} ms; these are the best matches found so far.',
    'search.notice.passageLookup':
      'Looked for the pasted text by {{phrases}} of its phrases; the likeliest source comes first.',
    'search.notice.nothingToSearch': 'Type a word to search for; filters such as kind: only narrow a search.',
  },
  zh: {
    'search.notice.termsDropped': '查询中不同的词语过多：只搜索了前 {{kept}} 个，略去 {{dropped}} 个。',
    'search.notice.anyWordNone': '没有段落包含全部词语；改为显示包含任一词语的段落，最相关的在前。',
    'search.notice.anyWordSome': '只有 {{n}} 个段落包含全部词语；改为显示包含任一词语的段落，最相关的在前。',
    'search.notice.anyWordOne': '只有 1 个段落包含全部词语；改为显示包含任一词语的段落，最相关的在前。',
    'search.notice.timeBudget': '搜索在 {{ms}} 毫秒后停止；以下是目前找到的最佳结果。',
    'search.notice.passageLookup': '按粘贴文字中的 {{phrases}} 个短语查找出处；最可能的出处排在最前。',
    'search.notice.nothingToSearch': '请输入要搜索的词语；kind: 等筛选条件只能缩小搜索范围。',
  },
};
