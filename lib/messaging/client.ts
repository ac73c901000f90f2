import { browser } from 'wxt/browser';
import type { RequestEnvelope, RequestPayload, RequestType, ResponseEnvelope, ResponseOf } from './protocol';

/** A failure reported by the background, with a message meant for the user. */
class RequestError extends Error {
  override name = 'RequestError';
}

/**
 * Send a typed request to the background and wait for its answer. A stopped service
 * worker is woken by the message itself; a missing answer is retried once, because a
 * worker that is starting can drop the very first message.
 */
export async function sendRequest<T extends RequestType>(type: T, payload: RequestPayload<T>): Promise<ResponseOf<T>> {
  const envelope: RequestEnvelope<T> = { tifa: 1, type, payload };
  let answer = (await browser.runtime.sendMessage(envelope)) as ResponseEnvelope<T> | undefined;
  if (!answer) answer = (await browser.runtime.sendMessage(envelope)) as ResponseEnvelope<T> | undefined;
  if (!answer) throw new RequestError(`No answer from the extension for ${type}`);
  if (!answer.ok) throw new RequestError(answer.error);
  return answer.value;
}

/** Send a typed request to the content script in a tab's top frame. */
export async function sendTabRequest<T extends RequestType>(tabId: number, type: T, payload: RequestPayload<T>): Promise<ResponseOf<T>> {
  const envelope: RequestEnvelope<T> = { tifa: 1, type, payload };
  const answer = (await browser.tabs.sendMessage(tabId, envelope, { frameId: 0 })) as ResponseEnvelope<T> | undefined;
  if (!answer) throw new RequestError(`No answer from the page for ${type}`);
  if (!answer.ok) throw new RequestError(answer.error);
  return answer.value;
}
