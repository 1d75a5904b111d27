import type { SynonymGroups } from '../../../../shared/model';

/** The built-in list, used until the user saves their own (Settings → Synonyms). */
export const defaultSynonyms: SynonymGroups = [
  ['央行', '中国人民银行', 'PBOC'],
  ['AML', '反洗钱', 'anti-money laundering'],
  ['429', 'too many requests', 'rate limit'],
  ['API key', 'API 密钥'],
  ['DPO', 'data protection officer'],
  ['regulator', 'supervisory authority', '监管机构'],
  ['KYC', 'know your customer', '客户身份识别', '客户尽职调查'],
];
