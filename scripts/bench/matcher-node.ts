/**
 * Matcher bench in Node: our automaton against npm Aho–Corasick libraries and a RegExp
 * alternation, on 30k / 300k / 3M chars of seed paragraphs, one call per paragraph (as the
 * highlighter scans one block at a time). Run alone with `npx tsx scripts/bench/matcher-node.ts`
 * or `npx vite-node --script scripts/bench/matcher-node.ts` (`--script` keeps the file in
 * `process.argv[1]`, which is how it knows it runs alone); `runMatcherBench` is for a combined bench.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildMatcher } from '../../lib/matcher';
import { normalizePhrase, normalizeText } from '../../lib/matcher/normalize';
import { CONTENDERS, type Contender } from './matcher-contenders';
import { benchText, builtDictionary, readSeed, syntheticDictionary, type BenchDictionary } from './matcher-corpus';
import { printMatcherTables } from './matcher-report';

/** One cell of the report: a matcher, a dictionary and a text size. */
export interface Row {
  matcher: string;
  dictionary: string;
  chars: number;
  /** From the median run. */
  mcharPerSec: number;
  /** From the fastest run: on a shared machine, the least disturbed one. */
  bestMcharPerSec: number;
  runs: number;
  buildMs: number;
  heapMB: number;
  matches: number;
  /** Our throughput divided by this one's (medians, then best runs). */
  ratio: number;
  bestRatio: number;
  note?: string;
}

const MAX_RUNS = 7;
const CELL_BUDGET_MS = 2500;
/** At 3M chars the slow matchers (~0.2–2 Mchar/s) would take minutes: extrapolate from 300k. */
const SLOW_LIMIT = 300_000;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** JS heap plus typed-array backing stores, which live outside the heap. */
const retained = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const out = fn();
  return [out, performance.now() - t0];
}

interface BenchText {
  chars: number;
  raw: string[];
  normalized: string[];
}

function countAll(c: Contender, built: unknown, t: BenchText): number {
  let n = 0;
  for (let i = 0; i < t.raw.length; i++) n += c.count(built, t.raw[i]!, t.normalized[i]!);
  return n;
}

/**
 * Time every contender on every text. Runs go round-robin (one run of each, then again), so
 * a noisy neighbour on a shared machine slows all contenders alike and the ratios hold.
 */
function benchDictionary(dict: BenchDictionary, texts: BenchText[], log: (s: string) => void): Row[] {
  const keys = [...new Set(dict.patterns.flatMap((p) => p.forms.map(normalizePhrase)))].filter(Boolean);
  log(`dictionary ${dict.source}: ${keys.length} distinct normalised phrases`);
  const built = CONTENDERS.map((c) => {
    gc();
    const heapBefore = retained();
    const [instance, buildMs] = timed(() => c.build(keys, dict.patterns));
    gc();
    const heapMB = (retained() - heapBefore) / 2 ** 20;
    const warm = performance.now();
    for (let r = 0; r < 3 || performance.now() - warm < 300; r++) countAll(c, instance, texts[0]!);
    return { c, instance, buildMs, heapMB };
  });
  const rows: Row[] = [];
  for (const t of texts) {
    const times = built.map(() => [] as number[]);
    const matches = built.map(() => 0);
    const skip = built.map((b) => b.c.slow === true && t.chars > SLOW_LIMIT);
    for (let round = 0; round < MAX_RUNS; round++) {
      built.forEach((b, i) => {
        const spent = times[i]!.reduce((x, y) => x + y, 0);
        if (skip[i] || (round > 0 && spent >= CELL_BUDGET_MS)) return;
        const [n, dt] = timed(() => countAll(b.c, b.instance, t));
        matches[i] = n;
        times[i]!.push(dt);
      });
    }
    built.forEach((b, i) => {
      const base = { matcher: b.c.name, dictionary: dict.source, chars: t.chars, buildMs: b.buildMs, heapMB: b.heapMB, ratio: 1, bestRatio: 1 };
      if (skip[i]) {
        const at300k = rows.find((r) => r.matcher === b.c.name && r.chars === SLOW_LIMIT && r.dictionary === dict.source);
        const mcharPerSec = at300k?.mcharPerSec ?? NaN;
        const bestMcharPerSec = at300k?.bestMcharPerSec ?? NaN;
        rows.push({ ...base, mcharPerSec, bestMcharPerSec, runs: 0, matches: NaN, note: 'extrapolated from 300k' });
        return;
      }
      const mcharPerSec = t.chars / median(times[i]!) / 1000;
      const bestMcharPerSec = t.chars / Math.min(...times[i]!) / 1000;
      const row = { ...base, mcharPerSec, bestMcharPerSec, runs: times[i]!.length, matches: matches[i]! };
      rows.push(row);
      log(`  ${b.c.name} @ ${t.chars}: ${row.mcharPerSec.toFixed(2)} Mchar/s, ${row.matches} matches`);
    });
  }
  for (const r of rows) {
    if (r.dictionary !== dict.source) continue;
    const ours = rows.find((o) => o.dictionary === r.dictionary && o.chars === r.chars && o.matcher === CONTENDERS[0]!.name)!;
    r.ratio = ours.mcharPerSec / r.mcharPerSec;
    r.bestRatio = ours.bestMcharPerSec / r.bestMcharPerSec;
    if (!Number.isNaN(r.matches) && r.matches !== ours.matches) r.note = `count differs: ours ${ours.matches}`;
  }
  return rows;
}

