/**
 * Word segmentation for the build, with jieba-wasm (Node build; never loaded by the page).
 * Phrases are cut on these word boundaries, so a phrase never starts or ends inside a word.
 */
import { tag } from 'jieba-wasm';

/** One jieba word with its part-of-speech tag and its UTF-16 offsets in the segmented text. */
export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/** HMM off: only dictionary words are words. With HMM on, jieba glues unknown characters
 *  into guessed words across real boundaries (在“创新”上见实效 → 上见), which would forbid good
 *  phrase edges; dictionary words (贯彻落实, 高度重视) stay whole either way. */
const USE_HMM = false;

/** Segment `text` into tagged words with offsets; the words concatenate back to `text`. */
export function segment(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  for (const t of tag(text, USE_HMM)) {
    const found = text.startsWith(t.word, at) ? at : text.indexOf(t.word, at);
    if (found < 0) continue; // jieba dropped or rewrote something: skip it, keep offsets honest
    tokens.push({ word: t.word, tag: t.tag, start: found, end: found + t.word.length });
    at = found + t.word.length;
  }
  return tokens;
}

/** The set of offsets where a word starts or ends: a phrase must begin and end on one. */
export function wordBoundaries(tokens: readonly Token[]): Set<number> {
  const cuts = new Set<number>();
  for (const t of tokens) {
    cuts.add(t.start);
    cuts.add(t.end);
  }
  return cuts;
}

/** True when the text is Han characters only (what a phrase may be made of, list marks aside). */
export function isHan(word: string): boolean {
  return /^[\u3400-\u9fff]+$/.test(word);
}
