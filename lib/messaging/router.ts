import * as v from 'valibot';
import type { RequestPayload, RequestType, ResponseEnvelope, ResponseOf } from './protocol';
import { senderMayAsk, type ReceiverIdentity, type RequestSender } from './sender-rule';

export type { ReceiverIdentity, RequestSender } from './sender-rule';

/** A handler for one request type; it may throw, and the sender gets the message. */
type RequestHandler<T extends RequestType> = (
  payload: RequestPayload<T>,
  sender: RequestSender,
) => Promise<ResponseOf<T>> | ResponseOf<T>;

export type RequestHandlers = { [T in RequestType]?: RequestHandler<T> };

/** The payload schemas a context checks: the whole protocol in the background, only the
 *  page requests in a content script (so no other domain's code reaches the page). */
export type RequestSchemas = Partial<Record<RequestType, v.GenericSchema>>;

/**
 * Validate, check the sender (`sender-rule.ts`: a content script gets only its own page's
 * notes and nothing private to other sites) and dispatch one incoming message. Returns null
 * for messages that are not ours (so other listeners may answer), otherwise the response
 * envelope. Never throws.
 */
export async function routeRequest(
  message: unknown,
  sender: RequestSender,
  handlers: RequestHandlers,
  schemas: RequestSchemas,
  self: ReceiverIdentity,
): Promise<ResponseEnvelope | null> {
  if (!message || typeof message !== 'object' || (message as { tifa?: unknown }).tifa !== 1) return null;
  const { type, payload } = message as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(schemas, type)) {
    return { ok: false, error: `Unknown request type: ${String(type).slice(0, 40)}` };
  }
  const requestType = type as RequestType;
  const parsed = v.safeParse(schemas[requestType]!, payload);
  if (!parsed.success) {
    return { ok: false, error: `Invalid ${requestType} request: ${v.summarize(parsed.issues).slice(0, 300)}` };
  }
  const refused = senderMayAsk(requestType, parsed.output, sender, self);
  if (refused) return { ok: false, error: refused };
  const handler = handlers[requestType] as RequestHandler<RequestType> | undefined;
  if (!handler) return { ok: false, error: `No handler for ${requestType}` };
  try {
    return { ok: true, value: await handler(parsed.output as RequestPayload<RequestType>, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
