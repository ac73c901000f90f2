/**
 * What parallel items share: a tail (问题导向、目标导向 → 导向), a head (全面…), or the X不X
 * shape (拥护不拥护). Also the rules that keep ordinary lists out: the varying parts must
 * differ and must not be mere numbers (第一节、第二节), a tail must not start with a
 * particle (吃饭的时候、睡觉的时候).
 */
import { allNumeral } from './chars';

const MAX_AFFIX = 4;
/** Particles and conjunctions: a shared "tail" starting with one is grammar, not a formulation. */
const PARTICLES = new Set('的地得了着过之和与及或而在是有');

/** Longest common suffix of `items` (at most four chars). */
export function commonTail(items: readonly string[]): string {
  let n = 0;
  const first = items[0]!;
  while (n < MAX_AFFIX && n < first.length && items.every((s) => s.length > n && s[s.length - 1 - n] === first[first.length - 1 - n])) n++;
  return first.slice(first.length - n);
}

/** Longest common prefix of `items` (at most four chars). */
export function commonHead(items: readonly string[]): string {
  let n = 0;
  const first = items[0]!;
  while (n < MAX_AFFIX && n < first.length && items.every((s) => s.length > n && s[n] === first[n])) n++;
  return first.slice(0, n);
}

/** A shared affix worth a pattern: two chars or more, not led by a particle. */
export function usableAffix(affix: string): boolean {
  return affix.length >= 2 && !PARTICLES.has(affix[0]!);
}

/** Longer varying parts are names (浙江工业大学, 波兰人民共和国), not a formulation's slot. */
const MAX_VARYING = 4;

/** The varying parts are short, distinct and not a count (一号线、二号线、三号线). */
export function distinctVarying(varying: readonly string[], maxVarying = MAX_VARYING): boolean {
  if (varying.some((v) => v.length === 0 || v.length > maxVarying)) return false;
  if (new Set(varying).size !== varying.length) return false;
  return !varying.every(allNumeral);
}

/** X不X (拥护不拥护, 高兴不高兴): the same one or two chars either side of 不. */
export function isNotShape(s: string): boolean {
  if (s.length === 3) return s[1] === '不' && s[0] === s[2];
  if (s.length === 5) return s[2] === '不' && s.slice(0, 2) === s.slice(3);
  return false;
}
