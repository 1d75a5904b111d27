import { describe, expect, it } from 'vitest';
import { citationText } from '../../../renderer/src/reader/citation';
import { passageLink } from '../../../renderer/src/reader/links';

const base = { origin: 'http://127.0.0.1:4000', pathname: '/' };

describe('copy link and citation', () => {
  it('a passage link is the page address with #/doc/<id>/p/<passageId>', () => {
    expect(passageLink(base, 'd1', 'p2')).toBe('http://127.0.0.1:4000/#/doc/d1/p/p2');
  });

  it('cites a Chinese law in Chinese style with the clause as written', () => {
    expect(
      citationText(
        { title: '中华人民共和国中国人民银行法', lang: 'zh', issuedDate: '2003-12-27' },
        { kind: 'article', number: '32' },
        'LINK',
      ),
    ).toBe('《中华人民共和国中国人民银行法》第三十二条，2003-12-27版。LINK');
  });

  it('cites an English notice with its number, clause and version date', () => {
    expect(
      citationText(
        { title: 'Notice on Virtual Currency', lang: 'en', docNumber: 'Yinfa [2026] No. 42', issuedDate: '2026-01-20' },
        { kind: 'article', number: '9' },
        'LINK',
      ),
    ).toBe('Notice on Virtual Currency (Yinfa [2026] No. 42), Art. 9 (version of 2026-01-20). LINK');
  });
});
