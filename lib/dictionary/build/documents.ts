/**
 * The texts the build learns from: seed paragraphs, segmented once (positive evidence, with
 * speech, family and file offsets), and everyday texts, normalised the way a page is
 * (negative evidence: what the matcher would wrongly light up there).
 */
import { normalizePhrase } from '../../matcher/normalize';
import { parseCorpus, paragraphOffsetToFile, type Corpus, type Paragraph } from '../../corpus';
import { segment, type Token } from './segment';

/** One segmented seed paragraph. */
export interface SegmentedDoc {
  text: string;
  tokens: Token[];
  /** 1-based speech id. */
  speech: number;
  /** Speech family id (a redacted copy shares its original's). */
  family: number;
  /** 0-based paragraph index within its speech. */
  paragraph: number;
  /** The corpus paragraph, for mapping offsets back to the seed file. */
  source: Paragraph;
}

/** Every seed paragraph and everyday text, segmented, with the parsed corpus. */
export interface SegmentedCorpus {
  corpus: Corpus;
  seeds: SegmentedDoc[];
  /** Everyday texts, normalised like page text (whitespace gone, list marks folded). */
  everyday: string[];
}

/** Parse the seed file and segment every paragraph (headings too: they carry slogans). */
export function segmentCorpus(seedText: string, everydayTexts: readonly string[]): SegmentedCorpus {
  const corpus = parseCorpus(seedText);
  const seeds: SegmentedDoc[] = [];
  for (const speech of corpus.speeches) {
    for (const p of speech.paragraphs) {
      seeds.push({ text: p.text, tokens: segment(p.text), speech: speech.id, family: speech.family, paragraph: p.index, source: p });
    }
  }
  return { corpus, seeds, everyday: everydayTexts.map(normalizePhrase) };
}

/** Seed-file offset of an offset in a paragraph's text. */
export function fileOffset(doc: SegmentedDoc, offset: number): number {
  return paragraphOffsetToFile(doc.source, offset);
}
