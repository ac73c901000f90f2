/**
 * The texts the build learns from: every paragraph of the dated corpus (seed speeches first),
 * segmented once, with its document, family, year and organ, so recurrence can be counted
 * across independent documents, years and issuing bodies.
 */
import type { CorpusDocument } from '../../corpus/assemble';
import type { CorpusDocumentMeta } from '../../corpus/documents';
import { parseCorpus, paragraphOffsetToFile, type Paragraph } from '../../corpus';
import { segment, type Token } from './segment';

/** One segmented corpus paragraph. */
export interface SegmentedDoc {
  text: string;
  tokens: Token[];
  /** Index of its document in SegmentedCorpus.documents. */
  doc: number;
  /** Near-duplicate documents share a family and count once. */
  family: number;
  year?: number;
  /** The kind of body that issued it (organGroup). */
  organ: string;
  /** 0-based paragraph index within its document. */
  paragraph: number;
  /** For a seed speech: its 1-based number and the seed-file paragraph (old provenance format). */
  speech?: number;
  source?: Paragraph;
}

/** Every paragraph of the corpus, segmented, with the documents' metadata. */
export interface SegmentedCorpus {
  documents: CorpusDocumentMeta[];
  paras: SegmentedDoc[];
}

/** The kind of body that issued a document: the State Council, a central party organ, a
 *  province, or a county/city (the seed speeches). Reuse across these is reuse across organs. */
export function organGroup(meta: Pick<CorpusDocumentMeta, 'organ' | 'level'>): string {
  if (meta.level !== 'national') return meta.level;
  return /^中共|^中国共产党|纪律检查/.test(meta.organ ?? '') ? 'party' : 'state';
}

/** Segment every paragraph of `docs` (headings too: they carry slogans). `seedText` maps the
 *  seed documents (ids seed-N) back to seed-file paragraphs for the old provenance format. */
export function segmentDocuments(docs: readonly CorpusDocument[], seedText?: string): SegmentedCorpus {
  const speeches = seedText ? parseCorpus(seedText).speeches : [];
  const paras: SegmentedDoc[] = [];
  docs.forEach((d, doc) => {
    const seed = /^seed-(\d+)$/.exec(d.meta.id);
    const speech = seed ? speeches.find((s) => s.id === Number(seed[1])) : undefined;
    const organ = organGroup(d.meta);
    d.paragraphs.forEach((text, paragraph) => {
      if (!text.trim()) return;
      paras.push({
        text, tokens: segment(text), doc, family: d.meta.family, ...(d.meta.year ? { year: d.meta.year } : {}), organ, paragraph,
        ...(speech ? { speech: speech.id, source: speech.paragraphs[paragraph] } : {}),
      });
    });
  });
  return { documents: docs.map((d) => d.meta), paras };
}

/** Seed-file offset of an offset in a seed paragraph's text. */
export function fileOffset(doc: SegmentedDoc, offset: number): number {
  if (!doc.source) throw new Error('fileOffset: not a seed paragraph');
  return paragraphOffsetToFile(doc.source, offset);
}
