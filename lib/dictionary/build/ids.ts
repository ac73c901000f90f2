/**
 * Stable entry ids. Notes cite entries by id, so an id must survive a rebuild: it is derived
 * from the kind and the canonical text alone, never from a position or a score.
 */
import { createHash } from 'node:crypto';
import type { PhraseKind } from '../types';

const PREFIX: Record<PhraseKind, string> = { slogan: 's', numbered: 'n', formula: 'f', bundle: 'b', frame: 'fr', ritual: 'r' };

/** Hex SHA-256 of a UTF-8 string. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** `b-3f2a9c1b`: kind prefix + the first 8 hex digits of SHA-256 of the canonical text. */
export function entryId(kind: PhraseKind, text: string): string {
  return `${PREFIX[kind]}-${sha256Hex(text).slice(0, 8)}`;
}