/**
 * Run the comparison: the 5,000-phrase synthetic vocabulary on every size (the goals are
 * judged there), then the built dictionary, if there is one, on 300k chars.
 */
export async function runMatcherBench(log: (s: string) => void = () => {}): Promise<Row[]> {
  const seed = readSeed();
  const texts = [30_000, 300_000, 3_000_000].map((chars): BenchText => {
    const raw = benchText(seed, chars).split('\n');
    return { chars, raw, normalized: raw.map((p) => normalizeText(p).text) };
  });
  const rows = benchDictionary(syntheticDictionary(seed, 5000), texts, log);
  const built = builtDictionary();
  if (built) rows.push(...benchDictionary(built, [texts[1]!], log));
  return rows;
}

/** Build times (ours cold and warm, then the others), to decide load-time build vs a blob. */
export function runBuildBench20k(): Array<{ matcher: string; buildMs: number }> {
  const built = builtDictionary();
  const out: Array<{ matcher: string; buildMs: number }> = [];
  if (built) {
    const times = Array.from({ length: 7 }, () => timed(() => buildMatcher(built.patterns))[1]);
    out.push({ matcher: `ours, ${built.source}, first build in the process (cold JIT)`, buildMs: times[0]! });
    out.push({ matcher: `ours, ${built.source}, median of 7`, buildMs: median(times) });
  }
  const dict = syntheticDictionary(readSeed(), 20_000);
  const words = dict.patterns.map((p) => p.forms[0]!);
  const ours = Array.from({ length: 7 }, () => timed(() => buildMatcher(dict.patterns))[1]);
  out.push({ matcher: `ours, 20,000 phrases, first build${built ? ' of that size' : ' (cold JIT)'}`, buildMs: ours[0]! });
  out.push({ matcher: 'ours, 20,000 phrases, median of 7', buildMs: median(ours) });
  for (const c of CONTENDERS.slice(1, 5)) {
    out.push({ matcher: `${c.name}, 20,000 phrases`, buildMs: timed(() => c.build(words, dict.patterns))[1] });
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const t0 = performance.now();
  const builds = runBuildBench20k(); // first, so that "cold" really is our first build
  const rows = await runMatcherBench((s) => console.error(s));
  printMatcherTables(rows, builds, CONTENDERS[0]!.name);
  console.log(`\n(total ${((performance.now() - t0) / 1000).toFixed(1)} s, Node ${process.version})`);
}
