/**
 * Words dropped from plain-language questions ("how can I avoid going over the rate
 * limit?"). Chinese ones are dropped when they stand alone as a term or as a word the
 * segmenter finds in a run, never from inside a run searched as a substring.
 */
const english = `a about above after again all also am an and any are as at be been being before but by can
could did do does doing done during each else ever every for from get gets getting go goes going got had has must need
have having he her here hers him his how i if in into is it its itself just let me more most my no nor of off
on once only or other our ours out over own please same shall she should so some such than that the their
theirs them then there these they this those through to too under until up upon us very was we were what
when where whether which while who whom whose why will with within would you your yours
someone somebody something anyone anybody anything everyone everybody everything make want`;

const chinese = `的 了 是 如何 什么 怎么 怎样 怎么样 吗 呢 吧 啊 呀 么 哪些 哪个 哪里 为什么 为何 请问 我 我们 你 你们
他 她 它 他们 这 那 这个 那个 这些 那些 有 有没有 在 和 与 及 或 或者 把 被 对 能 能否 可以 会 要 应该 需要 是否
一下 一个 之 其 也 都 就 又 还 而 并 等 着 过 给 让 从 向 到 用 于 以 由`;

const stopWords = new Set([...english.split(/\s+/), ...chinese.split(/\s+/)].filter(Boolean));

/** True for a word that carries no meaning on its own (case-insensitive). */
export function isStopWord(word: string): boolean {
  return stopWords.has(word.toLowerCase());
}
