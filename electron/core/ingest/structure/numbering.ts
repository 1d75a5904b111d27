/**
 * Checks a numbering sequence and describes gaps, disorder and repeats.
 * Numbers are "5", "5-1" (第五条之一), "1005.2" (§ 1005.2) or "12a".
 * @example checkSequence('articles', ['1', '2', '4']) // ['articles jump from 2 to 4']
 */
export function checkSequence(label: string, numbers: string[]): string[] {
  const warnings: string[] = [];
  const seen = new Set<string>();
  let prev: string | undefined;
  for (const number of numbers) {
    if (seen.has(number)) warnings.push(`${label}: ${number} appears more than once`);
    seen.add(number);
    if (prev !== undefined) {
      const problem = compare(prev, number);
      if (problem === 'gap') warnings.push(`${label} jump from ${prev} to ${number}`);
      if (problem === 'back') warnings.push(`${label} go back from ${prev} to ${number}`);
    }
    prev = number;
  }
  return warnings;
}

function parts(n: string): { prefix: string; main: number; sub: number } | undefined {
  const zh = /^(\d+)(?:-(\d+))?$/.exec(n);
  if (zh) return { prefix: '', main: Number(zh[1]), sub: zh[2] ? Number(zh[2]) : 0 };
  const dotted = /^(\d+)\.(\d+)([a-z]?)$/.exec(n);
  if (dotted) return { prefix: dotted[1] as string, main: Number(dotted[2]), sub: dotted[3] ? 1 : 0 };
  const lettered = /^(\d+)([a-z])$/.exec(n);
  if (lettered) return { prefix: '', main: Number(lettered[1]), sub: (lettered[2] as string).charCodeAt(0) - 96 };
  return undefined;
}

function compare(prev: string, next: string): 'ok' | 'gap' | 'back' {
  const a = parts(prev);
  const b = parts(next);
  if (!a || !b || a.prefix !== b.prefix) return 'ok';
  if (b.main === a.main) return b.sub > a.sub ? 'ok' : 'back';
  if (b.main === a.main + 1) return b.sub === 0 ? 'ok' : 'gap';
  if (b.main < a.main) return 'back';
  return a.prefix === '' ? 'gap' : 'ok';
}
