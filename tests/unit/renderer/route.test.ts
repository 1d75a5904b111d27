import { describe, expect, test } from 'vitest';
import { formatPlace, hrefTo, linkTo, parsePlace } from '../../../renderer/src/nav/route';

describe('addresses', () => {
  test('nothing open is #/', () => {
    expect(formatPlace({ query: '' })).toBe('/');
  });
  test('a search is /search?q=…', () => {
    expect(formatPlace({ query: 'kind:faq rate limits' })).toBe('/search?q=kind%3Afaq+rate+limits');
  });
  test('a document is /doc/<id>', () => {
    expect(formatPlace({ docId: 'doc-1', query: '' })).toBe('/doc/doc-1');
  });
  test('a passage is /doc/<id>/p/<passageId>, with the query after it', () => {
    expect(formatPlace({ docId: 'd', passageId: 'p/9', query: '第十二条' })).toBe(
      '/doc/d/p/p%2F9?q=%E7%AC%AC%E5%8D%81%E4%BA%8C%E6%9D%A1',
    );
  });
  test.each([
    [{ query: '' }],
    [{ query: 'a "b" -c OR d*' }],
    [{ docId: 'doc 1', query: '' }],
    [{ docId: 'x', passageId: 'y#z?', query: '虚拟货币 & 交易' }],
  ])('reading back what was written gives the same place: %j', (place) => {
    expect(parsePlace(`#${formatPlace(place)}`)).toEqual(place);
  });
  test('a fragment it does not understand is nowhere', () => {
    expect(parsePlace('#token=abc')).toEqual({ query: '' });
  });
  test('a broken escape in an id is ignored, not thrown', () => {
    expect(parsePlace('#/doc/%E0%A4%A')).toEqual({ query: '' });
  });
  test('a passage without a document is ignored', () => {
    expect(parsePlace('#/doc//p/x')).toEqual({ query: '' });
  });
  test('hrefTo gives the in-app link', () => {
    expect(hrefTo('d1', 'p2')).toBe('#/doc/d1/p/p2');
  });
  test('linkTo gives the full address to copy, with no token in it', () => {
    const where = { origin: 'http://127.0.0.1:4173', pathname: '/', protocol: 'http:', host: '127.0.0.1:4173' };
    expect(linkTo('d1', 'p2', where)).toBe('http://127.0.0.1:4173/#/doc/d1/p/p2');
  });
  test("linkTo works on Electron's folio:// pages, whose origin is opaque", () => {
    const where = { origin: 'null', pathname: '/index.html', protocol: 'folio:', host: 'app' };
    expect(linkTo('d1', undefined, where)).toBe('folio://app/index.html#/doc/d1');
  });
});
