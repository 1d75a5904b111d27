import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, test, vi } from 'vitest';
import { buildMenuTemplate, type MenuOptions } from '../../../electron/main/menu';
import { menuLanguage } from '../../../electron/main/menu-strings';

vi.mock('electron', () => {
  throw new Error('electron must not be loaded by menu');
});

function template(changes: Partial<MenuOptions> = {}) {
  return buildMenuTemplate({
    appName: 'Folio',
    platform: 'linux',
    isPackaged: true,
    importFiles: vi.fn(),
    importFolder: vi.fn(),
    saveAsPdf: vi.fn(),
    ...changes,
  });
}

const labelOf = (item: MenuItemConstructorOptions) => item.label ?? item.role;
const submenu = (items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] => {
  const menu = items.find((item) => labelOf(item) === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
};
const entries = (items: MenuItemConstructorOptions[]) => items.map((item) => item.role ?? item.label ?? item.type);

describe('the menu in Chinese', () => {
  test('names its menus and items in Chinese', () => {
    const zh = template({ language: 'zh' });
    expect([zh.map(labelOf), entries(submenu(zh, '文件'))]).toEqual([
      ['文件', '编辑', '视图', '窗口', 'help'],
      ['导入文件…', '导入文件夹…', 'separator', '另存为 PDF…', 'separator', 'quit'],
    ]);
  });
  test("follows the UI-language setting, and the OS locale for 'system'", () => {
    expect([
      menuLanguage('zh', 'en-US'),
      menuLanguage('en', 'zh-CN'),
      menuLanguage('system', 'zh-TW'),
      menuLanguage('system', 'fr-FR'),
    ]).toEqual(['zh', 'en', 'zh', 'en']);
  });
});

describe('the application menu (Windows and Linux)', () => {
  test('has File, Edit, View, Window and Help', () => {
    expect(template().map(labelOf)).toEqual(['File', 'Edit', 'View', 'Window', 'help']);
  });
  test('File offers both imports, Save as PDF…, then Quit', () => {
    expect(entries(submenu(template(), 'File'))).toEqual([
      'Import Files…',
      'Import Folder…',
      'separator',
      'Save as PDF…',
      'separator',
      'quit',
    ]);
  });
  test('Save as PDF… uses Ctrl/Cmd+Shift+S and calls saveAsPdf', () => {
    const saveAsPdf = vi.fn();
    const item = submenu(template({ saveAsPdf }), 'File')[3]!;
    (item.click as () => void)();
    expect([item.accelerator, saveAsPdf.mock.calls.length]).toEqual(['CmdOrCtrl+Shift+S', 1]);
  });
  test('Import Files… uses Ctrl/Cmd+O', () => {
    expect(submenu(template(), 'File')[0]!.accelerator).toBe('CmdOrCtrl+O');
  });
  test('Import Folder… uses Ctrl/Cmd+Shift+O', () => {
    expect(submenu(template(), 'File')[1]!.accelerator).toBe('CmdOrCtrl+Shift+O');
  });
  test('Import Files… runs the file import', () => {
    const importFiles = vi.fn();
    const importFolder = vi.fn();
    const click = submenu(template({ importFiles, importFolder }), 'File')[0]!.click as () => void;
    click();
    expect([importFiles.mock.calls.length, importFolder.mock.calls.length]).toEqual([1, 0]);
  });
  test('Import Folder… runs the folder import', () => {
    const importFiles = vi.fn();
    const importFolder = vi.fn();
    const click = submenu(template({ importFiles, importFolder }), 'File')[1]!.click as () => void;
    click();
    expect([importFiles.mock.calls.length, importFolder.mock.calls.length]).toEqual([0, 1]);
  });
  test('Edit has the editing roles', () => {
    expect(entries(submenu(template(), 'Edit'))).toEqual([
      'undo',
      'redo',
      'separator',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
  });
  test('View in a packaged app has no DevTools', () => {
    expect(entries(submenu(template({ isPackaged: true }), 'View'))).toEqual([
      'reload',
      'separator',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'separator',
      'togglefullscreen',
    ]);
  });
  test('View in development offers DevTools after Reload', () => {
    expect(entries(submenu(template({ isPackaged: false }), 'View')).slice(0, 2)).toEqual(['reload', 'toggleDevTools']);
  });
  test('Window has minimize and close', () => {
    expect(entries(submenu(template(), 'Window'))).toEqual(['minimize', 'close']);
  });
  test('Help has About', () => {
    expect(entries(submenu(template(), 'help'))).toEqual(['about']);
  });
});

describe('the application menu (macOS)', () => {
  const mac = () => template({ platform: 'darwin' });

  test('starts with the app menu and has no Help menu', () => {
    expect(mac().map(labelOf)).toEqual(['Folio', 'File', 'Edit', 'View', 'Window']);
  });
  test('the app menu has About, the standard app roles and Quit', () => {
    expect(entries(submenu(mac(), 'Folio'))).toEqual([
      'about',
      'separator',
      'services',
      'separator',
      'hide',
      'hideOthers',
      'unhide',
      'separator',
      'quit',
    ]);
  });
  test('File ends with Close Window instead of Quit', () => {
    expect(entries(submenu(mac(), 'File')).at(-1)).toBe('close');
  });
  test('Window has the macOS window roles', () => {
    expect(entries(submenu(mac(), 'Window'))).toEqual(['minimize', 'zoom', 'separator', 'front']);
  });
});
