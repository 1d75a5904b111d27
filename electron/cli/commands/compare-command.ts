import { KbError } from '../../../shared/errors';
import type { Comparison } from '../../../shared/model';
import type { CliArgs } from '../args';
import { openService } from '../open-service';

type Print = (text: string) => void;

/** The documented `compare --json` shape: every older article once, then the added ones. */
export function comparisonJson(c: Comparison) {
  return {
    from: c.from,
    to: c.to,
    counts: c.counts,
    articles: c.articles.map((a) => ({
      ...(a.number !== undefined ? { number: a.number } : {}),
      status: a.status,
      ...(a.to !== undefined && a.status !== 'added' ? { to: a.to } : {}),
      ...(a.similarity !== undefined ? { similarity: a.similarity } : {}),
    })),
  };
}

function versionName(v: Comparison['from']): string {
  return [v.date, `v${v.version}`, v.docId].filter(Boolean).join(' ');
}

function formatComparison(c: Comparison): string {
  const lines = [
    `${c.title}: ${versionName(c.from)} → ${versionName(c.to)}`,
    Object.entries(c.counts)
      .map(([status, n]) => `${status} ${n}`)
      .join(', '),
  ];
  for (const a of c.articles) {
    if (a.status === 'unchanged') continue;
    const moved = a.to !== undefined && a.to !== a.number ? ` → ${a.to}` : '';
    const like = a.similarity !== undefined ? ` (${Math.round(a.similarity * 100)}% alike)` : '';
    lines.push(`  ${a.status.padEnd(10)} ${a.number ?? '-'}${moved}${like}`);
  }
  return lines.join('\n');
}

/** `folio compare DOC_ID [--from V] [--to V] [--json]`: a clause-level comparison of two versions. */
export async function compareCommand(args: CliArgs, print: Print): Promise<void> {
  const [id, ...extra] = args.positionals;
  if (!id || extra.length > 0) throw new KbError('INVALID_INPUT', 'compare takes one document ID (see: folio docs)');
  const service = await openService(args.dataDir, false);
  try {
    const comparison = await service.api.compareVersions({
      id,
      ...(args.from ? { from: args.from } : {}),
      ...(args.to ? { to: args.to } : {}),
    });
    print(args.json ? JSON.stringify(comparisonJson(comparison), null, 2) : formatComparison(comparison));
  } finally {
    await service.close();
  }
}
