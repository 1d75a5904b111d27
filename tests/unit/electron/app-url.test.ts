import { describe, expect, test } from 'vitest';
import { appEntryUrl, isAppUrl } from '../../../electron/main/app-url';

describe('isAppUrl', () => {
  test('accepts the entry page', () => {
    expect(isAppUrl(appEntryUrl)).toBe(true);
  });
  test('accepts any path and hash on the app origin', () => {
    expect(isAppUrl('folio://app/assets/index-abc.js?x=1#y')).toBe(true);
  });
  test.each([
    'https://example.com/',
    'http://localhost:5173/',
    'file:///app/out/renderer/index.html',
    'folio://app',
    'folio://app.example/index.html',
    'folio://app@example.com/index.html',
    'folio://other/index.html',
    'devtools://devtools/bundled/inspector.html',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});
