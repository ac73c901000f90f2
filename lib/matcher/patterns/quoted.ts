/**
 * Short quoted formulas: “双随机、一公开” (a few short items joined by 、 or ，), “三个代表”,
 * “十五五”, “两个维护” (led by a numeral), “人工智能+” (a plus formula). Not ordinary quoted
 * words for emphasis (“主动”, “好处”), nor quoted speech or titles: those are neither lists,
 * nor numbered, nor short.
 */
import { allHan, isNumeral } from './chars';
import type { PatternHit } from './types';

const QUOTE = /“([^“”\n]{2,16})”/g;
const MAX_NUMBERED = 8;
const MIN_ITEM = 2;
const MAX_ITEM = 6;
/** Numerals that lead a two-char formula (三农, 四风, 双碳); 一 and 千 lead ordinary words (一下, 千万). */
/** 一切, 一些, 一样…: ordinary words, not a count (一带一路, 一国两制 are). */
const ONE_WORDS = new Set('切些般样起定直下点旦向再贯味致种个');
const TWO_CHAR_LEAD = new Set('三四五六七八九十两双');

function listItems(inner: string): string[] | null {
  const items = inner.split(/[、，]/);
  if (items.length < 2) return null;
  return items.every((s) => s.length >= MIN_ITEM && s.length <= MAX_ITEM && allHan(s)) ? items : null;
}

/** Led by a numeral and short: 三个代表, 十四五, 一带一路, 双一流, 三农 (but not 一下, 千万). */
function isNumbered(inner: string): boolean {
  if (inner.length > MAX_NUMBERED || !allHan(inner) || !isNumeral(inner[0]!) || inner[0] === '第') return false;
  if (inner.includes('的') || (inner[0] === '一' && ONE_WORDS.has(inner[1]!))) return false;
  // 千与千寻, 百货: 百/千/万 lead a count only before another numeral (百千万, 千万工程).
  if ('百千万'.includes(inner[0]!) && !isNumeral(inner[1]!)) return false;
  if (inner.length === 2) return TWO_CHAR_LEAD.has(inner[0]!) && !isNumeral(inner[1]!);
  return true;
}

/** A plus formula: 互联网+, 人工智能+. */
function isPlus(inner: string): boolean {
  return inner.length >= 3 && inner.endsWith('+') && allHan(inner.slice(0, -1));
}

/** Quoted formulas in `text`, in order; the span includes the quotation marks. */
export function detectQuotedFormulas(text: string): PatternHit[] {
  if (text.indexOf('“') < 0) return [];
  const hits: PatternHit[] = [];
  for (const m of text.matchAll(QUOTE)) {
    const inner = m[1]!;
    const start = m.index;
    const end = start + m[0].length;
    const items = listItems(inner);
    if (items) hits.push({ type: 'quoted-list', start, end, shared: '、', items });
    else if (isNumbered(inner) || isPlus(inner)) hits.push({ type: 'quoted-numbered', start, end, shared: inner[0]!, items: [inner] });
  }
  return hits;
}
