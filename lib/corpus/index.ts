export type { Paragraph, Speech } from './types';
export { parseCorpus, paragraphOffsetToFile } from './parse-corpus';
export { detectFamilies, containment, shingles } from './families';
