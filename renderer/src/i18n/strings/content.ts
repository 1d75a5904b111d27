import type { Strings } from '../strings-type';

/** Words of the passage content view (links inside imported text). */
export const content: Strings = {
  en: {
    'content.copy': 'Copy link',
    'content.copied': 'Copied',
    'content.copyLink': 'Copy this link’s address',
    'content.open': 'Open',
    'content.openLink': 'Open this link in your browser',
    'content.openConfirm': 'Open {{url}} in your web browser?',
  },
  zh: {
    'content.copy': '复制链接',
    'content.copied': '已复制',
    'content.copyLink': '复制此链接的地址',
    'content.open': '打开',
    'content.openLink': '在浏览器中打开此链接',
    'content.openConfirm': '在网页浏览器中打开 {{url}}？',
  },
};
