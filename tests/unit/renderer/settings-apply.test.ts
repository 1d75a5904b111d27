import { describe, expect, test } from 'vitest';
import { applyToRoot, resolveTheme, resolveUiLanguage } from '../../../renderer/src/settings/apply';
import { cacheSettings, readCachedSettings } from '../../../renderer/src/settings/cache';
import { defaultSettings } from '../../../shared/settings';

function fakeRoot() {
  const props = new Map<string, string>();
  const root = {
    dataset: {} as Record<string, string>,
    lang: '',
    style: { colorScheme: '', setProperty: (name: string, value: string) => void props.set(name, value) },
  };
  return { root, props };
}

const light = { prefersDark: false, languages: ['en-US'] };
const darkZh = { prefersDark: true, languages: ['zh-CN'] };

describe('settings on <html>', () => {
  test("'system' theme follows the OS", () => {
    expect([resolveTheme('system', light), resolveTheme('system', darkZh)]).toEqual(['light', 'dark']);
  });
  test('an explicit theme wins over the OS', () => {
    expect(resolveTheme('light', darkZh)).toBe('light');
  });
  test("'system' language follows the OS locale", () => {
    expect([resolveUiLanguage('system', light), resolveUiLanguage('system', darkZh)]).toEqual(['en', 'zh']);
  });
  test('applying sets data-theme, lang, color-scheme and the font-scale variable', () => {
    const { root, props } = fakeRoot();
    applyToRoot(root as unknown as HTMLElement, { fontScale: 1.2, theme: 'system', uiLanguage: 'system' }, darkZh);
    expect([root.dataset.theme, root.lang, root.style.colorScheme, props.get('--font-scale')]).toEqual([
      'dark',
      'zh-CN',
      'dark',
      '1.2',
    ]);
  });
});

describe('the settings cache read before the first paint', () => {
  const store = () => {
    const map = new Map<string, string>();
    return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
  };
  test('an empty cache gives the defaults', () => {
    expect(readCachedSettings(store())).toEqual(defaultSettings);
  });
  test('what was cached is read back', () => {
    const s = store();
    cacheSettings(s, { fontScale: 1.4, theme: 'dark', uiLanguage: 'zh' });
    expect(readCachedSettings(s)).toEqual({ fontScale: 1.4, theme: 'dark', uiLanguage: 'zh' });
  });
  test('a corrupt cache gives the defaults', () => {
    const s = store();
    s.setItem('folio.settings', '{oops');
    expect(readCachedSettings(s)).toEqual(defaultSettings);
  });
});
