/**
 * CJK Radicals Supplement forms that PDF fonts map common characters to (Chromium prints 人民 as
 * 人⺠). Unicode gives most of them no compatibility mapping, so NFKC leaves them; these are
 * the ones with a unified ideograph of the same shape in simplified Chinese.
 */
const supplement: Record<string, string> = {
  '\u2E9F': '母',
  '\u2EA0': '民',
  '\u2EC4': '西',
  '\u2EC5': '见',
  '\u2EC6': '角',
  '\u2EC8': '讠',
  '\u2EC9': '贝',
  '\u2ECB': '车',
  '\u2ED0': '钅',
  '\u2ED3': '长',
  '\u2ED4': '门',
  '\u2ED7': '雨',
  '\u2ED8': '青',
  '\u2ED9': '韦',
  '\u2EDA': '页',
  '\u2EDB': '风',
  '\u2EDC': '飞',
  '\u2EDD': '食',
  '\u2EE0': '饣',
  '\u2EE2': '马',
  '\u2EE3': '骨',
  '\u2EE4': '鬼',
  '\u2EE5': '鱼',
  '\u2EE6': '鸟',
  '\u2EE7': '卤',
  '\u2EE8': '麦',
  '\u2EE9': '黄',
  '\u2EEA': '黾',
  '\u2EEC': '齐',
  '\u2EEE': '齿',
  '\u2EF0': '龙',
  '\u2EF3': '龟',
};

/** Kangxi radicals, CJK compatibility ideographs (and their supplement): NFKC folds them to unified ideographs. */
const nfkcBlocks = /[\u2F00-\u2FDF\uF900-\uFAFF]|\uD87E[\uDC00-\uDE1F]/g;
const supplementForms = /[\u2E80-\u2EFF]/g;

/**
 * Folds the look-alike code points PDF text layers use for Chinese (第⼀条 → 第一条, 接⼝ → 接口,
 * ⼈⺠ → 人民) to the unified ideographs: NFKC for the Kangxi and compatibility blocks only, so
 * full-width punctuation and everything else stays as written.
 */
export function foldCjkLookalikes(text: string): string {
  return text.replace(nfkcBlocks, (c) => c.normalize('NFKC')).replace(supplementForms, (c) => supplement[c] ?? c);
}
