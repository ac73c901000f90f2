/**
 * Surface forms the normaliser cannot derive. It already folds 、，, and width, so a list is
 * found however it is punctuated, but not when the marks are dropped (不忘初心牢记使命) nor
 * in traditional script, as Hong Kong, Macau and overseas pages write it. OpenCC makes the
 * traditional forms at build time, in both the Taiwan and the Hong Kong standard.
 */
import { Converter } from 'opencc-js/cn2t';
import { normalizePhrase } from '../../matcher/normalize';

const toTaiwan = Converter({ from: 'cn', to: 'tw' });
const toHongKong = Converter({ from: 'cn', to: 'hk' });

/** Traditional spellings of `text` that differ from it (Taiwan and Hong Kong standards). */
export function traditionalForms(text: string): string[] {
  return [...new Set([toTaiwan(text), toHongKong(text)])].filter((t) => t !== text);
}

/** The list with its marks dropped, when it is a list of items of two or more characters. */
function unpunctuated(text: string): string | null {
  const items = text.split(/[、,，]/);
  return items.length > 1 && items.every((s) => s.length >= 2) ? items.join('') : null;
}

/**
 * Variants of an entry: the unpunctuated list, surface forms seen in the seeds (a quote run
 * “等不起”“慢不得”“坐不住”), and the traditional form of each. Forms that normalise to the
 * entry's own text, or to one another, are dropped; the order is stable.
 */
export function variantsOf(text: string, seenSurfaces: readonly string[] = []): string[] {
  const simplified = [text, unpunctuated(text), ...seenSurfaces].filter((s): s is string => !!s);
  const all = [...simplified, ...simplified.flatMap(traditionalForms)];
  const keys = new Set<string>();
  const out: string[] = [];
  for (const form of all) {
    const key = normalizePhrase(form);
    if (keys.has(key)) continue;
    keys.add(key);
    if (form !== text) out.push(form);
  }
  return out;
}

/** Traditional spellings of a frame's parts, when any part changes. */
export function frameAlternatives(parts: readonly string[]): string[][] {
  const out: string[][] = [];
  for (const convert of [toTaiwan, toHongKong]) {
    const alt = parts.map((p) => convert(p));
    const same = alt.every((p, i) => p === parts[i]);
    if (!same && !out.some((o) => o.every((p, i) => p === alt[i]))) out.push(alt);
  }
  return out;
}
