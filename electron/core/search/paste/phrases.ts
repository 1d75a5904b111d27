import { foldWidth } from '../../text/normalize';
import { isStopWord } from '../query/stopwords';
import { termPieces } from '../query/term-text';

/**
 * How much text a query needs to be taken as a pasted passage, not typed words: letters
 * and digits count 1, a Chinese character (a word's worth of meaning) counts 2 — about
 * ten English words or thirty Chinese characters.
 */
export const pasteMinWeight = 60;
const cjkWeight = 2;
/** …and this many distinct words or CJK characters (a word repeated 5,000 times is no passage). */
export const pasteMinDistinct = 12;
/** Characters of a Chinese phrase: long enough to be rare, short enough to stay inside one sentence. */
export const cjkPhraseChars = 8;
/** A Chinese run shorter than this (a lone 第 or 的) says too little to be a phrase. */
export const cjkPhraseMinChars = 4;
/** Words of a Latin-script phrase. */
export const wordPhraseWords = 4;
/** Phrases probed per pasted text, spread evenly over it. */
export const pasteProbes = 16;

/**
 * The text a query holds when it looks like a pasted passage (long, varied, no filter
 * syntax), width-folded; null for an ordinary query.
 */
export function pastedText(query: string): string | null {
  const text = foldWidth(query).normalize('NFC');
  // A filter is written name:value; "kind: PluginConfig" in pasted YAML is text.
  if (/(?:^|\s)-?(?:kind|doc|lang|status):[^\s:]/i.test(text)) return null;
  const pieces = termPieces(text);
  let weight = 0;
  const distinct = new Set<string>();
  for (const p of pieces) {
    if (p.cjk) {
      for (const ch of p.text) distinct.add(ch);
      weight += cjkWeight * p.text.length;
    } else {
      distinct.add(p.text.toLowerCase());
      weight += p.text.length;
    }
    if (weight >= pasteMinWeight && distinct.size >= pasteMinDistinct) return text;
  }
  return null;
}

/**
 * Phrases to locate a pasted text by: Chinese runs cut into phrases of cjkPhraseChars
 * characters, runs of Latin-script words into phrases of wordPhraseWords words (not all
 * stop words); up to pasteProbes of them, one from each stretch of the text (the most
 * distinctive there), without repeats.
 *
 *   pastePhrases('中国人民银行依法独立执行货币政策，履行职责') → ['中国人民银行依法', '独立执行货币政策', '履行职责']
 */
export function pastePhrases(text: string): string[] {
  const windows: string[] = [];
  let words: string[] = [];
  const flushWords = () => {
    for (let i = 0; i < words.length; i += wordPhraseWords) {
      const phrase = words.slice(i, i + wordPhraseWords);
      if (phrase.length < 2) break;
      if (!phrase.every(isStopWord)) windows.push(phrase.join(' '));
    }
    words = [];
  };
  for (const p of termPieces(text)) {
    if (!p.cjk) {
      words.push(p.text);
      continue;
    }
    flushWords();
    const chars = Array.from(p.text);
    for (let i = 0; i < chars.length; i += cjkPhraseChars) {
      const phrase = chars.slice(i, i + cjkPhraseChars);
      if (phrase.length >= cjkPhraseMinChars) windows.push(phrase.join(''));
    }
  }
  flushWords();
  const unique = [...new Set(windows)];
  if (unique.length <= pasteProbes) return unique;
  // One phrase from each stretch of the text: the most distinctive one there.
  const out: string[] = [];
  for (let b = 0; b < pasteProbes; b++) {
    const from = Math.floor((b * unique.length) / pasteProbes);
    const to = Math.floor(((b + 1) * unique.length) / pasteProbes);
    let best = unique[from]!;
    for (let i = from + 1; i < to; i++) if (distinctiveness(unique[i]!) > distinctiveness(best)) best = unique[i]!;
    out.push(best);
  }
  return out;
}

/** Characters so common in Chinese prose that a phrase made of them finds everything. */
const commonCjk = new Set('的了和与及或在是为对以其之等有不应当本条规定按照依法人民国家');

/**
 * How rare a phrase probably is, without asking the index: longer words that are not
 * stop words (digits and capitals help); Chinese characters that are not everyday ones.
 */
function distinctiveness(phrase: string): number {
  let score = 0;
  for (const p of termPieces(phrase)) {
    if (p.cjk) {
      for (const ch of new Set(p.text)) if (!commonCjk.has(ch)) score += 2;
    } else if (!isStopWord(p.text)) {
      score += p.text.length + (/[\d\p{Lu}]/u.test(p.text) ? 3 : 0);
    }
  }
  return score;
}
