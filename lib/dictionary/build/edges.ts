/**
 * Which words may open or close a phrase. A bundle that starts with a dangling particle
 * (的, 了, 和) or ends on a preposition is a cut through a sentence, not a unit of speech.
 */

/** Function words that never open a phrase. */
const NO_START = new Set(
  ('的 地 得 了 着 过 和 与 及 以及 或 或者 而 并 并且 但 但是 也 都 就 又 还 才 再 要 是 在 对 把 将 为 被 给 让 使 ' +
    '从 向 于 由 因 等 之 其 这 那 此 该 各 每 我 你 他 她 它 我们 你们 他们 咱们 有 有的 一个 一些 这些 那些 这样 ' +
    '那样 这个 那个 就是 不是 没有 可以 能 会 所 则 即 如 若 虽 上 下 中 里 内 外 前 后 时 啊 吧 呢 吗 嘛')
    .split(' '),
);

/** Function words that never close a phrase. */
const NO_END = new Set(
  ('的 地 得 了 着 过 和 与 及 以及 或 而 并 但 也 都 就 又 还 才 再 要 是 在 对 把 将 为 被 给 让 使 从 向 于 由 ' +
    '因 等 之 其 这 那 此 该 各 每 我 你 他 我们 你们 他们 有 一个 一些 这些 那些 这样 这个 那个 不 很 更 最 ' +
    '能 会 可以 所 啊 吧 呢 吗 嘛 中 上 下 里 时 来 去 起来 出来')
    .split(' '),
);

/** jieba tags that never open a phrase: particles, conjunctions, pronouns, interjections. */
const NO_START_TAGS = new Set(['u', 'uj', 'ul', 'uz', 'ug', 'ud', 'uv', 'c', 'y', 'e', 'o', 'k', 'r', 'p', 'f']);
/** jieba tags that never close a phrase. */
const NO_END_TAGS = new Set(['u', 'uj', 'ul', 'uz', 'ug', 'ud', 'uv', 'c', 'y', 'e', 'o', 'r', 'p', 'd', 'f', 'q']);

/** True when a multi-word phrase may start with this word. */
export function canStart(word: string, tag: string): boolean {
  return !NO_START.has(word) && !NO_START_TAGS.has(tag);
}

/** True when a multi-word phrase may end with this word. */
export function canEnd(word: string, tag: string): boolean {
  return !NO_END.has(word) && !NO_END_TAGS.has(tag);
}

/** True when a neighbour word is a function word (的, 了, 和 …): being always next to one
 *  says nothing about a phrase being cut out of a longer one. */
export function isFunctionWord(word: string): boolean {
  return NO_START.has(word) || NO_END.has(word);
}
