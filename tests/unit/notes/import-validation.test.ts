import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { decodeImportBytes, importNotesText, type ImportResult } from '../../../lib/notes/import';
import type { NotesRepository } from '../../../lib/notes/repository';
import type { NotesDatabase } from '../../../lib/notes/db/schema';
import { SAMPLE_NOTES } from '../../fixtures/notes/sample-notes';
import { dumpDatabase, freshRepository } from './support/notes';

const BAD_DIR = new URL('../../fixtures/notes/bad/', import.meta.url);

/** The page's and the background's halves of an import, as the extension runs them. */
async function importBytes(repo: NotesRepository, bytes: Uint8Array): Promise<ImportResult> {
  const decoded = decodeImportBytes(bytes);
  return decoded.ok ? importNotesText(repo, decoded.text) : decoded;
}

const valid = readFileSync(new URL('../../fixtures/notes/golden/notes.json', import.meta.url));
const utf8 = (s: string) => new TextEncoder().encode(s);
/** The valid golden file with one change. */
const edited = (change: (file: { notes: Array<Record<string, unknown>>; settings?: unknown }) => void) => {
  const file = JSON.parse(valid.toString('utf8'));
  change(file);
  return utf8(JSON.stringify(file));
};

/** Bad files too big or too odd to keep on disk, made here. */
const generated: Array<[string, () => Uint8Array, string]> = [
  ['50 MB of JSON', () => utf8(`{"format":"tifa-lens-notes","version":1,"notes":[],"pad":"${'x'.repeat(50 * 1024 * 1024)}"}`), 'too-large'],
  ['10,000 levels of nesting', () => utf8(`${'['.repeat(10_000)}${']'.repeat(10_000)}`), 'too-deep'],
  ['deep junk inside a note', () => utf8(valid.toString('utf8').replace('"tags":[', `"junk":${'{"a":'.repeat(40)}1${'}'.repeat(40)},"tags":[`)), 'too-deep'],
  ['Latin-1 bytes', () => Uint8Array.from([...utf8('{"format":"tifa-lens-notes","version":1,"notes":[{"body":"'), 0xe9, 0xe8, ...utf8('"}]}')]), 'not-utf8'],
  ['UTF-16 with BOM', () => Uint8Array.from([0xff, 0xfe, ...[...'{"notes":[]}'].flatMap((c) => [c.charCodeAt(0), 0])]), 'not-utf8'],
  ['binary with NUL bytes', () => Uint8Array.from([0x7b, 0x00, 0x00, 0x7d]), 'not-json'],
  ['a UTF-8 BOM before bad JSON', () => utf8('\uFEFF{"format":'), 'not-json'],
  ['settings holding the old export placeholder', () => edited((f) => (f.settings = { personalPhrases: [], hiddenEntries: ['\u0000items\u0000'] })), 'invalid'],
  ['a personal phrase with a control character', () => edited((f) => (f.settings = { personalPhrases: [{ text: '套\u0007话', kind: 'slogan', comment: '' }] })), 'invalid'],
  ['an entry id with a control character', () => edited((f) => (f.notes[0]!.entryId = 'e\u001b[31m')), 'invalid'],
  ['a note updated on 9999-12-31', () => edited((f) => (f.notes[0]!.updated = '9999-12-31T00:00:00Z')), 'invalid'],
  ['a note updated two days from now', () => edited((f) => (f.notes[0]!.updated = new Date(Date.now() + 2 * 86_400_000).toISOString())), 'invalid'],
  ['a note created after its last update', () => edited((f) => ((f.notes[0]!.created = '2025-02-01T00:00:00Z'), (f.notes[0]!.updated = '2025-01-01T00:00:00Z'))), 'invalid'],
  ['5,000 personal phrases', () => edited((f) => (f.settings = { personalPhrases: Array.from({ length: 5_000 }, (_, i) => `自定义提法${i}`) })), 'invalid'],
];

const expectedCodes: Record<string, string> = {
  '01-not-json.json': 'not-json',
  '02-empty.json': 'empty',
  '03-wrong-version.json': 'unsupported-version',
  '04-version-as-string.json': 'unsupported-version',
  '05-missing-field.json': 'invalid',
  '06-wrong-type.json': 'invalid',
  '07-javascript-url.json': 'invalid',
  '08-duplicate-ids.json': 'duplicate-id',
  '09-proto-key.json': 'forbidden-key',
  '10-constructor-prototype.json': 'forbidden-key',
  '11-bad-id.json': 'invalid',
  '12-bad-date.json': 'invalid',
  '13-unknown-format.json': 'unknown-format',
  '14-html-in-url.json': 'invalid',
  '15-body-too-long.json': 'invalid',
  '16-negative-position.json': 'invalid',
  '17-anchor-without-page.json': 'invalid',
  '18-annotation-bad-selector.jsonld': 'invalid',
  '19-notes-not-array.json': 'invalid',
  '20-null-root.json': 'unknown-format',
};

let db: NotesDatabase;
let repo: NotesRepository;
let before: string;

beforeAll(async () => {
  ({ db, repo } = await freshRepository());
  await repo.importNotes(SAMPLE_NOTES);
  before = await dumpDatabase(db);
});
afterAll(() => db.close());

describe('import refuses malformed and hostile files and changes nothing', () => {
  const onDisk = readdirSync(BAD_DIR).sort();
  it('has a code for every bad file on disk', () => {
    expect(onDisk).toEqual(Object.keys(expectedCodes).sort());
    expect(onDisk.length + generated.length).toBeGreaterThanOrEqual(15);
  });

  for (const name of onDisk) {
    it(`${name} → ${expectedCodes[name]}`, async () => {
      const result = await importBytes(repo, readFileSync(new URL(name, BAD_DIR)));
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.problem.code).toBe(expectedCodes[name]);
        expect(result.problem.detail.length).toBeGreaterThan(0);
      }
      expect(await dumpDatabase(db)).toBe(before);
    });
  }

  for (const [name, make, code] of generated) {
    it(`${name} → ${code}`, async () => {
      const result = await importBytes(repo, make());
      expect(result).toMatchObject({ ok: false, problem: { code } });
      expect(await dumpDatabase(db)).toBe(before);
    });
  }

  it('leaves Object.prototype alone', () => {
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says where the problem is', async () => {
    const result = await importBytes(repo, readFileSync(new URL('07-javascript-url.json', BAD_DIR)));
    expect(!result.ok && result.problem.detail).toBe('notes.0.page.url: a page address must be an http or https URL');
  });

  it('accepts a comment with line breaks, a note edited an hour ahead of this clock, and 500 personal phrases', async () => {
    const fine = edited((f) => {
      f.notes[0]!.updated = new Date(Date.now() + 3_600_000).toISOString();
      f.settings = { personalPhrases: [{ text: '我的套话', kind: 'slogan', comment: '第一行\n第二行\t！' }, ...Array.from({ length: 499 }, (_, i) => `自定义提法${i}`)] };
    });
    const { parseImportText } = await import('../../../lib/notes/import/parse');
    const parsed = parseImportText(new TextDecoder().decode(fine));
    expect(parsed.ok && parsed.settings.personalPhrases.length).toBe(500);
  });

  it('accepts the same file when it is well formed, with or without a BOM', async () => {
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...valid]);
    const result = await importBytes(repo, withBom);
    expect(result).toMatchObject({ ok: true, summary: { added: 0, skipped: 3, skippedIdentical: 3 } });
    expect(await dumpDatabase(db)).toBe(before);
  });
});
