import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  buildDictionary,
  dictionaryJson,
  provenanceJson,
  readBuildInputs,
} from '../../../lib/dictionary/build';
import { entryId } from '../../../lib/dictionary/build/ids';
import { dictionary, readRootFile, ROOT } from './artifacts';

const inputs = readBuildInputs(ROOT);
const first = buildDictionary(inputs.seedText, { everydayTexts: inputs.everydayTexts });

describe('the committed dictionary artifacts', () => {
  it('are not stale: rebuilding from the seeds gives the committed bytes (run npm run build:dict)', () => {
    expect(dictionaryJson(first.dictionary)).toBe(readRootFile('seeds/dictionary.json'));
  }, 60_000);

  it('carry the seed file’s SHA-256 and a version that names it', () => {
    const hash = createHash('sha256').update(inputs.seedText, 'utf8').digest('hex');
    expect(dictionary.seedHash).toBe(hash);
    expect(dictionary.version).toMatch(new RegExp(`^\\d+\\.\\d+\\.\\d+\\+${hash.slice(0, 8)}$`));
  });

  it('build deterministically: a second build is byte-identical', () => {
    const second = buildDictionary(inputs.seedText, { everydayTexts: inputs.everydayTexts });
    expect(dictionaryJson(second.dictionary)).toBe(dictionaryJson(first.dictionary));
    expect(provenanceJson(second.provenance)).toBe(provenanceJson(first.provenance));
  }, 60_000);

  it('give every entry a unique id derived from kind and text only (stable across rebuilds)', () => {
    const ids = dictionary.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of dictionary.entries) expect(e.id).toBe(entryId(e.kind, e.text));
    expect(entryId('slogan', '四个意识')).toBe(entryId('slogan', '四个意识'));
    expect(entryId('slogan', '四个意识')).not.toBe(entryId('slogan', '四个自信'));
  });

  it('keep the content-script artifact compact: no contexts, well under 100 KB', () => {
    const text = readRootFile('seeds/dictionary.json');
    expect(Buffer.byteLength(text)).toBeLessThan(100 * 1024);
    expect(text).not.toContain('"before"');
  });
});
