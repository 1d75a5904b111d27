import type { Strings } from '../strings-type';

export const synonyms: Strings = {
  en: {
    'synonyms.groups': 'One group per line, terms separated by commas',
    'synonyms.saved': 'Saved',
    'synonyms.saving': 'Saving…',
  },
  zh: {
    'synonyms.groups': '每行一组，词语之间用逗号分隔',
    'synonyms.saved': '已保存',
    'synonyms.saving': '正在保存…',
  },
};
