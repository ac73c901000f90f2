import { readerHash } from '../reader/route';
import type { ProvenanceLine } from '../provenance/lookup';

/** The reader hash for one provenance line: the document, the paragraph, the occurrence. */
export function readerHashFor(line: ProvenanceLine): string {
  return readerHash({ doc: line.doc, paragraph: line.paragraph, from: line.from, to: line.to });
}
