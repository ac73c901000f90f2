/**
 * The shapes of the dictionary artifacts. `seeds/dictionary.json` (compact, loaded by
 * the content script) and `seeds/provenance.json` (contexts, loaded only by the
 * background and extension pages) are both built by `npm run build:dict`.
 */

/** The kinds of stock language, in the order the UI lists them. */
export const PHRASE_KINDS = ['slogan', 'numbered', 'formula', 'bundle', 'frame', 'ritual'] as const;

/** slogan: 提法 / fixed formulation; numbered: 四个意识; formula: quoted campaign formula;
 *  bundle: recurrent bureaucratic multi-word sequence; frame: 以…为指引 with a gap;
 *  ritual: speech ritual such as 同志们. */
export type PhraseKind = (typeof PHRASE_KINDS)[number];

/** A gapped frame: fixed parts in order, with at most `maxGap` characters between neighbours. */
export interface FrameSpec {
  parts: string[];
  maxGap: number;
  /** Enumerations (一是…二是…) may run across sentence ends; other frames stop at one. */
  crossSentences?: boolean;
  /** The same parts in other scripts (traditional), matched with the same gap. */
  alternatives?: string[][];
}

/** Where an entry comes from: mined from the dated corpus (seed speeches and documents). */
type EntrySource = 'corpus';

/** One dictionary entry, as the content script sees it. */
export interface DictionaryEntry {
  /** Stable across rebuilds while the canonical text is unchanged (notes cite it). */
  id: string;
  /** Canonical (dictionary) form, as written in the seeds. */
  text: string;
  kind: PhraseKind;
  /** Extra surface forms the normaliser cannot derive: no-separator list form, traditional script. */
  variants: string[];
  /** For kind 'frame': the fixed parts and the bounded gap. `text` is then e.g. "以…为指引". */
  frame?: FrameSpec;
  /** For kind 'numbered': what the number stands for, where the seeds spell it out. */
  members?: string[];
  /** Evidence score in [0, 1]; entries below the build threshold are not in the artifact. */
  score: number;
  /** Occurrences in the corpus (seed speeches and dated documents), as the page matcher finds them. */
  occurrences: number;
  /** Independent documents it occurs in (near-duplicates count once). */
  families: number;
  /** Always 'corpus': every entry is evidenced by corpus occurrences (optional for old artifacts). */
  source?: EntrySource;
  /** First and last year of use in the dated corpus, for the card's tooltip. */
  firstYear?: number;
  lastYear?: number;
  /** Set for the user's own phrases (not in the artifact): their comment. */
  personal?: { comment: string };
}

/** The compact artifact the content script loads. */
export interface DictionaryArtifact {
  /** Dictionary version, e.g. "1.0.0+3f2a9c1b" (format version + seed hash prefix). */
  version: string;
  /** SHA-256 of the seed file, hex. */
  seedHash: string;
  /** SHA-256 of the build's input files and code (build/input-hash.ts): the staleness check. */
  inputsHash?: string;
  entries: DictionaryEntry[];
}

/** One occurrence of an entry in the seed file. */
export interface ProvenanceOccurrence {
  /** 1-based speech number, as in reader.html#speech=N. */
  speech: number;
  /** 0-based paragraph index within that speech, as in reader.html#…&p=N. */
  paragraph: number;
  /** UTF-16 offsets into the seed file. */
  start: number;
  end: number;
  /** About two lines of context around the occurrence. */
  before: string;
  match: string;
  after: string;
}

/** The provenance artifact the background and the extension pages load. */
export interface ProvenanceArtifact {
  version: string;
  speeches: { id: number; title: string; speaker?: string; date?: string; family: number }[];
  /** Occurrences by entry id. */
  occurrences: Record<string, ProvenanceOccurrence[]>;
}
