/**
 * Read the dated corpus (seeds/corpus/manifest.json and its files) and the seed speeches from
 * disk, decoding files in odd encodings (BOM, UTF-16, GB18030) with a clear error for a file
 * that is neither.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleCorpus, parseManifest, type CorpusDocument } from '../../corpus/assemble';

/** The corpus folder, relative to the project root. */
export const CORPUS_DIR = 'seeds/corpus';

/** Text of a corpus file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030. */
export function decodeCorpusBytes(bytes: Uint8Array, name: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const text = new TextDecoder('gb18030').decode(bytes);
    if (text.includes('\ufffd')) throw new Error(`${name}: neither UTF-8, UTF-16 nor GB18030 text`);
    return text;
  }
}

/** Every document of the corpus, seed speeches first. */
export function readCorpusDocuments(root: string, seedFile = 'seeds/speeches.txt'): CorpusDocument[] {
  const dir = join(root, CORPUS_DIR);
  let manifestJson: unknown;
  try {
    manifestJson = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  } catch (e) {
    throw new Error(`${CORPUS_DIR}/manifest.json: ${(e as Error).message}`);
  }
  const manifest = parseManifest(manifestJson);
  const seedText = readFileSync(join(root, seedFile), 'utf8');
  return assembleCorpus(seedText, manifest, (file) => decodeCorpusBytes(readFileSync(join(dir, file)), `${CORPUS_DIR}/${file}`));
}
