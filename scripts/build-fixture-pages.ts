/**
 * Writes the generated fixture pages (the demo county site page) from the seed file,
 * so the demo and the e2e tests read the same speech the dictionary is built from.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { parseCorpus } from '../lib/corpus';
import { countySitePage } from './fixtures/county-site-page';

const corpus = parseCorpus(readFileSync('seeds/speeches.txt', 'utf8'));
mkdirSync('tests/fixtures/pages', { recursive: true });
const [first, , third, fourth, fifth] = corpus.speeches;
const pages: Record<string, string> = {
  'county-speech.html': countySitePage([first!]),
  'long-speech.html': countySitePage([first!, third!, fourth!, fifth!]),
};
for (const [name, html] of Object.entries(pages)) {
  writeFileSync(`tests/fixtures/pages/${name}`, html);
  console.log(`wrote tests/fixtures/pages/${name}`);
}
