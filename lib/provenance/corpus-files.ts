/**
 * The shipped corpus (see scripts/corpus-assets.ts), fetched from the extension package on
 * demand by the background and the reader: never bundled into a script, so a woken worker
 * and the content script stay small.
 */
import { browser } from 'wxt/browser';
import { corpusFileParagraphs, type CorpusDocumentMeta } from '../corpus/documents';
import type { CorpusProvenanceArtifact } from './artifact';

async function fetchPackaged(path: string): Promise<Response> {
  // WXT types getURL for known pages only; these files are added by a build hook.
  const url = (browser.runtime.getURL as (p: string) => string)(`/corpus/${path}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`corpus/${path}: ${response.status}`);
  return response;
}

/** The offsets index (seeds/provenance.json as shipped). */
export async function fetchProvenanceIndex(): Promise<CorpusProvenanceArtifact> {
  return (await fetchPackaged('provenance.json')).json() as Promise<CorpusProvenanceArtifact>;
}

/** The corpus's document list, seed speeches first. */
export async function fetchCorpusDocuments(): Promise<CorpusDocumentMeta[]> {
  return (await fetchPackaged('documents.json')).json() as Promise<CorpusDocumentMeta[]>;
}

/** One document's paragraphs, indexed as the provenance offsets are. */
export async function fetchParagraphs(doc: Pick<CorpusDocumentMeta, 'id'>): Promise<string[]> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(doc.id)) throw new Error(`bad document id ${doc.id}`);
  return corpusFileParagraphs(await (await fetchPackaged(`${doc.id}.txt`)).text());
}
