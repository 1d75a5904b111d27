import type Database from 'better-sqlite3';
import type { FolioSearchEngine } from '../../core/search/create-engine';
import { percentile, round } from './stats';

/** Passages sampled per span length (the figure). */
export const pasteSamples = 200;
/** Pasted span lengths in characters (the figures). */
export const pasteLengths = [100, 400, 2000] as const;
/** Fixed, so every run pastes the same spans. */
const pasteSeed = 20_260_101;

export interface PasteFigure {
  chars: number;
  samples: number;
  p50Ms: number;
  p95Ms: number;
  /** Share of pastes whose first hit holds the pasted span (its source, or a copy differing only in spacing). */
  sourceFirst: number;
}

/** Whitespace runs as one space: a copy of a passage imported from another format counts as its source. */
const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A small seeded generator (mulberry32): the same spans on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Paste to find: for each length, spans of that many characters cut at random from
 * random passages at least that long, searched as typed; how long each took and whether
 * the first hit holds the span.
 */
export function pasteFigures(db: Database.Database, engine: FolioSearchEngine): PasteFigure[] {
  const next = random(pasteSeed);
  const textOf = db.prepare<[string], { text: string }>('SELECT text FROM passages WHERE id = ?');
  return pasteLengths.map((chars) => {
    const pool = db
      .prepare<[number], { id: string; text: string }>(
        `SELECT p.id, p.text FROM passages p JOIN documents d ON d.current_version_id = p.version_id
         WHERE length(p.text) >= ? ORDER BY p.seq`,
      )
      .all(chars);
    const times: number[] = [];
    let first = 0;
    const samples = Math.min(pasteSamples, pool.length);
    for (let i = 0; i < samples; i++) {
      const passage = pool[Math.floor(next() * pool.length)]!;
      const start = Math.floor(next() * (passage.text.length - chars + 1));
      const span = passage.text.slice(start, start + chars);
      const t = performance.now();
      const hit = engine.search({ query: span, limit: 20 }).hits[0];
      times.push(performance.now() - t);
      if (hit && spaced(textOf.get(hit.passageId)?.text ?? '').includes(spaced(span))) first++;
    }
    return {
      chars,
      samples,
      p50Ms: round(percentile(times, 50), 1),
      p95Ms: round(percentile(times, 95), 1),
      sourceFirst: samples > 0 ? round(first / samples, 3) : Number.NaN,
    };
  });
}
