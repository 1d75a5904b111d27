import type { Settings } from '../../shared/settings';

/** The menu's own words (roles such as Copy and Quit are worded by Electron from the OS locale). */
export const menuStrings = {
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    importFiles: 'Import Files…',
    importFolder: 'Import Folder…',
    saveAsPdf: 'Save as PDF…',
    backUpNotes: 'Back Up Notes Now',
    restoreNotes: 'Restore Notes…',
  },
  zh: {
    file: '文件',
    edit: '编辑',
    view: '视图',
    window: '窗口',
    importFiles: '导入文件…',
    importFolder: '导入文件夹…',
    saveAsPdf: '另存为 PDF…',
    backUpNotes: '立即备份笔记',
    restoreNotes: '恢复笔记…',
  },
} as const;

export type MenuLanguage = keyof typeof menuStrings;

/** The menu's language: the UI-language setting, or for 'system' the OS locale (English unless Chinese). */
export function menuLanguage(setting: Settings['uiLanguage'], osLocale: string): MenuLanguage {
  if (setting !== 'system') return setting;
  return osLocale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
