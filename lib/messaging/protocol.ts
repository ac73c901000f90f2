/**
 * The one typed protocol between content scripts, extension pages and the background.
 * Every request type has a valibot schema for its payload, checked where it is received,
 * and a response type. Add a request here and its handler in the background; nowhere else.
 */
import * as v from 'valibot';
import type { ProvenanceAnswer } from '../provenance/lookup';

const entryId = v.pipe(v.string(), v.minLength(1), v.maxLength(80));

/** Payload schemas, by request type. */
export const requestSchemas = {
  /** The provenance of one dictionary entry, for the card. */
  'provenance:get': v.object({ entryId }),
  /** Open the reader at a paragraph in a new tab (pages cannot link to extension pages). */
  'reader:open': v.object({ hash: v.pipe(v.string(), v.maxLength(80), v.regex(/^#speech=\d+(&p=\d+(&from=\d+&to=\d+)?)?$/)) }),
  /** Liveness check used by tests and by pages that wait for a restarted worker. */
  'ping': v.object({}),
} as const;

/** Response types, by request type. */
export interface ResponseMap {
  'provenance:get': ProvenanceAnswer | null;
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
