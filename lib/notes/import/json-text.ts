/**
 * Parse untrusted JSON defensively: bounded size and depth (checked before parsing, so
 * deep junk cannot exhaust the stack), no NUL characters, and no keys that could reach an
 * object's prototype when the data is later spread or merged.
 */
import { MAX_IMPORT_CHARS, MAX_IMPORT_DEPTH } from './limits';
import { problem, type ImportProblem } from './problems';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Deepest nesting of `[` and `{` outside strings. */
function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) max = Math.max(max, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/** The parsed value, or why the text is not acceptable JSON. */
export type ParsedJson = { ok: true; value: unknown } | { ok: false; problem: ImportProblem };

/** Parse an import file's text; a leading byte-order mark is allowed. */
export function parseUntrustedJson(input: string): ParsedJson {
  if (input.length > MAX_IMPORT_CHARS) return problem('too-large', `${input.length} characters`);
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (!text.trim()) return problem('empty', 'the file is empty');
  if (text.includes('\u0000')) return problem('not-json', 'the file contains NUL characters (binary data?)');
  const depth = jsonDepth(text);
  if (depth > MAX_IMPORT_DEPTH) return problem('too-deep', `nested ${depth} levels; at most ${MAX_IMPORT_DEPTH}`);
  let forbidden: string | undefined;
  try {
    const value: unknown = JSON.parse(text, function (key, v: unknown) {
      if (FORBIDDEN_KEYS.has(key)) forbidden ??= key;
      return v;
    });
    if (forbidden) return problem('forbidden-key', `the key "${forbidden}" is not allowed`);
    return { ok: true, value };
  } catch (error) {
    return problem('not-json', error instanceof Error ? error.message : 'not JSON');
  }
}
