/** Ranked results (passage seqs, best first) judged against sets of relevant seqs, one set per judgment. */
export interface Judged {
  /** 1-based rank of the first relevant result, or null when none is in the list. */
  rank: number | null;
  /** Share of judgments with a passage in the first k results. */
  recall: number;
}

export function judge(results: readonly number[], relevant: readonly Set<number>[], k = 10): Judged {
  const top = results.slice(0, k);
  let rank: number | null = null;
  results.forEach((seq, i) => {
    if (rank === null && relevant.some((set) => set.has(seq))) rank = i + 1;
  });
  const found = relevant.filter((set) => top.some((seq) => set.has(seq))).length;
  return { rank, recall: relevant.length > 0 ? found / relevant.length : 0 };
}

/** MRR@k and recall@k over judged queries. */
export function summarize(judged: readonly Judged[], k = 10): { mrr10: number; recall10: number } {
  if (judged.length === 0) return { mrr10: 0, recall10: 0 };
  const mrr = judged.reduce((s, j) => s + (j.rank !== null && j.rank <= k ? 1 / j.rank : 0), 0) / judged.length;
  const recall = judged.reduce((s, j) => s + j.recall, 0) / judged.length;
  return { mrr10: Number(mrr.toFixed(4)), recall10: Number(recall.toFixed(4)) };
}
