/**
 * Numbered formulations (四个意识, 两个维护, 六大战略, “四干”): a numeral, usually a measure
 * word, and a short head. Where the seeds spell the members out right before the name
 * (想干事、能干事、会干事、干成事“四干”), the build keeps them with the entry.
 */

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Measure words of formulations (四个, 六大, 九项, 八条, 五种, 三类, 四重). */
const MEASURE = '个大项条种类重';
const NUMERAL = '(?:两|[二三四五六七八九十]{1,2})';

/** Numeral + measure + a head of two or more chars: 四个意识, 九项重点工作, 六大战略. */
const WITH_MEASURE = new RegExp(`^${NUMERAL}[${MEASURE}][\\u4e00-\\u9fff]{2,6}$`);
/** Numeral + a short head, only when quoted as a name: “四干”, “三满意”, “两学一做”. */
const SHORT_NAME = new RegExp(`^${NUMERAL}[\\u4e00-\\u9fff]{1,3}$`);

/** Heads that make an ordinary count, not a formulation (四个方面, 两个市级重点项目). */
const GENERIC_HEAD = /^(?:..?[个大项条种类重])(?:方面|意见|问题|部分|阶段|步骤|环节|单位|部门|地方|词|市级|县级|省级)/;
/** Units after a numeral that make a quantity or an ordinal (三年, 十分, 十七届, 二是). */
const NOT_A_NAME = /^(?:两|[二三四五六七八九十]{1,2})[年月日天次倍岁万千百亿名人分元届是要到点中]/;

const STARTS_WITH_NUMERAL = new RegExp(`^${NUMERAL}`);

/** A numeral word as jieba cuts it: the numeral alone, or numeral + measure (四个, 六大). */
const NUMERAL_WORD = new RegExp(`^${NUMERAL}[${MEASURE}]?$`);

/** Tags of a numbered formulation that jieba knows as one word (三个代表/nz, 三位一体/l);
 *  other single words (五星级/b) are ordinary vocabulary. */
const NAMED_TAGS = new Set(['nz', 'j', 'l', 'i']);

/**
 * True when `text` has the shape of a numbered formulation and its first jieba word is
 * the numeral (so 两头受理, whose first word is 两头, is not one). Short names without a
 * measure word (四干) count only when `quoted`: unquoted, 三是 or 十七届 would slip in.
 */
export function isNumbered(text: string, firstWord: string, firstTag: string, quoted: boolean): boolean {
  if (!STARTS_WITH_NUMERAL.test(text) || NOT_A_NAME.test(text) || GENERIC_HEAD.test(text)) return false;
  if (firstWord === text) return NAMED_TAGS.has(firstTag);
  if (!NUMERAL_WORD.test(firstWord)) return false;
  return WITH_MEASURE.test(text) || (quoted && SHORT_NAME.test(text));
}

/** The value of a leading Chinese numeral up to 99 (四 → 4, 十二 → 12, 二十 → 20), else 0. */
export function leadingNumber(text: string): number {
  const m = /^([一二两三四五六七八九]?)(十?)([一二三四五六七八九]?)/.exec(text);
  if (!m || m[0] === '') return 0;
  const [, tens, ten, ones] = m;
  if (!ten) return DIGITS[tens!] ?? 0;
  return (tens ? DIGITS[tens]! : 1) * 10 + (ones ? DIGITS[ones]! : 0);
}

/**
 * The members spelled out right before a numbered formulation at `start` in `text`:
 * the 、-list closing the clause before it (or a quoted list, “A、B”等五种能力), when it has
 * exactly as many items as the numeral says. The first item loses any leading verb phrase
 * (坚持想干事 → 想干事) so that it is no longer than the longest of the others.
 */
export function membersBefore(text: string, start: number, count: number): string[] | null {
  if (count < 2) return null;
  let end = start;
  while (end > 0 && /[“"「等]/.test(text[end - 1]!)) end--;
  if (text[end - 1] === '”' || text[end - 1] === '"') end--;
  let from = end;
  while (from > 0 && !/[,，。;；:：!！?？“"「(（]/.test(text[from - 1]!)) from--;
  const items = text.slice(from, end).split(/[、]/);
  if (items.length !== count || items.some((s) => !/^[\u4e00-\u9fff]{2,16}$/.test(s))) return null;
  const longest = Math.max(...items.slice(1).map((s) => s.length));
  if (items[0]!.length > longest) items[0] = items[0]!.slice(items[0]!.length - longest);
  // An item cut mid-phrase (地用马列主义) or running into a conjunction (邓小平理论和) is no member.
  if (items.some((s) => /^[地的得和与及]|[和与及的]$/.test(s))) return null;
  return items;
}

/** The head a numbered name counts (四个意识 → 意识, 六大战略 → 战略, 两个维护 → 维护). */
export function numberedHead(text: string): string {
  return text.replace(new RegExp(`^${NUMERAL}[${MEASURE}]?`), '');
}

/**
 * Members from a parallel list elsewhere in the corpus: as many items as the number says,
 * each ending on the counted head (政治意识、大局意识、核心意识、看齐意识 for 四个意识).
 */
export function membersFromLists(text: string, lists: ReadonlyArray<readonly string[]>): string[] | null {
  const count = leadingNumber(text);
  const head = numberedHead(text);
  if (count < 2 || head.length < 2) return null;
  return [...lists].find((items) => items.length === count && items.every((s) => s.endsWith(head) && s.length > head.length))?.slice() ?? null;
}
