/**
 * JSON with the document's frame indented and each item on one compact line. A diff of two
 * exports then shows one line per changed note, and 10,000 notes weigh about half of what
 * full indentation costs (which matters: the text crosses the message channel).
 *
 * The frame is written key by key and the items go in at a path: no placeholder string is
 * searched for in the output, so nothing a user typed (a setting, a note) can move them.
 */

type Frame = { readonly [key: string]: unknown };

/** `JSON.stringify(value, null, 2)`, continued at `indent`. */
function indented(value: unknown, indent: string): string | undefined {
  return JSON.stringify(value, null, 2)?.replace(/\n/g, `\n${indent}`);
}

function itemsArray(items: readonly unknown[], indent: string): string {
  return items.length === 0 ? '[]' : `[\n${items.map((item) => `${indent}  ${JSON.stringify(item)}`).join(',\n')}\n${indent}]`;
}

function render(frame: Frame, path: readonly string[], items: readonly unknown[], indent: string): string {
  const [key, ...rest] = path;
  const inner = `${indent}  `;
  const lines: string[] = [];
  for (const [k, v] of Object.entries(frame)) {
    if (k === key) continue;
    const text = indented(v, inner);
    if (text !== undefined) lines.push(`${inner}${JSON.stringify(k)}: ${text}`);
  }
  const child = rest.length === 0 ? itemsArray(items, inner) : render((frame[key!] as Frame | undefined) ?? {}, rest, items, inner);
  lines.push(`${inner}${JSON.stringify(key)}: ${child}`);
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

/**
 * Stringify `frame` with `items` at `path` (e.g. `['notes']`, `['first', 'items']`), one per
 * line. The key at each step of the path is written last in its object.
 */
export function stringifyWithCompactItems(frame: Frame, path: readonly [string, ...string[]], items: readonly unknown[]): string {
  return `${render(frame, path, items, '')}\n`;
}
