export type { Corpus, Paragraph, Speech, TextSpan } from './types';
export { parseCorpus, paragraphOffsetToFile } from './parse-corpus';
export { detectFamilies, containment, shingles } from './families';
