import { describe, expect, it } from 'vitest';
import { corpusPath, hasCorpus, noCorpusReason } from '../../support/corpus';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';
import { docIdBySource, libraryOf, pbocLaw } from './library';

const tempDir = tempDirsCleanedAfterEachTest();
const bankingLaw = corpusPath('cn-laws', '民法商法', '商业银行法(2015-08-29).md');

describe.skipIf(!hasCorpus)(`clauses cited by other laws (${hasCorpus ? 'corpus' : noCorpusReason})`, () => {
  it('articles 32 and 34 of 中国人民银行法 are cited by article 62 of 商业银行法', async () => {
    const service = await libraryOf(tempDir(), [pbocLaw, bankingLaw]);
    const pboc = await docIdBySource(service, '中国人民银行法(2003-12-27).md');
    const banking = await docIdBySource(service, '商业银行法(2015-08-29).md');
    const pbocDoc = await service.api.getDocument({ id: pboc });
    const bankingDoc = await service.api.getDocument({ id: banking });
    const cited = await service.api.citedElsewhere({ id: pboc });
    await service.close();
    const article = (n: string) => pbocDoc.passages.find((p) => p.kind === 'article' && p.number === n)?.id;
    const a62 = bankingDoc.passages.find((p) => p.kind === 'article' && p.number === '62');
    const citer = {
      passageId: a62?.id,
      count: 1,
      docId: banking,
      docTitle: '中华人民共和国商业银行法',
      kind: 'article',
      number: '62',
    };
    expect(cited).toEqual([
      { passageId: article('32'), citedBy: [citer] },
      { passageId: article('34'), citedBy: [citer] },
    ]);
  });
});
