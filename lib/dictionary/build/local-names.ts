/**
 * Proper names of one place or person (澄城, 金坛, 方国强). A phrase built on one is local
 * colour, not stock language, and would never recur on another government's page. jieba's
 * name tags are noisy in this register (立德 and 明查暗访 come out as person names), so a
 * tag alone never condemns a word: it must also be confined to one speech family and look
 * like a place (an administrative suffix follows it) or be tagged a place name.
 */
import type { SegmentedDoc } from './documents';
import { COMMON_WORD, type Baseline } from './baseline';
import { segment } from './segment';

const ADMIN_SUFFIX = /^[县市省区镇乡村州]/;
const NAME_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg']);
/** Names of the whole country are not local colour (中国梦, 全国, 中华民族). */
const NATIONAL = new Set(['中国', '中华', '全国', '中央', '国家', '祖国', '中华民族']);
/** A place-tagged word this often in one family is that speech's place (澄城 ×19). */
const PLACE_REPEATS = 5;

interface WordSeen {
  tag: string;
  families: Set<number>;
  count: number;
  suffixed: boolean;
}

/** Common in general Chinese, and not a name to jieba either. */
function ordinaryWord(word: string, baseline?: Baseline): boolean {
  return !!baseline && baseline.frequency(word) >= COMMON_WORD && !segment(word).every((t) => NAME_TAGS.has(t.tag));
}

/** Local proper names found in the corpus: speakers, and one-family place names. */
export function findLocalNames(speakers: ReadonlyArray<string | undefined>, docs: readonly SegmentedDoc[], baseline?: Baseline): Set<string> {
  const names = new Set<string>();
  for (const s of speakers) if (s && s.length >= 2) names.add(s);
  const seen = new Map<string, WordSeen>();
  for (const doc of docs) {
    doc.tokens.forEach((t, i) => {
      if (!NAME_TAGS.has(t.tag) || t.word.length < 2) return;
      const w = seen.get(t.word) ?? { tag: t.tag, families: new Set<number>(), count: 0, suffixed: false };
      w.families.add(doc.family);
      w.count++;
      if (ADMIN_SUFFIX.test(doc.tokens[i + 1]?.word ?? '')) w.suffixed = true;
      seen.set(t.word, w);
    });
  }
  for (const [word, w] of seen) {
    if (w.families.size !== 1 || NATIONAL.has(word)) continue;
    // A word ordinary Chinese uses often (中心 before 镇 or 村) is no proper name.
    if (baseline && baseline.frequency(word) >= COMMON_WORD) continue;
    const stem = word.length >= 3 && w.tag === 'ns' && /[县市省区镇]$/.test(word) ? word.slice(0, -1) : null;
    // 和平区 and 中心镇 are places, but 和平 and 中心 are ordinary words first (重庆 is a name).
    if (stem && (NATIONAL.has(stem) || ordinaryWord(stem, baseline))) continue;
    if (stem) names.add(stem);
    else if (w.suffixed || (w.tag === 'ns' && w.count >= PLACE_REPEATS)) names.add(word);
  }
  return names;
}

/**
 * The local name inside `text`, if any: as a word of its own, or a word it opens before an
 * administrative suffix (澄城县). Inside another word it is none (同德县's 同德 in 同心同德).
 */
export function localNameIn(text: string, names: ReadonlySet<string>): string | null {
  let words: string[] | null = null;
  for (const n of names) {
    if (!text.includes(n)) continue;
    words ??= segment(text).map((t) => t.word);
    if (words.some((w) => w === n || (w.startsWith(n) && ADMIN_SUFFIX.test(w.slice(n.length))))) return n;
  }
  return null;
}
