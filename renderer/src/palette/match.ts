import type { PaletteCommand } from './registry';

/** Folds case and full-width forms so 'ＡＢＣ' and 'abc' match. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * How well `needle` matches `haystack`: -1 for no match; higher is better. A substring
 * beats a scattered subsequence; an earlier position beats a later one.
 */
export function matchScore(needle: string, haystack: string): number {
  const n = fold(needle.trim());
  if (n === '') return 0;
  const h = fold(haystack);
  const at = h.indexOf(n);
  if (at >= 0) return 1000 - Math.min(at, 999);
  let from = 0;
  let gaps = 0;
  for (const ch of n) {
    if (ch === ' ') continue;
    const found = h.indexOf(ch, from);
    if (found < 0) return -1;
    gaps += found - from;
    from = found + 1;
  }
  return Math.max(1, 500 - gaps);
}

const groupOrder: Record<PaletteCommand['group'], number> = { command: 0, clause: 1, document: 2 };

/** The commands matching `needle`, best first (ties keep group order, then the given order). */
export function filterCommands(commands: readonly PaletteCommand[], needle: string, limit = 50): PaletteCommand[] {
  return commands
    .map((command, index) => ({
      command,
      index,
      score: Math.max(
        matchScore(needle, command.label),
        command.keywords ? matchScore(needle, command.keywords) : -1,
        command.detail ? matchScore(needle, command.detail) - 1 : -1,
      ),
    }))
    .filter((entry) => entry.score >= 0)
    .sort((a, b) => b.score - a.score || groupOrder[a.command.group] - groupOrder[b.command.group] || a.index - b.index)
    .slice(0, limit)
    .map((entry) => entry.command);
}
