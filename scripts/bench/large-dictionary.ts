/**
 * A stand-in for the corpus-mined dictionary while the committed one is small: the committed
 * entries (frames included) plus recurring 4–9-char n-grams of the dated corpus (seeds/corpus),
 * each with its traditional forms as the real build makes them, up to a few thousand entries.
 * For the bench only: it is written under the system temp folder, never to seeds/.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { variantsOf } from '../../lib/dictionary/build/variants';
import { SHIPPED_ASSET, shippedAssetBytes } from '../../lib/dictionary/shipped';
import type { DictionaryArtifact, DictionaryEntry, PhraseKind } from '../../lib/dictionary/types';
import { seededRandom } from './matcher-corpus';

/** The large-dictionary bench's size: mid-range of what the corpus build is expected to give. */
export const LARGE_DICTIONARY_ENTRIES = 5000;

const BREAK = /[^\u3400-\u9fff]+/;
const KINDS: PhraseKind[] = ['slogan', 'bundle', 'formula', 'ritual', 'numbered'];

/** `count` distinct n-grams (4–9 Han chars) that occur at least 3 times in the corpus, picked at random (seeded). */
function corpusNgrams(corpus: string, count: number, taken: Set<string>): string[] {
  const segments = corpus.split(BREAK).filter((s) => s.length >= 4);
  const random = seededRandom(13);
  const candidates = new Set<string>();
  for (let tries = 0; candidates.size < count * 4 && tries < count * 40; tries++) {
    const seg = segments[Math.floor(random() * segments.length)]!;
    const len = 4 + Math.floor(random() * 6);
    if (seg.length < len) continue;
    const at = Math.floor(random() * (seg.length - len + 1));
    const s = seg.slice(at, at + len);
    if (!taken.has(s)) candidates.add(s);
  }
  const counts = new Map<string, number>([...candidates].map((c) => [c, 0]));
  for (const seg of segments) {
    for (let len = 4; len <= 9; len++) {
      for (let i = 0; i + len <= seg.length; i++) {
        const s = seg.slice(i, i + len);
        const n = counts.get(s);
        if (n !== undefined) counts.set(s, n + 1);
      }
    }
  }
  return [...candidates].filter((c) => counts.get(c)! >= 3).slice(0, count);
}

/** The committed dictionary grown to `size` entries with corpus n-grams (see the file comment). */
export function largeDictionary(root: string, size = LARGE_DICTIONARY_ENTRIES): DictionaryArtifact {
  const base = JSON.parse(readFileSync(join(root, 'seeds/dictionary.json'), 'utf8')) as DictionaryArtifact;
  const dir = join(root, 'seeds/corpus');
  const corpus = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  const taken = new Set(base.entries.map((e) => e.text));
  const extra: DictionaryEntry[] = corpusNgrams(corpus, Math.max(0, size - base.entries.length), taken).map((text, i) => ({
    id: `syn-${i}`, text, kind: KINDS[i % KINDS.length]!, variants: variantsOf(text), score: 0.5, occurrences: 3, families: 1,
  }));
  return { ...base, version: `${base.version}+synthetic${size}`, entries: [...base.entries, ...extra] };
}

/**
 * A copy of the built extension whose asset carries `dictionary` (the content script has no
 * data of its own, so swapping the asset is all it takes). Returns the copy's folder.
 */
export function extensionWithDictionary(builtDir: string, dictionary: DictionaryArtifact, name: string): string {
  const out = join(tmpdir(), `tifa-bench-${name}`);
  mkdirSync(out, { recursive: true });
  cpSync(builtDir, out, { recursive: true });
  writeFileSync(join(out, SHIPPED_ASSET), gzipSync(shippedAssetBytes(dictionary), { level: 9 }));
  return out;
}
