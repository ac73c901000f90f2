/**
 * A hand-reviewed list of canonical national formulations (提法). The seeds are five local
 * speeches; a provincial work report, a 纪委 plenary speech or a People's Daily editorial
 * uses national 提法 the seeds never mention. Every item is standard Party-state vocabulary
 * of central documents, not drawn from the seeds and not a topic noun (乡村振兴 alone names
 * a work area, so only its fixed phrases are here). The build still gives each item its
 * provenance: its seed occurrences, or source 'canonical' with 0 occurrences.
 */
import { BUNDLES } from './canonical-bundles';
import type { CanonicalFormulation } from './canonical-entry';
import { NUMBERED } from './canonical-numbered';
import { PARTY_FORMULATIONS } from './canonical-party';
import { SLOGANS } from './canonical-slogans';

export type { CanonicalFormulation } from './canonical-entry';

/** Every curated contiguous formulation. */
export const CANONICAL_FORMULATIONS: readonly CanonicalFormulation[] = [...SLOGANS, ...PARTY_FORMULATIONS, ...NUMBERED, ...BUNDLES];
