/**
 * The corpus facts e2e tests expect, derived at test time from the committed artifacts (the
 * dictionary is re-mined from time to time, so no test names a phrase by hand).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CorpusDocument } from '../../../lib/corpus/assemble';
import { readCorpusDocuments } from '../../../lib/dictionary/build/corpus-inputs';
import type { DictionaryArtifact, DictionaryEntry } from '../../../lib/dictionary/types';
import type { CorpusProvenanceArtifact } from '../../../lib/provenance/artifact';
import { summariseUsage, type UsageSummary } from '../../../lib/provenance/summary';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The committed dictionary, provenance index and corpus documents. */
export function loadCorpusFacts(): { dictionary: DictionaryArtifact; index: CorpusProvenanceArtifact; documents: CorpusDocument[] } {
  return {
    dictionary: JSON.parse(readFileSync(`${ROOT}seeds/dictionary.json`, 'utf8')) as DictionaryArtifact,
    index: JSON.parse(readFileSync(`${ROOT}seeds/provenance.json`, 'utf8')) as CorpusProvenanceArtifact,
    documents: readCorpusDocuments(ROOT),
  };
}

/** A contiguous phrase whose use spans the most years of the corpus, with its usage. */
export function widelyUsedPhrase(facts: ReturnType<typeof loadCorpusFacts>): { entry: DictionaryEntry; usage: UsageSummary } {
  let best: { entry: DictionaryEntry; usage: UsageSummary } | undefined;
  for (const entry of facts.dictionary.entries) {
    if (entry.frame || entry.text.length < 4) continue;
    const usage = summariseUsage(facts.index.occurrences[entry.id] ?? [], facts.index.documents);
    if (!usage.first || usage.spread.seedSpeeches === 0) continue;
    if (!best || usage.spread.years > best.usage.spread.years) best = { entry, usage };
  }
  if (!best) throw new Error('no dictionary entry is used in dated documents and seed speeches');
  return best;
}

/** A government-looking page that uses `phrase` (once, or `times` times far apart), each in a paragraph of its own. */
export function pageWith(phrase: string, options: { dark?: boolean; times?: number } = {}): string {
  const style = options.dark ? 'body{background:#121212;color:#e0e0e0}' : 'body{background:#fff;color:#222}';
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>测试页面</title><style>${style} p{font-size:18px;max-width:640px;margin:16px auto}</style></head>
<body><h1>关于做好当前工作的通知</h1><p>各有关单位：</p>${`<p>${phrase}</p><p style="margin-bottom:600px">以下为正文。</p>`.repeat(options.times ?? 1)}<p>特此通知。</p></body></html>`;
}
