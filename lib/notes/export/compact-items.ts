/**
 * JSON with the document's frame indented and each item on one compact line. A diff of two
 * exports then shows one line per changed note, and 10,000 notes weigh about half of what
 * full indentation costs (which matters: the text crosses the message channel).
 */

/** Stands where the items go until they are spliced in. */
export const ITEMS_PLACEHOLDER = '\u0000items\u0000';

/** Stringify `frame` (which holds `ITEMS_PLACEHOLDER` once), then put `items` there, one per line. */
export function stringifyWithCompactItems(frame: unknown, items: readonly unknown[]): string {
  const text = JSON.stringify(frame, null, 2);
  const token = JSON.stringify(ITEMS_PLACEHOLDER);
  const at = text.indexOf(token);
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const indent = text.slice(lineStart, at).match(/^ */)?.[0] ?? '';
  const array = items.length === 0 ? '[]' : `[\n${items.map((item) => `${indent}  ${JSON.stringify(item)}`).join(',\n')}\n${indent}]`;
  return `${text.slice(0, at)}${array}${text.slice(at + token.length)}\n`;
}
