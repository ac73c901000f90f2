/** A paragraph of a seed speech, joined across line and page breaks. */
export interface Paragraph {
  /** 0-based index within its speech (reader.html#…&p=N). */
  index: number;
  /** The paragraph's text, line breaks and page numbers removed. */
  text: string;
  /** Pieces of the seed file the text is made of, in order; text is their concatenation. */
  spans: TextSpan[];
  /** True for a section heading such as 一、… or (二)… with no sentence of its own. */
  heading: boolean;
}

/** `text.slice(textStart, textStart + (end - start))` equals `file.slice(start, end)`. */
interface TextSpan {
  start: number;
  end: number;
  textStart: number;
}

/** One speech of the seed file. */
export interface Speech {
  /** 1-based, in file order (reader.html#speech=N). */
  id: number;
  title: string;
  subtitle?: string;
  speaker?: string;
  date?: string;
  /** Id of the speech family: a redacted or edited copy shares its original's family. */
  family: number;
  paragraphs: Paragraph[];
  /** Offsets of the whole speech (header included) in the seed file. */
  start: number;
  end: number;
}

/** The parsed seed file. */
export interface Corpus {
  speeches: Speech[];
  /** Number of distinct speech families. */
  familyCount: number;
}
