/** A heading that asks a question ("What are API rate limits?", "如何配置？"). */
export function isQuestion(text: string): boolean {
  const t = text.trim();
  return t.length > 1 && t.length <= 300 && /[?？]$/.test(t);
}
