/**
 * The shape of a curated formulation and the helpers the curated lists are written with.
 * Kept apart from the lists so that each list file stays small and imports no other list.
 */
import type { PhraseKind } from './types';

/** One curated formulation; frames live in canonical-frames.ts. */
export interface CanonicalFormulation {
  text: string;
  kind: PhraseKind;
  /** What a numbered formulation stands for, as central documents list it. */
  members?: string[];
}

/** A fixed formulation of theory, goal or policy (以人民为中心, 统筹发展和安全). */
export const slogan = (text: string): CanonicalFormulation => ({ text, kind: 'slogan' });
/** A bureaucratic bundle any government text may use (贯彻落实, 压紧压实). */
export const bundle = (text: string): CanonicalFormulation => ({ text, kind: 'bundle' });
/** A campaign formula, usually a parallel list (无禁区、全覆盖、零容忍). */
export const formula = (text: string): CanonicalFormulation => ({ text, kind: 'formula' });
/** A numbered formulation, with its members where central documents fix them. */
export const numbered = (text: string, members?: string[]): CanonicalFormulation => ({ text, kind: 'numbered', members });
/** Split a 、-list into its items. */
export const list = (s: string): string[] => s.split('、');
