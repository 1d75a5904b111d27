import { describe, expect, it } from 'vitest';
import { catalog } from '../../../renderer/src/i18n/catalog';
import { initI18n, preferredUiLanguage } from '../../../renderer/src/i18n/i18n';

describe('UI string catalogue', () => {
  it('has the same keys in English and Chinese', () => {
    expect(Object.keys(catalog.zh).sort()).toEqual(Object.keys(catalog.en).sort());
  });

  it('has no empty string in either language', () => {
    const empty = [...Object.entries(catalog.en), ...Object.entries(catalog.zh)].filter(([, v]) => v.trim() === '');
    expect(empty).toEqual([]);
  });
});

describe('preferredUiLanguage', () => {
  it('picks Chinese for a zh-CN system', () => {
    expect(preferredUiLanguage(['zh-CN', 'en-US'])).toBe('zh');
  });

  it('falls back to English for a language Folio does not ship', () => {
    expect(preferredUiLanguage(['fr-FR', 'de'])).toBe('en');
  });
});

describe('initI18n', () => {
  it('translates synchronously, before the first paint', () => {
    expect(initI18n('zh').t('common.close')).toBe('关闭');
  });
});
