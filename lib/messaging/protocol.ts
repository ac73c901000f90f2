/**
 * The one typed protocol between content scripts, extension pages and the background.
 * Every request type has a valibot schema for its payload, checked where it is received,
 * and a response type. Add a request here and its handler in the background; nowhere else.
 */
import * as v from 'valibot';
import type { ProvenanceAnswer, ProvenancePage } from '../provenance/lookup';
import type { PatternProvenanceAnswer } from '../provenance/pattern-examples';
import * as notes from '../notes/requests';
import type { Note, NotesFacets, NotesPage } from '../notes/types';
import type { PageNote } from '../notes/page-notes';
import type { ExportedFile } from '../notes/export/formats';
import type { ImportResult } from '../notes/import';
import { pageRequestSchemas, type PageResponseMap } from './page-requests';

/** A reader address the card may open: a corpus document (or an old seed-speech link) at a paragraph. */
const READER_HASH = /^#(doc=[a-z0-9][a-z0-9-]{0,40}|speech=\d{1,3})(&p=\d{1,7}(&from=\d{1,7}&to=\d{1,7})?)?$/;

const entryId = v.pipe(v.string(), v.minLength(1), v.maxLength(80));

/** Payload schemas, by request type. */
export const requestSchemas = {
  /** The provenance of one dictionary entry, for the card. */
  'provenance:get': v.object({ entryId }),
  /** More of an entry's occurrences in context, best first ("show all" in the card). */
  'provenance:lines': v.object({ entryId, offset: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000)) }),
  /** Open the reader at a paragraph, reusing the reader tab (pages cannot link to extension pages). */
  'reader:open': v.object({ hash: v.pipe(v.string(), v.maxLength(120), v.regex(READER_HASH)) }),
  /** Liveness check used by tests and by pages that wait for a restarted worker. */
  'ping': v.object({}),
  /** Notes (handled by lib/notes/background-handlers.ts). Save a new note. */
  'notes:add': notes.addNoteRequest,
  /** One note by id. */
  'notes:get': notes.noteIdRequest,
  /** Edit a note's text or tags. */
  'notes:update': notes.updateNoteRequest,
  /** Delete a note; the answer is the deleted note, for undo. */
  'notes:delete': notes.noteIdRequest,
  /** Undo a delete (extension pages only). */
  'notes:restore': notes.restoreNoteRequest,
  /** One page of the notes page's query (extension pages only). */
  'notes:list': notes.listNotesRequest,
  /** The phrases, sites and tags to filter by (extension pages only). */
  'notes:facets': v.object({}),
  /** The notes of a page, re-anchored in its text when sent (the card). */
  'notes:forPage': notes.notesForPageRequest,
  /** The notes on one phrase (the card). */
  'notes:forEntry': notes.notesForEntryRequest,
  /** The card found a note's quote at a new place, or lost it (null). */
  'notes:setAnchor': notes.setAnchorRequest,
  /** Export all or the filtered notes as one file's text (extension pages only). */
  'notes:export': notes.exportNotesRequest,
  /** Import a file's text: validated whole, written in one transaction (extension pages only). */
  'notes:import': notes.importNotesRequest,
  ...pageRequestSchemas,
} as const;

/** Response types, by request type. */
export interface ResponseMap extends PageResponseMap {
  'provenance:get': ProvenanceAnswer | PatternProvenanceAnswer | null;
  'provenance:lines': ProvenancePage;
  'reader:open': { tabId: number | undefined };
  'ping': 'pong';
  'notes:add': Note;
  'notes:get': Note | null;
  'notes:update': Note;
  'notes:delete': Note | null;
  'notes:restore': Note;
  'notes:list': NotesPage;
  'notes:facets': NotesFacets;
  'notes:forPage': PageNote[];
  'notes:forEntry': Note[];
  'notes:setAnchor': Note;
  'notes:export': ExportedFile;
  'notes:import': ImportResult;
}

export type RequestType = keyof typeof requestSchemas & keyof ResponseMap;
export type RequestPayload<T extends RequestType> = v.InferOutput<(typeof requestSchemas)[T]>;
export type ResponseOf<T extends RequestType> = ResponseMap[T];

/** What travels through `runtime.sendMessage`. The marker keeps us apart from other senders. */
export interface RequestEnvelope<T extends RequestType = RequestType> {
  tifa: 1;
  type: T;
  payload: RequestPayload<T>;
}

/** What comes back: a value, or an error message meant for the user. */
export type ResponseEnvelope<T extends RequestType = RequestType> =
  | { ok: true; value: ResponseOf<T> }
  | { ok: false; error: string };
