import { describe, expect, it } from 'vitest';
import { findDocNumbers } from '../../../electron/core/ingest/metadata';
import { parseFile } from '../../../electron/core/ingest/parse-file';
import { docNumberKey } from '../../../electron/core/store/doc-number';

const parse = (name: string, text: string) => parseFile({ name, bytes: new TextEncoder().encode(text) });

describe('document numbers where 公文 put them', () => {
  it('a number alone on the line under the title becomes the document number, not a heading', async () => {
    const parsed = await parse(
      'notice.txt',
      '中国人民银行关于进一步防范和处置虚拟货币交易炒作风险的通知\n\n银发〔2021〕237号\n\n各单位：\n\n一、虚拟货币不具有与法定货币等同的法律地位。\n',
    );
    const doc = parsed.documents[0];
    expect([doc?.title, doc?.docNumber, doc?.passages.some((p) => `${p.title} ${p.text}`.includes('237号'))]).toEqual([
      '中国人民银行关于进一步防范和处置虚拟货币交易炒作风险的通知',
      '银发〔2021〕237号',
      false,
    ]);
  });

  it('a number alone on the line above the title does not become the title', async () => {
    const parsed = await parse(
      'notice.txt',
      '银发〔2021〕237号\n\n关于防范虚拟货币交易炒作风险的通知\n\n各单位：\n\n内容。\n',
    );
    expect([parsed.documents[0]?.title, parsed.documents[0]?.docNumber]).toEqual([
      '关于防范虚拟货币交易炒作风险的通知',
      '银发〔2021〕237号',
    ]);
  });

  it('English "No. 42 [2026]" on its own line is the number', async () => {
    const parsed = await parse(
      'notice.txt',
      'Notice on Virtual Currency\n\nYinfa No. 42 [2026]\n\nTo all banks:\n\n1. Text.\n',
    );
    expect(parsed.documents[0]?.docNumber).toBe('Yinfa [2026] No. 42');
  });

  it('"No. 42 [2026]" and 银发〔2026〕42号 share one key', () => {
    expect(docNumberKey(findDocNumbers('Yinfa No. 42 [2026]')[0] as string)).toBe(docNumberKey('银发〔2026〕42号'));
  });
});
