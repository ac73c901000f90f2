/**
 * The shape of a note as stored, exchanged and exported. A note cites a dictionary entry
 * by its stable id and, when it was written on a page, the exact occurrence there, using
 * the W3C Web Annotation selectors so the anchor survives page edits and exports cleanly.
 */

/** The quoted text and its context (W3C TextQuoteSelector): finds the text again after edits. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** UTF-16 offsets into the page's text (W3C TextPositionSelector): the fast path on revisit. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Where on the page a note's phrase occurred. */
export interface NoteAnchor {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** The page a note was written on. */
export interface NotePage {
  url: string;
  title: string;
}

/** One note, as stored in schema v2 and as exported. Times are milliseconds since the epoch. */
export interface Note {
  /** `crypto.randomUUID()`; never reused, so exports from two machines merge by id. */
  id: string;
  /** The dictionary entry's stable id. */
  entryId: string;
  /** The phrase as the dictionary wrote it, kept so the note reads well without the dictionary. */
  phrase: string;
  /** Null for a note on the phrase as a whole. */
  page: NotePage | null;
  /** Host of `page.url` without `www.`, for the site filter; null without a page. */
  site: string | null;
  /** Null for a note on the phrase as a whole. */
  anchor: NoteAnchor | null;
  /** True when the last visit could not find the quoted text; the note is kept all the same. */
  orphaned: boolean;
  /** Plain text; Markdown is shown as text. */
  body: string;
  tags: string[];
  created: number;
  updated: number;
  /** The dictionary version the phrase was found with. */
  dictionaryVersion: string;
}

/** What a caller supplies to create a note; the repository fills id, times and site. */
export interface NoteDraft {
  entryId: string;
  phrase: string;
  page?: NotePage | null;
  anchor?: NoteAnchor | null;
  body: string;
  tags?: string[];
  dictionaryVersion?: string;
}

/** What a user may change on an existing note. */
export interface NotePatch {
  body?: string;
  tags?: string[];
}

/** A search of the notes page: every field narrows the result; all empty lists everything. */
export interface NotesQuery {
  text?: string;
  entryId?: string;
  site?: string;
  tag?: string;
  /** Only notes whose anchor was lost. */
  orphanedOnly?: boolean;
  offset?: number;
  limit?: number;
}

/** One page of a query's result, newest first. */
export interface NotesPage {
  notes: Note[];
  total: number;
  offset: number;
}

/** What the filters of the notes page offer, each with its count. */
export interface NotesFacets {
  phrases: Array<{ entryId: string; phrase: string; count: number }>;
  sites: Array<{ site: string; count: number }>;
  tags: Array<{ tag: string; count: number }>;
  total: number;
}

/** The dictionary a note or an export refers to. */
export interface DictionaryStamp {
  version: string;
  seedHash: string;
}

/** The part of the user's settings that travels in a notes file. */
export interface PortableSettings {
  personalPhrases: Array<{ text: string; kind: string; comment: string }>;
  hiddenEntries: string[];
}
