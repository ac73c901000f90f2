/**
 * The hand-labelled evaluation set (tests/fixtures/gov-like): government texts written for
 * the purpose, none from the seeds, each with the stock phrases a careful reader would want
 * lit up and the ordinary words that must stay dark. Labels are written as they appear in
 * the text; `…` marks the page's own words inside a frame (奋力谱写中国式现代化…篇章), `……`
 * a long gap that may cross sentence ends (an enumeration: 一是……二是……三是).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The evaluation set's folder, relative to the project root. */
export const EVAL_DIR = 'tests/fixtures/gov-like';

/** dev: read while the curated lists were revised; holdout: written and labelled after the
 *  first revision (its `note` says what it scored then, before it could influence a later one). */
export type EvalSplit = 'dev' | 'holdout';

/** One labelled text. */
export interface EvalCase {
  name: string;
  title: string;
  genre: string;
  split: EvalSplit;
  text: string;
  /** Stock phrases a China-watcher would expect highlighted. */
  expected: string[];
  /** Ordinary words (topic nouns, places, numbers) that must not be highlighted. */
  mustNot: string[];
  /** Provenance of the labels, e.g. when a holdout text was written and first scored. */
  note?: string;
}

/** Where a label occurs: its whole extent, and the characters that must be lit (not the gaps). */
export interface LabelSpan {
  start: number;
  end: number;
  fixed: Array<[number, number]>;
}

/** A frame label's gap: at most this many characters, never across a sentence end … */
const MAX_GAP = 40;
const SENTENCE_END = /[。！？；!?;\n]/;
/** … unless written `……`: then as long as an enumeration's item (not across a paragraph). */
const MAX_LONG_GAP = 300;

/** Every occurrence of `label` in `text` (for a frame label: parts in order, nearest first). */
export function locateLabel(text: string, label: string): LabelSpan[] {
  const long = label.includes('……');
  const parts = label.split(long ? '……' : '…');
  const [maxGap, stop] = long ? [MAX_LONG_GAP, /\n/] : [MAX_GAP, SENTENCE_END];
  const out: LabelSpan[] = [];
  for (let at = text.indexOf(parts[0]!); at >= 0; at = text.indexOf(parts[0]!, at + 1)) {
    const fixed: Array<[number, number]> = [[at, at + parts[0]!.length]];
    let end = at + parts[0]!.length;
    for (const part of parts.slice(1)) {
      const next = text.indexOf(part, end + 1);
      if (next < 0 || next - end > maxGap || stop.test(text.slice(end, next))) break;
      fixed.push([next, next + part.length]);
      end = next + part.length;
    }
    if (fixed.length === parts.length) out.push({ start: at, end, fixed });
  }
  return out;
}

/** Read every `*.txt` with its `*.expected.json`, sorted by name. Throws on a label that
 *  does not occur in its text, so a typo cannot pass as a miss. */
export function readEvalSet(root: string): EvalCase[] {
  const dir = join(root, EVAL_DIR);
  const names = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
  return names.map((file) => {
    const name = file.slice(0, -'.txt'.length);
    const text = readFileSync(join(dir, file), 'utf8');
    const labels = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Omit<EvalCase, 'name' | 'text'>;
    for (const label of [...labels.expected, ...labels.mustNot]) {
      if (locateLabel(text, label).length === 0) throw new Error(`${name}: label not in the text: ${label}`);
    }
    return { name, text, ...labels };
  });
}
