/**
 * Builders and database helpers for the notes unit tests: deterministic notes, a fresh
 * database per test, and a canonical dump of every store to compare before and after.
 */
import 'fake-indexeddb/auto';
import { openNotesDatabase } from '../../../../lib/notes/db/open';
import type { NotesDatabase } from '../../../../lib/notes/db/schema';
import { NotesRepository } from '../../../../lib/notes/repository';
import type { Note } from '../../../../lib/notes/types';

let counter = 0;

/** A unique database name, so tests never share state. */
export function freshDbName(): string {
  counter += 1;
  return `tifa-notes-test-${process.pid}-${counter}`;
}

/** A deterministic UUID from a number. */
export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** An id source yielding uuid(1000), uuid(1001), … */
export function idSequence(start = 1000): () => string {
  let n = start;
  return () => uuid(n++);
}

/** A note with sensible defaults. */
export function makeNote(n: number, overrides: Partial<Note> = {}): Note {
  const url = `https://www.example.gov.cn/speech/${n % 7}.html`;
  return {
    id: uuid(n),
    entryId: `e${n % 5}`,
    phrase: ['全面从严治党', '真抓实干', '两个维护', '高质量发展', '求真务实'][n % 5]!,
    page: { url, title: `讲话 ${n % 7}` },
    site: 'example.gov.cn',
    anchor: {
      quote: { type: 'TextQuoteSelector', exact: '真抓实干', prefix: '我们要', suffix: '，久久为功' },
      position: { type: 'TextPositionSelector', start: 10 + n, end: 14 + n },
    },
    orphaned: false,
    body: `第 ${n} 条笔记`,
    tags: n % 2 ? ['作风'] : [],
    created: Date.UTC(2025, 0, 1) + n * 60_000,
    updated: Date.UTC(2025, 0, 1) + n * 60_000,
    dictionaryVersion: '1.0.0+abc',
    ...overrides,
  };
}

/** A repository over a fresh database with a fixed clock and id sequence. */
export async function freshRepository(options: { now?: () => number } = {}): Promise<{ db: NotesDatabase; repo: NotesRepository }> {
  const db = await openNotesDatabase({ name: freshDbName() });
  const repo = new NotesRepository(db, { now: options.now ?? (() => Date.UTC(2025, 5, 1)), newId: idSequence(), onChange: () => {} });
  return { db, repo };
}

/** Every store, every record and every index's keys, as canonical JSON: equal strings mean equal databases. */
export async function dumpDatabase(db: NotesDatabase): Promise<string> {
  const stores: Record<string, unknown> = {};
  for (const name of [...db.objectStoreNames].sort()) {
    const tx = db.transaction(name as 'notes');
    const store = tx.store;
    const indexes: Record<string, unknown> = {};
    for (const indexName of [...store.indexNames].sort()) {
      const index = store.index(indexName as 'byEntry');
      const keys: unknown[] = [];
      let cursor = await index.openKeyCursor();
      while (cursor) {
        keys.push([cursor.key, cursor.primaryKey]);
        cursor = await cursor.continue();
      }
      indexes[indexName] = keys;
    }
    stores[name] = { records: await store.getAll(), indexes };
    await tx.done;
  }
  return canonicalJson({ version: db.version, stores });
}

/** JSON with object keys sorted at every level. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}
