import type { Strings } from '../strings-type';

/** Words used across the app. One file per area keeps parallel work out of each other's way. */
export const common: Strings = {
  en: {
    'common.close': 'Close',
    'common.cancel': 'Cancel',
    'common.save': 'Save',
    'common.loading': 'Loading…',
  },
  zh: {
    'common.close': '关闭',
    'common.cancel': '取消',
    'common.save': '保存',
    'common.loading': '加载中…',
  },
};
