/**
 * `npx tsx scripts/build-pattern-examples.ts`: seeds/pattern-examples.json, the corpus
 * documents that use each page-time pattern (lib/matcher/patterns), for the card of a
 * pattern match. Reads seeds/corpus with the detector the page runs; deterministic.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { corpusFileParagraphs } from '../lib/corpus/documents';
import { buildPatternExamples, type ExampleSource } from '../lib/matcher/patterns/examples';

const root = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));
const manifest = JSON.parse(readFileSync(root('seeds/corpus/manifest.json'), 'utf8')) as Array<{ id: string; file: string; title: string; date?: string }>;
const sources: ExampleSource[] = manifest.map((m) => ({
  doc: m.id,
  title: m.title,
  ...(m.date ? { date: m.date } : {}),
  paragraphs: corpusFileParagraphs(readFileSync(root(`seeds/corpus/${m.file}`), 'utf8')),
}));
const index = buildPatternExamples(sources);
const json = `${JSON.stringify(index)}\n`;
writeFileSync(root('seeds/pattern-examples.json'), json);
const keys = Object.entries(index.byType).map(([t, byKey]) => `${t} ${Object.keys(byKey ?? {}).length}`).join(', ');
process.stdout.write(`seeds/pattern-examples.json: ${json.length} bytes; keys by type: ${keys}\n`);
