/**
 * The one typed protocol between content scripts, extension pages and the background.
 * Every request type has a valibot schema for its payload, checked where it is received,
 * and a response type. A domain with several requests exports its own table (notes, page)
 * and this file composes them; every handler is wired in the background (lib/background).
 */
import * as v from 'valibot';
import type { ProvenanceAnswer, ProvenancePage } from '../provenance/lookup';
import type { PatternProvenanceAnswer } from '../provenance/pattern-examples';
import { notesRequestSchemas, type NotesResponseMap } from '../notes/requests';
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
  ...notesRequestSchemas,
  ...pageRequestSchemas,
} as const;

/** Response types, by request type. */
interface ResponseMap extends PageResponseMap, NotesResponseMap {
  'provenance:get': ProvenanceAnswer | PatternProvenanceAnswer | null;
  'provenance:lines': ProvenancePage;
  'reader:open': { tabId: number | undefined };
  'ping': 'pong';
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
