// Re-anchoring benchmark: 10,000 highlights on one long document, then a new version of it.
// Usage: node bin/tsx-run.cjs electron/cli/bench/notes-reanchor.ts [--notes N] [--articles N]
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Note } from '../../../shared/notes-model';
import { fromDisk, importFiles } from '../../core/import/import-files';
import { loadFlatText } from '../../core/notes/anchor/doc-text';
import { quoteAt } from '../../core/notes/anchor/quote';
import { documentIdentity } from '../../core/notes/identity';
import { createKbService } from '../../core/service';
import { resourcesDir } from '../app-paths';

/** Of the articles, this share is reworded and this share removed in the new version. */
const rewordedShare = 0.05;
const removedShare = 0.01;
/** New articles inserted at the start, so every article is renumbered. */
const insertedArticles = 3;
/** Timing runs for opening the document (median taken). */
const openRuns = 7;

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

function statute(articles: number, version: 1 | 2): string {
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

/** CPU time (user + system) in milliseconds: a busy machine stretches it far less than wall time. */
function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { notes: { type: 'string' }, articles: { type: 'string' } } });
  const noteCount = Number(values.notes ?? 10_000);
  const articleCount = Number(values.articles ?? 1_500);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'folio-notes-bench-'));
  const file = path.join(dataDir, 'law.md');
  try {
    const service = await createKbService({
      dataDir,
      resourcesDir,
      appVersion: 'bench',
      importOn: 'this-thread',
      seedEmptyLibrary: false,
    });
    writeFileSync(file, statute(articleCount, 1));
    await service.importNow([file], () => undefined);
    const [doc] = await service.api.listDocuments({});
    const flat = loadFlatText(service.db, doc!.id)!;
    const identity = documentIdentity(service.db, doc!.id)!;
    const stamp = new Date().toISOString();
    const notes: Note[] = [];
    for (let i = 0; i < noteCount; i++) {
      const passage = flat.passages[i % flat.passages.length]!;
      const text = flat.text.slice(passage.start, passage.end);
      const sentences = text.split('。').filter((s) => s.length > 0);
      const sentence = sentences[Math.floor(i / flat.passages.length) % sentences.length]!;
      const start = passage.start + text.indexOf(sentence);
      notes.push({
        id: randomUUID(),
        kind: 'highlight',
        layer: 'personal',
        docId: doc!.id,
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
    service.notes.store.save(notes);

    const openPlain: number[] = [];
    const openWithNotes: number[] = [];
    for (let r = 0; r < openRuns; r++) {
      let t = performance.now();
      await service.api.getDocument({ id: doc!.id });
      openPlain.push(performance.now() - t);
      t = performance.now();
      await Promise.all([service.api.getDocument({ id: doc!.id }), service.api.documentMarks({ docId: doc!.id })]);
      openWithNotes.push(performance.now() - t);
    }

    writeFileSync(file, statute(articleCount, 2));
    const imported = await importFiles(service.db, fromDisk([file]));
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const report = service.notes.store.documentsChanged(imported.changedDocIds);
    const reanchorMs = performance.now() - started;
    const reanchorCpuMs = cpuMs(process.cpuUsage(cpuBefore));
    const figures = {
      notes: noteCount,
      passages: flat.passages.length,
      documentChars: flat.text.length,
      reanchorMs: Math.round(reanchorMs),
      notesPerSecond: Math.round(noteCount / (reanchorMs / 1000)),
      reanchorCpuMs: Math.round(reanchorCpuMs),
      notesPerCpuSecond: Math.round(noteCount / (reanchorCpuMs / 1000)),
      statuses: report,
      openDocumentMs: Math.round(median(openPlain) * 10) / 10,
      openDocumentWithNotesMs: Math.round(median(openWithNotes) * 10) / 10,
      openRatio: Math.round((median(openWithNotes) / median(openPlain)) * 100) / 100,
    };
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
    await service.close();
  } finally {
    if (!process.env.KEEP) rmSync(dataDir, { recursive: true, force: true });
    else process.stderr.write(`${dataDir}\n`);
  }
}

void main();
