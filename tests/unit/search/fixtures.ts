import type { ParsedPassage } from '../../../electron/core/ingest/types';
import { article, faq, section } from './helpers';

/**
 * Excerpts of 中华人民共和国反洗钱法 (2024) and 中国人民银行法 (2003), from the shared
 * corpus (cn-laws, LawRefBook/Laws; statutes are outside copyright), shortened.
 */
export const amlLaw: ParsedPassage[] = [
  article(
    '1',
    '为了预防洗钱活动，遏制洗钱以及相关犯罪，加强和规范反洗钱工作，维护金融秩序、社会公共利益和国家安全，根据宪法，制定本法。',
  ),
  article(
    '2',
    '本法所称反洗钱，是指为了预防通过各种方式掩饰、隐瞒犯罪所得及其收益的来源和性质的洗钱活动，依照本法规定采取相关措施的行为。',
  ),
  article(
    '3',
    '反洗钱工作应当贯彻落实党和国家路线方针政策、决策部署，坚持总体国家安全观，完善监督管理体制机制，健全风险防控体系。',
  ),
  article(
    '4',
    '反洗钱工作应当依法进行，确保反洗钱措施与洗钱风险相适应，保障正常金融服务和资金流转顺利进行，维护单位和个人的合法权益。',
  ),
  article(
    '5',
    '国务院反洗钱行政主管部门负责全国的反洗钱监督管理工作。国务院有关部门在各自的职责范围内履行反洗钱监督管理职责。',
  ),
  article(
    '29',
    '金融机构应当按照规定建立客户尽职调查制度。金融机构不得为身份不明的客户提供服务或者与其进行交易，不得为客户开立匿名账户或者假名账户。',
  ),
  article('60', '本法自2025年1月1日起施行。'),
];

export const pbocLaw: ParsedPassage[] = [
  article(
    '1',
    '为了确立中国人民银行的地位，明确其职责，保证国家货币政策的正确制定和执行，建立和完善中央银行宏观调控体系，维护金融稳定，制定本法。',
  ),
  article(
    '2',
    '中国人民银行是中华人民共和国的中央银行。中国人民银行在国务院领导下，制定和执行货币政策，防范和化解金融风险，维护金融稳定。',
  ),
  article(
    '4',
    '中国人民银行履行下列职责：（一）发布与履行其职责有关的命令和规章；（二）依法制定和执行货币政策；（三）发行人民币，管理人民币流通；',
  ),
  article('53', '本法自公布之日起施行。'),
];

/** A bilingual API FAQ in the manner of the APISIX docs (Apache-2.0), rewritten short. */
export const apiFaq: ParsedPassage[] = [
  faq('What are API rate limits?', 'API rate limits cap how many requests a client may send in a time window.'),
  faq(
    'How do I fix a 429 error?',
    'A 429 Too Many Requests response means the client sent too many requests; wait for Retry-After.',
  ),
  faq(
    'Why are production API keys important?',
    'Production API keys give access to live data; sandbox keys are for tests.',
  ),
  section('限流插件', '使用 limit-count 插件可以对 API 限流。当请求超过限制时返回 429 错误。'),
  section('API 密钥', '每个消费者需要一个 API 密钥（key-auth 插件）才能访问路由。'),
  section('Caching', 'Caching responses reduces the number of requests sent upstream and helps stay within limits.'),
];
