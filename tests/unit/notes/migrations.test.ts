import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openNotesDatabase } from '../../../lib/notes/db/open';
import { NOTES_DB_VERSION } from '../../../lib/notes/db/schema';
import type { NoteV1 } from '../../../lib/notes/db/migrations/v1';
import { freshDbName } from './support/notes';

const v1Notes = JSON.parse(readFileSync(new URL('../../fixtures/notes/v1-notes.json', import.meta.url), 'utf8')) as NoteV1[];

/** A database exactly as the first release left it: schema v1, holding the fixture notes. */
async function v1Database(): Promise<string> {
  const name = freshDbName();
  const db = await openNotesDatabase({ name, version: 1 });
  expect([...db.transaction('notes').store.indexNames].sort()).toEqual(['byEntry', 'byUpdated', 'byUrl']);
  const tx = db.transaction('notes', 'readwrite');
  for (const note of v1Notes) void tx.objectStore('notes').put(note as never);
  await tx.done;
  db.close();
  return name;
}

describe('notes schema migrations', () => {
  it('v1 → v2 keeps every note and every field, adding site and clean tags', async () => {
    const name = await v1Database();
    const db = await openNotesDatabase({ name });
    expect(db.version).toBe(NOTES_DB_VERSION);
    const notes = await db.getAll('notes');
    expect(notes).toHaveLength(v1Notes.length);
    for (const old of v1Notes) {
      const { tags: _oldTags, ...rest } = old;
      const migrated = notes.find((n) => n.id === old.id);
      expect(migrated).toMatchObject(rest);
    }
    const byId = new Map(notes.map((n) => [n.id, n]));
    expect(byId.get(v1Notes[0]!.id)).toMatchObject({ site: 'example.gov.cn', tags: ['作风', '县级'] });
    expect(byId.get(v1Notes[1]!.id)).toMatchObject({ site: null, tags: [] });
    expect(byId.get(v1Notes[2]!.id)).toMatchObject({ site: 'hangzhou.gov.cn', tags: [] });
    db.close();
  });

  it('v2 indexes answer for migrated notes: by site and by tag', async () => {
    const db = await openNotesDatabase({ name: await v1Database() });
    expect((await db.getAllFromIndex('notes', 'bySite', 'hangzhou.gov.cn')).map((n) => n.phrase)).toEqual(['求真务实']);
    expect((await db.getAllFromIndex('notes', 'byTag', '县级')).map((n) => n.phrase)).toEqual(['真抓实干']);
    expect(await db.countFromIndex('notes', 'byEntry', 'liangge-weihu')).toBe(1);
    expect(await db.countFromIndex('notes', 'byUrl', 'https://www.example.gov.cn/xxgk/2024/speech.html')).toBe(1);
    db.close();
  });

  it('a new profile gets the current schema with all five indexes', async () => {
    const db = await openNotesDatabase({ name: freshDbName() });
    expect(db.version).toBe(NOTES_DB_VERSION);
    expect([...db.transaction('notes').store.indexNames].sort()).toEqual(['byEntry', 'bySite', 'byTag', 'byUpdated', 'byUrl']);
    db.close();
  });

  it('opening the current version again changes nothing', async () => {
    const name = await v1Database();
    const first = await openNotesDatabase({ name });
    const before = await first.getAll('notes');
    first.close();
    const second = await openNotesDatabase({ name });
    expect(await second.getAll('notes')).toEqual(before);
    second.close();
  });
});
