/**
 * The corpus examples of each pattern, as seeds/pattern-examples.json stores them: built
 * from seeds/corpus with the same detector the page runs (scripts/build-pattern-examples.ts),
 * kept small (a few documents per shared head/tail or quoted formula).
 */
import { detectPatterns } from './detect';
import { exampleKey } from './describe';
import type { PatternType } from './types';


/** One occurrence of a pattern in a corpus document. */
export interface PatternExample {
  /** Manifest id of the document, e.g. 'gwr-2018'. */
  doc: string;
  /** 0-based paragraph (line) of seeds/corpus/<doc>.txt. */
  paragraph: number;
  before: string;
  match: string;
  after: string;
}

/** The index: by pattern type, then by example key (导向, 双随机、一公开, '' for enumerations). */
export interface PatternExamplesIndex {
  format: 1;
  /** Title and date of every document an example cites, once. */
  docs: Record<string, { title: string; date?: string }>;
  byType: Partial<Record<PatternType, Record<string, PatternExample[]>>>;
}

/** A corpus document, as the index builder reads it. */
export interface ExampleSource {
  doc: string;
  title: string;
  date?: string;
  paragraphs: readonly string[];
}

const CONTEXT = 12;
const LONGEST = 40;

/**
 * Build the index: for each type, the keys used by the most documents (`keysPerType`), each
 * with up to `perKey` examples from distinct documents, in corpus order.
 */
export function buildPatternExamples(sources: readonly ExampleSource[], keysPerType = 80, perKey = 2): PatternExamplesIndex {
  const found = new Map<PatternType, Map<string, PatternExample[]>>();
  const meta = new Map(sources.map((s) => [s.doc, s.date ? { title: s.title, date: s.date } : { title: s.title }]));
  for (const src of sources) {
    src.paragraphs.forEach((text, paragraph) => {
      for (const hit of detectPatterns(text)) {
        const byKey = found.get(hit.type) ?? new Map<string, PatternExample[]>();
        found.set(hit.type, byKey);
        const key = exampleKey(hit);
        const list = byKey.get(key) ?? [];
        byKey.set(key, list);
        if (list.some((e) => e.doc === src.doc)) continue;
        const match = text.slice(hit.start, Math.min(hit.end, hit.start + LONGEST));
        list.push({ doc: src.doc, paragraph, before: text.slice(Math.max(0, hit.start - CONTEXT), hit.start), match, after: text.slice(hit.end, hit.end + CONTEXT) });
      }
    });
  }
  const byType: PatternExamplesIndex['byType'] = {};
  const docs: PatternExamplesIndex['docs'] = {};
  for (const [type, byKey] of found) {
    const top = [...byKey].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1)).slice(0, keysPerType);
    byType[type] = Object.fromEntries(top.map(([key, list]) => [key, list.slice(0, perKey)]));
    for (const [, list] of top) for (const e of list.slice(0, perKey)) docs[e.doc] = meta.get(e.doc)!;
  }
  return { format: 1, docs, byType };
}


/** An example with its document's title and date, for the card. */
export type CitedPatternExample = PatternExample & { title: string; date?: string };

/** One rule's slice of the index, each example with its document's title and date. */
export function patternExamplesOf(index: PatternExamplesIndex, type: PatternType): Record<string, CitedPatternExample[]> {
  const byKey = index.byType[type] ?? {};
  return Object.fromEntries(Object.entries(byKey).map(([key, list]) => [key, list.map((e) => ({ ...e, ...index.docs[e.doc]! }))]));
}

/**
 * Examples for the card: those filed under `key` first (the same shared tail, the same
 * quoted formula), then one each of other keys of the same rule, at most `limit`.
 */
export function pickPatternExamples<E extends PatternExample>(byKey: Record<string, E[]>, key: string | null, limit = 4): E[] {
  const same = key !== null ? (byKey[key] ?? []) : [];
  const others = Object.entries(byKey).filter(([k]) => k !== key).flatMap(([, list]) => list.slice(0, 1));
  return [...same, ...others].slice(0, limit);
}
