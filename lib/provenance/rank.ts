/**
 * The order in which the card lists an entry's occurrences, best first: the earliest use in
 * the corpus, then one use per seed speech family, then a spread over time (the latest year,
 * the middle, the quarters…), one use per year per round, so the first few lines already
 * span the phrase's life. Pure, on offsets and metadata.
 */
import type { CorpusDocumentMeta } from '../corpus/documents';
import { compareDocuments } from './summary';

/** Years in an order that spreads them: last, first, middle, then the midpoints between. */
export function spreadOrder<T>(items: readonly T[]): T[] {
  if (items.length <= 2) return [...items].reverse();
  const out: T[] = [];
  const taken = new Set<number>();
  const take = (i: number) => {
    if (!taken.has(i)) (taken.add(i), out.push(items[i]!));
  };
  take(items.length - 1);
  take(0);
  for (let parts = 2; out.length < items.length; parts *= 2) {
    for (let k = 1; k < parts; k += 2) take(Math.round((k * (items.length - 1)) / parts));
  }
  return out;
}

/** Indices (occurrence numbers, i.e. flat index / 4) of `flat`, best first. */
export function rankOccurrences(flat: readonly number[], documents: readonly CorpusDocumentMeta[]): number[] {
  const n = flat.length / 4;
  if (n === 0) return [];
  const chrono = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => compareDocuments(documents[flat[a * 4]!]!, documents[flat[b * 4]!]!) || a - b,
  );
  const out: number[] = [];
  const taken = new Set<number>();
  const take = (i: number) => {
    if (!taken.has(i)) (taken.add(i), out.push(i));
  };
  const earliest = chrono.find((i) => documents[flat[i * 4]!]!.year !== undefined);
  if (earliest !== undefined) take(earliest);
  const seedFamilies = new Set<number>();
  for (let i = 0; i < n; i++) {
    const d = documents[flat[i * 4]!]!;
    if (d.genre === 'speech' && !seedFamilies.has(d.family)) (seedFamilies.add(d.family), take(i));
  }
  const byYear = new Map<number, number[]>();
  for (const i of chrono) {
    if (taken.has(i)) continue;
    const year = documents[flat[i * 4]!]!.year ?? Number.MAX_SAFE_INTEGER;
    const list = byYear.get(year);
    if (list) list.push(i);
    else byYear.set(year, [i]);
  }
  // Undated documents (copies of the seed speeches) come after every dated year.
  const dated = [...byYear.keys()].filter((y) => y !== Number.MAX_SAFE_INTEGER).sort((a, b) => a - b);
  const years = [...spreadOrder(dated), ...(byYear.has(Number.MAX_SAFE_INTEGER) ? [Number.MAX_SAFE_INTEGER] : [])];
  for (let round = 0; out.length < n; round++) {
    for (const y of years) {
      const list = byYear.get(y)!;
      if (round < list.length) take(list[round]!);
    }
  }
  return out;
}
