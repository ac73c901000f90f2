/**
 * Character classes the pattern rules share. Code-unit tests, not regexes: they run on every
 * character of every block.
 */

/** A CJK unified ideograph (BMP): list items are runs of these. */
export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** True when every char of `s` is a Han ideograph. */
export function allHan(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isHan(s.charCodeAt(i))) return false;
  return s.length > 0;
}

const NUMERALS = new Set('〇零一二三四五六七八九十百千万亿两双第几');

/** True when `s` is made of numerals only (一, 十二, 第三): items that differ only in a number are a sequence, not a formulation. */
export function allNumeral(s: string): boolean {
  for (const c of s) if (!NUMERALS.has(c)) return false;
  return s.length > 0;
}

/** True for a numeral character (counting the 两/双 of 两个维护, 双随机). */
export function isNumeral(c: string): boolean {
  return NUMERALS.has(c);
}
