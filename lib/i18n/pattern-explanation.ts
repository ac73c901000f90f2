/**
 * The card's explanation of a pattern match, as a UI string key and its arguments: which
 * rule found it and what its items share (并列提法：3 项共用“导向”). Pure, so the card
 * component stays a view and the wording is tested without a DOM.
 */
import { describePattern, type PatternDescription } from '../matcher/patterns/describe';
import type { PatternType } from '../matcher/patterns/types';
import type { PageStringKey } from './page-strings';

const KEYS: Record<PatternType, PageStringKey> = {
  'parallel-tail': 'patternParallelTail',
  'parallel-head': 'patternParallelHead',
  'parallel-shape': 'patternParallelShape',
  'quoted-list': 'patternQuotedList',
  'quoted-numbered': 'patternQuotedNumbered',
  'enumeration': 'patternEnumeration',
};

/** A pattern match explained: the sentence to show, and the description it came from. */
export interface PatternExplanation {
  key: PageStringKey;
  args: Array<string | number>;
  description: PatternDescription;
}

/** The explanation of a `pattern:` match's text, or null (a dictionary id, or text the rule no longer finds). */
export function explainPattern(entryId: string, text: string): PatternExplanation | null {
  const description = describePattern(entryId, text);
  if (!description) return null;
  const shared = description.type === 'quoted-numbered' ? description.items[0]! : description.shared;
  return { key: KEYS[description.type], args: [description.items.length, shared], description };
}
