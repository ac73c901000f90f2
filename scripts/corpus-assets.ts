/**
 * The corpus as the extension ships it (a WXT `build:publicAssets` hook): every document's
 * paragraphs as UTF-8 lines (corpus/<id>.txt, seed speeches included), the document list
 * (corpus/documents.json) and the offsets index (corpus/provenance.json). The background and the
 * reader fetch them on demand; no content script carries them. Refuses to ship an index built
 * over other texts than these, so offsets always point at the shipped paragraphs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusProvenanceArtifact } from '../lib/provenance/artifact';
import { readCorpusDocuments } from '../lib/dictionary/build/corpus-inputs';

/** A generated file of the extension's output (WXT's GeneratedPublicFile). */
export interface GeneratedAsset {
  relativeDest: string;
  contents: string;
}

/** The corpus files to add to the extension output. */
export function corpusAssets(root: string): GeneratedAsset[] {
  const indexText = readFileSync(join(root, 'seeds/provenance.json'), 'utf8');
  const index = JSON.parse(indexText) as CorpusProvenanceArtifact;
  const documents = readCorpusDocuments(root);
  const stale = documents.length !== index.documents.length ||
    documents.some((d, i) => d.meta.id !== index.documents[i]!.id || d.paragraphs.length !== index.documents[i]!.paragraphs);
  if (stale) throw new Error('seeds/provenance.json was built over other corpus texts: run npm run build:dict');
  const files = documents.map((d) => {
    if (d.paragraphs.some((p) => /[\r\n]/.test(p))) throw new Error(`${d.meta.id}: a paragraph holds a line break`);
    return { relativeDest: `corpus/${d.meta.id}.txt`, contents: `${d.paragraphs.join('\n')}\n` };
  });
  files.push({ relativeDest: 'corpus/documents.json', contents: JSON.stringify(index.documents) });
  files.push({ relativeDest: 'corpus/provenance.json', contents: indexText });
  return files;
}
