/**
 * The notes domain's part of the message protocol: its request types, their payload
 * schemas and their responses. `lib/messaging/protocol.ts` composes it with the other
 * domains'; it lives here, next to the note fields, so the limits of a note are written once
 * and lib/notes never imports lib/messaging. Handled by lib/background/notes-handlers.ts.
 */
import * as v from 'valibot';
import {
  anchorField,
  bodyField,
  dictionaryVersionField,
  entryIdField,
  noteIdField,
  pageField,
  pageUrlField,
  phraseField,
  positionSelectorField,
  tagsField,
  timeField,
} from './fields';
import { EXPORT_FORMATS, type ExportedFile } from './export/formats';
import type { ImportResult } from './import';
import { MAX_IMPORT_CHARS } from './import/limits';
import type { PageNote } from './page-notes';
import type { Note, NotesFacets, NotesPage } from './types';

/** notes:add: a new note from the card or a page. */
const addNoteRequest = v.object({
  entryId: entryIdField,
  phrase: phraseField,
  page: v.optional(v.nullable(pageField), null),
  anchor: v.optional(v.nullable(anchorField), null),
  body: bodyField,
  tags: v.optional(tagsField, []),
  dictionaryVersion: v.optional(dictionaryVersionField),
});

/** notes:update: a user's edit of body or tags. */
const updateNoteRequest = v.object({ id: noteIdField, body: v.optional(bodyField), tags: v.optional(tagsField) });

/** notes:delete and notes:get: one note by id. */
const noteIdRequest = v.object({ id: noteIdField });

/** A whole stored note, for undoing a delete. */
const storedNoteField = v.object({
  id: noteIdField,
  entryId: entryIdField,
  phrase: phraseField,
  page: v.nullable(pageField),
  site: v.nullable(v.pipe(v.string(), v.maxLength(300))),
  anchor: v.nullable(anchorField),
  orphaned: v.boolean(),
  body: bodyField,
  tags: tagsField,
  created: timeField,
  updated: timeField,
  dictionaryVersion: dictionaryVersionField,
});

/** notes:restore: put back a note that was just deleted (undo). */
const restoreNoteRequest = v.object({ note: storedNoteField });

/** The notes page's search and filters. */
const notesQueryField = v.object({
  text: v.optional(v.pipe(v.string(), v.maxLength(200))),
  entryId: v.optional(entryIdField),
  site: v.optional(v.pipe(v.string(), v.maxLength(300))),
  tag: v.optional(v.pipe(v.string(), v.maxLength(40))),
  orphanedOnly: v.optional(v.boolean()),
  offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500))),
});

/** notes:list: one page of a query. */
const listNotesRequest = v.object({ query: notesQueryField });

/** notes:forPage: the notes of one page, re-anchored against its current text when given. */
const notesForPageRequest = v.object({
  url: pageUrlField,
  text: v.optional(v.pipe(v.string(), v.maxLength(5_000_000))),
});

/** notes:forEntry: the notes on one phrase, for the card. */
const notesForEntryRequest = v.object({ entryId: entryIdField });

/** notes:setAnchor: the card reports where it found a note's text, or that it could not. */
const setAnchorRequest = v.object({ id: noteIdField, position: v.nullable(positionSelectorField) });

/** notes:export: all notes, or those a query selects, in one format. */
const exportNotesRequest = v.object({
  format: v.picklist(EXPORT_FORMATS),
  query: v.optional(notesQueryField, {}),
});

/** notes:import: a file's text, decoded by the page; validated whole before anything is written. */
const importNotesRequest = v.object({
  text: v.pipe(v.string(), v.maxLength(MAX_IMPORT_CHARS, 'the file is too large to import')),
  fileName: v.optional(v.pipe(v.string(), v.maxLength(300))),
});

/** Payload schemas of the notes requests, by request type. */
export const notesRequestSchemas = {
  /** Save a new note. */
  'notes:add': addNoteRequest,
  /** One note by id. */
  'notes:get': noteIdRequest,
  /** Edit a note's text or tags. */
  'notes:update': updateNoteRequest,
  /** Delete a note; the answer is the deleted note, for undo. */
  'notes:delete': noteIdRequest,
  /** Undo a delete (extension pages only). */
  'notes:restore': restoreNoteRequest,
  /** One page of the notes page's query (extension pages only). */
  'notes:list': listNotesRequest,
  /** The phrases, sites and tags to filter by (extension pages only). */
  'notes:facets': v.object({}),
  /** The notes of a page, re-anchored in its text when sent (the card). */
  'notes:forPage': notesForPageRequest,
  /** The notes on one phrase (the card). */
  'notes:forEntry': notesForEntryRequest,
  /** The card found a note's quote at a new place, or lost it (null). */
  'notes:setAnchor': setAnchorRequest,
  /** Export all or the filtered notes as one file's text (extension pages only). */
  'notes:export': exportNotesRequest,
  /** Import a file's text: validated whole, written in one transaction (extension pages only). */
  'notes:import': importNotesRequest,
} as const;

/** Response types of the notes requests. */
export interface NotesResponseMap {
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
