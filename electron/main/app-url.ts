/**
 * The app's own origin. Every page and asset is served from `folio://app/…` by
 * protocol.ts; anything else is foreign and is refused by the window and session guards.
 */
export const appScheme = 'folio';
export const appHost = 'app';
export const appOrigin = `${appScheme}://${appHost}`;
/** What the window loads. */
export const appEntryUrl = `${appOrigin}/index.html`;

/**
 * True only for URLs on the app's own origin. The trailing slash matters: it keeps out
 * look-alikes such as `folio://app.example/` and `folio://app@example/`.
 *
 * @example
 *   isAppUrl('folio://app/index.html#/doc/1'); // true
 *   isAppUrl('https://example.com/'); // false
 */
export function isAppUrl(url: string): boolean {
  return url.startsWith(`${appOrigin}/`);
}
