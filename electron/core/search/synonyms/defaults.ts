import type { SynonymGroups } from '../../../../shared/model';

/**
 * The built-in list, used until the user saves their own (Settings → Synonyms): names
 * and abbreviations of regulators and laws, and the paraphrases regulatory texts and
 * API documentation use for the same thing (a notice says "notify" where a reader asks
 * about "reporting"; a law says "erasure" where a reader says "delete").
 */
export const defaultSynonyms: SynonymGroups = [
  ['央行', '中国人民银行', 'PBOC'],
  ['AML', '反洗钱', 'anti-money laundering'],
  ['429', 'too many requests', 'rate limit'],
  ['API key', 'API 密钥'],
  ['DPO', 'data protection officer'],
  ['regulator', 'supervisory authority', 'competent authority', '监管机构', '监督管理机构'],
  ['KYC', 'know your customer', '客户身份识别', '客户尽职调查'],
  ['GDPR', 'General Data Protection Regulation'],
  ['privacy', 'data protection'],
  ['report', 'notify', 'notification'],
  ['cap', 'limit', 'quota', 'throttle', 'throttling'],
  ['delete', 'deletion', 'erase', 'erasure', 'remove'],
  ['fine', 'penalty', 'sanction', '处罚', '罚款'],
  ['legal basis', 'lawful basis', 'lawfulness'],
  ['copy', 'clone', 'duplicate'],
  ['smallest', 'minimum', 'minimal'],
  ['largest', 'maximum', 'max'],
  ['admin', 'administrator'],
  ['canary release', 'gray release', 'grey release', '灰度发布'],
  ['verbosity', 'log level', 'logging level'],
  ['级别', '等级'],
  ['职责', '职能'],
  ['出境', '境外提供', '跨境提供'],
  ['撤回', '撤销'],
  ['伪造', '变造'],
];
