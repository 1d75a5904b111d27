import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import { findCrossRefs } from '../../../electron/core/law/crossref';
import { attachCrossRefs } from '../../../electron/core/law/resolve-refs';
import { hasCorpus, noCorpusReason } from '../../support/corpus';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';
import { article, openTestLibrary } from '../search/helpers';
import { docIdBySource, libraryOf, pbocLaw } from './library';

const tempDir = tempDirsCleanedAfterEachTest();

const refs = (text: string) => findCrossRefs(text).map((r) => [text.slice(r.start, r.end), r]);

describe('finding cross-references in a passage', () => {
  it('本法第十条第二款 is one reference to article 10, its second 款', () => {
    expect(refs('依照本法第十条第二款的规定')).toEqual([
      ['本法第十条第二款', { start: 2, end: 10, kind: 'clause', number: '10', paragraph: 2 }],
    ]);
  });

  it('第五条之一 refers to article 5-1', () => {
    expect(findCrossRefs('违反第五条之一规定')).toEqual([{ start: 2, end: 7, kind: 'clause', number: '5-1' }]);
  });

  it('an article of a named law refers to that law', () => {
    expect(findCrossRefs('依照《中华人民共和国刑法》第一百九十一条')).toEqual([
      { start: 2, end: 20, kind: 'titled-clause', title: '中华人民共和国刑法', number: '191' },
    ]);
  });

  it('Articles 5 and 6 are two references', () => {
    expect(refs('as set out in Articles 5 and 6.').map(([text]) => text)).toEqual(['Articles 5', '6']);
  });

  it('Art. 17(1)(b) refers to article 17', () => {
    expect(refs('see Art. 17(1)(b)')).toEqual([['Art. 17(1)(b)', { start: 4, end: 17, kind: 'clause', number: '17' }]]);
  });

  it('an article of another act is not a reference into this document', () => {
    expect(findCrossRefs('Article 6 of Regulation (EU) 2016/679 applies')).toEqual([]);
  });
});

describe.skipIf(!hasCorpus)(`references inside 中国人民银行法 (${hasCorpus ? 'corpus' : noCorpusReason})`, () => {
  it('第三十二条 in article 46 links to article 32, and article 32 is cited by 46', async () => {
    const service = await libraryOf(tempDir(), [pbocLaw]);
    const id = await docIdBySource(service, '中国人民银行法(2003-12-27).md');
    const doc = await service.api.getDocument({ id });
    await service.close();
    const byNumber = (n: string) => doc.passages.find((p) => p.kind === 'article' && p.number === n);
    const a46 = byNumber('46');
    const a32 = byNumber('32');
    const link = a46?.refs?.find((r) => a46.text.slice(r.start, r.end).includes('第三十二条'));
    expect([link?.passageId, a32?.citedBy]).toEqual([a32?.id, [{ passageId: a46?.id, count: 1 }]]);
  });
});

describe('references to a 款', () => {
  const passages = [
    {
      id: 'a10',
      kind: 'article' as const,
      number: '10',
      text: '第一款内容。\n\n第二款内容：\n\n（一）甲；\n\n（二）乙。\n\n违反前款规定的，依照本条第一款处理。',
    },
    { id: 'a11', kind: 'article' as const, number: '11', text: '依照本法第十条第二款的规定。' },
  ];

  it('本法第十条第二款 lands on the paragraph where that 款 starts', () => {
    const db = openDatabase(tempDir());
    const linked = attachCrossRefs(db, 'd1', passages);
    db.close();
    expect(linked[1]?.refs).toEqual([{ start: 2, end: 10, docId: 'd1', passageId: 'a10', paragraph: 1 }]);
  });

  it('前款 after items is the 款 above them, not the last item; 本条第一款 is the first paragraph', () => {
    const db = openDatabase(tempDir());
    const linked = attachCrossRefs(db, 'd1', passages);
    db.close();
    expect(linked[0]?.refs?.map((r) => [passages[0]?.text.slice(r.start, r.end), r.paragraph])).toEqual([
      ['前款', 1],
      ['本条第一款', 0],
    ]);
  });
});

describe('a bare law title before an article', () => {
  it('刑法第一百九十一条 after 依照 refers to 刑法', () => {
    expect(findCrossRefs('依照刑法第一百九十一条的规定')).toEqual([
      { start: 2, end: 11, kind: 'titled-clause', title: '刑法', number: '191' },
    ]);
  });

  it('本法第十条 after 依照 stays a reference into this law', () => {
    expect(findCrossRefs('依照本法第十条的规定')).toEqual([{ start: 2, end: 7, kind: 'clause', number: '10' }]);
  });
});

describe('a list of articles of a named law', () => {
  it('《…法》第三十二条、第三十四条: both numbers belong to that law', () => {
    expect(findCrossRefs('依照《中华人民共和国中国人民银行法》第三十二条、第三十四条的规定')).toEqual([
      { start: 2, end: 23, kind: 'titled-clause', title: '中华人民共和国中国人民银行法', number: '32' },
      { start: 24, end: 29, kind: 'titled-clause', title: '中华人民共和国中国人民银行法', number: '34' },
    ]);
  });
});

describe('references between documents', () => {
  it('Yinfa [2021] No. 237 in one notice links to the document numbered 银发〔2021〕237号', () => {
    const lib = openTestLibrary({ persist: false });
    const old = lib.add({
      title: '旧通知',
      lang: 'zh',
      docNumber: '银发〔2021〕237号',
      passages: [article('1', '甲')],
    });
    const text = 'The Notice (Yinfa [2021] No. 237) is hereby repealed.';
    const linked = attachCrossRefs(lib.db, 'd-new', [{ id: 'p1', kind: 'paragraph', text }]);
    lib.close();
    expect(linked[0]?.refs?.map((r) => [text.slice(r.start, r.end), r.docId])).toEqual([['Yinfa [2021] No. 237', old]]);
  });

  it('《中华人民共和国中国人民银行法》第三十二条 links to article 32 of that law in the library', () => {
    const lib = openTestLibrary({ persist: false });
    const pboc = lib.add({
      title: '中华人民共和国中国人民银行法',
      lang: 'zh',
      passages: [article('32', '中国人民银行有权对金融机构进行检查监督。')],
    });
    const text = '依照《中华人民共和国中国人民银行法》第三十二条的规定';
    const linked = attachCrossRefs(lib.db, 'd-other', [{ id: 'p1', kind: 'article', number: '62', text }]);
    const a32 = lib.db.prepare("SELECT id FROM passages WHERE document_id = ? AND number = '32'").get(pboc) as {
      id: string;
    };
    lib.close();
    expect(linked[0]?.refs).toEqual([{ start: 2, end: 23, docId: pboc, passageId: a32.id }]);
  });
});
