// A generated long statute and highlights on it, shared by the notes benchmarks.
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Note } from '../../../shared/notes-model';
import { loadFlatText } from '../../core/notes/anchor/doc-text';
import { quoteAt } from '../../core/notes/anchor/quote';
import { documentIdentity } from '../../core/notes/identity';

/** Of the articles, this share is reworded and this share removed in the new version. */
const rewordedShare = 0.05;
const removedShare = 0.01;
/** New articles inserted at the start, so every article is renumbered. */
const insertedArticles = 3;
const subjects = ['金融机构', '支付机构', '证券公司', '保险公司', '信托公司', '基金管理人', '期货公司', '银行'];
const duties = [
  '建立健全内部控制制度',
  '保存客户身份资料',
  '报告可疑交易',
  '开展风险评估',
  '落实实名制要求',
  '配合监督检查',
];
/** Varied wording, so articles differ the way a real statute's do (not only in their numbers). */
const phrases = [
  '跨境资金流动',
  '客户尽职调查',
  '受益所有人信息',
  '高风险国家或者地区',
  '大额现金交易',
  '电子支付账户',
  '虚拟资产服务',
  '反恐怖融资名单',
  '员工培训制度',
  '独立审计安排',
  '数据安全保护',
  '个人信息处理',
  '信息系统建设',
  '监管报送',
  '风险提示',
  '异常交易监测',
  '账户冻结',
  '涉案资金',
  '举报线索',
  '行政处罚决定',
];

/** A small deterministic generator (mulberry32), so every run builds the same statute. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function phrase(next: () => number): string {
  return phrases[Math.floor(next() * phrases.length)]!;
}

const digits = '零一二三四五六七八九';

/** 1…9999 in Chinese numerals, as statutes number their articles (第一千二百三十四条). */
function chinese(n: number): string {
  const units = ['', '十', '百', '千'];
  const parts = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  parts.forEach((d, i) => {
    const unit = units[parts.length - 1 - i]!;
    if (d === 0) zero = out.length > 0;
    else {
      if (zero) out += '零';
      zero = false;
      out += (d === 1 && unit === '十' && out.length === 0 ? '' : digits[d]) + unit;
    }
  });
  return out;
}

function article(n: number, label: string, reworded: boolean): string {
  const next = random(n);
  const s = subjects[n % subjects.length]!;
  const d = duties[(n * 7) % duties.length]!;
  const sentences = [
    `${s}应当就${phrase(next)}和${phrase(next)}${d}，并在${(n % 28) + 2}个工作日内完成${phrase(next)}。`,
    `涉及${phrase(next)}的，由主管部门会同${phrase(next)}责任单位责令改正，处${n * 10}元以上${n * 50}元以下罚款。`,
    `本条所称${phrase(next)}，${reworded ? '依照国务院规定确定' : '由国务院有关部门另行规定'}，${phrase(next)}除外。`,
    `对于${phrase(next)}的情形，${s}应当在${n % 12}个月内就${phrase(next)}向社会公开披露。`,
  ];
  return `${label} ${sentences.join('')}`;
}

export function statute(articles: number, version: 1 | 2): string {
  const lines: string[] = [];
  let number = 1;
  if (version === 2)
    for (let i = 0; i < insertedArticles; i++) lines.push(`第${chinese(number++)}条 新增的第${i}条总则规定。`);
  for (let n = 1; n <= articles; n++) {
    const removed = version === 2 && n % Math.round(1 / removedShare) === 0;
    if (removed) continue;
    const reworded = version === 2 && n % Math.round(1 / rewordedShare) === 1;
    lines.push(article(n, `第${chinese(number++)}条`, reworded));
  }
  return `# 基准测试法\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n${lines.join('\n\n')}\n`;
}

/**
 * `count` highlights on a document's current version, one sentence each, spread over its
 * passages in turn (the second round takes each passage's second sentence, and so on).
 */
export function sentenceHighlights(library: Database.Database, docId: string, count: number): Note[] {
  const flat = loadFlatText(library, docId)!;
  const identity = documentIdentity(library, docId)!;
  const stamp = new Date().toISOString();
  const notes: Note[] = [];
  for (let i = 0; i < count; i++) {
    const passage = flat.passages[i % flat.passages.length]!;
    const text = flat.text.slice(passage.start, passage.end);
    const sentences = text.split('。').filter((s) => s.length > 0);
    const sentence = sentences[Math.floor(i / flat.passages.length) % sentences.length]!;
    const start = passage.start + text.indexOf(sentence);
    notes.push({
      id: randomUUID(),
      kind: 'highlight',
      layer: 'personal',
      docId,
      identity,
      version: flat.version,
      anchor: {
        passageId: passage.id,
        endPassageId: passage.id,
        start: start - passage.start,
        end: start - passage.start + sentence.length,
        ...(passage.number ? { number: passage.number } : {}),
      },
      quote: quoteAt(flat.text, start, start + sentence.length),
      status: 'anchored',
      needsReview: false,
      colour: 'yellow',
      noteFormat: 'plain',
      tags: [],
      createdAt: stamp,
      updatedAt: stamp,
    });
  }
  return notes;
}
