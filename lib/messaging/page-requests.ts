/**
 * Requests about the page in a tab: sent by the popup and the background to the
 * content script of the tab's top frame (`tabs.sendMessage`), and the content script's
 * reports to the background. Part of the one protocol in `protocol.ts`.
 */
import * as v from 'valibot';
import { PHRASE_KINDS, type PhraseKind } from '../dictionary/types';
import type { PageStats } from '../highlighter/types';

const entryId = v.pipe(v.string(), v.minLength(1), v.maxLength(80));

/** A phrase on the page with its count, for the popup's top list and the page report. */
export interface PagePhrase {
  entryId: string;
  text: string;
  kind: PhraseKind;
  /** How often a reader sees it: painted on its own plus inside longer phrases (lib/page/nested-counts.ts). */
  count: number;
  /** Of `count`, the times it sits inside a longer painted phrase, and those phrases. */
  nested?: number;
  containedIn?: string[];
}

/** What the popup shows about a tab. */
export interface PageSummary {
  url: string;
  title: string;
  enabled: boolean;
  stats: PageStats;
  top: PagePhrase[];
}

/** What the side panel shows about a tab: every phrase, and where on the page they sit. */
export interface PagePhrases extends PageSummary {
  /** Painted phrases per slice of the page's height, top to bottom; `first` is the order of the slice's first match. */
  density: Array<{ count: number; first: number }>;
}

/** One paragraph of the page's text with its phrases as offsets, for the annotated export. */
export interface AnnotatedParagraph {
  text: string;
  marks: Array<{ start: number; end: number; kind: PhraseKind; entryId: string }>;
}

/** The page's text with its phrases, for the annotated-HTML export. */
export interface AnnotatedPageData {
  url: string;
  title: string;
  paragraphs: AnnotatedParagraph[];
}

/** The page report's data: each phrase with the sentences it occurs in. */
export interface PageReportData {
  url: string;
  title: string;
  phrases: Array<PagePhrase & { sentences: string[] }>;
}

/** Payload schemas of the page requests. */
export const pageRequestSchemas = {
  /** Popup → content: counts, density, breakdown and top phrases. */
  'page:summary': v.object({}),
  /** Popup → content: scroll to the next occurrence of an entry and flash it. */
  'page:reveal': v.object({ entryId }),
  /** Side panel → content: every phrase with reader counts, and the density along the page. */
  'page:phrases': v.object({}),
  /** Side panel → content: scroll to the phrase at a position in document order and flash it. */
  'page:reveal-at': v.object({ order: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  /** Side panel → content: the page's text and phrases, for the annotated-HTML export. */
  'page:annotated': v.object({}),
  /** Background (keyboard command) → content: move to the next or previous phrase. */
  'page:step': v.object({ direction: v.picklist(['next', 'prev']) }),
  /** Background (keyboard command) → content: open the card for the current phrase. */
  'page:open-card': v.object({}),
  /** Popup → content: the findings for the page report. */
  'page:report': v.object({}),
  /** Popup → background: the user granted this origin; run the content script there. */
  'site:enable': v.object({
    origin: v.pipe(v.string(), v.maxLength(300), v.regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i)),
    tabId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  }),
  /** Context menu or a page → background: add a personal stock phrase. */
  'personal:add': v.object({
    text: v.pipe(v.string(), v.maxLength(200)),
    kind: v.optional(v.picklist(PHRASE_KINDS), 'slogan'),
    comment: v.optional(v.pipe(v.string(), v.maxLength(2000)), ''),
  }),
  /** Content → background: the count changed (for the badge). */
  'page:count': v.object({ count: v.pipe(v.number(), v.integer(), v.minValue(0)), enabled: v.boolean() }),
} as const;

/** Response types of the page requests. */
export interface PageResponseMap {
  'page:summary': PageSummary;
  'page:reveal': { found: boolean };
  'page:phrases': PagePhrases;
  'page:reveal-at': { found: boolean };
  'page:annotated': AnnotatedPageData;
  'page:step': { index: number; total: number };
  'page:open-card': { opened: boolean };
  'page:report': PageReportData;
  'site:enable': { registered: boolean };
  'personal:add': { problem: string | null };
  'page:count': null;
}
