/**
 * `npm run dict:why -- 作风建设 主旋律 …`: why each phrase is in the dictionary or not — its
 * evidence, the weighted reasons and the rejection, from a fresh build.
 */
import { buildDictionary, readBuildInputs } from '../lib/dictionary/build';
import { normalizePhrase } from '../lib/matcher/normalize';

const built = buildDictionary(readBuildInputs(process.cwd()));
for (const text of process.argv.slice(2)) {
  const key = normalizePhrase(text);
  const s = built.scored.find((x) => x.candidate.key === key);
  const entry = built.dictionary.entries.find((e) => normalizePhrase(e.text) === key);
  if (!s) {
    console.log(`${text}: ${entry ? `entry (${entry.kind})` : 'never a candidate (not proposed, or seen in one family only)'}`);
    continue;
  }
  const { candidate, evidence, contributions, score, rejected } = s;
  console.log(`${text}: ${entry ? `KEPT as ${entry.kind}` : `rejected — ${rejected}`}  score ${score}`);
  console.log(`  words ${candidate.words.map((w, i) => `${w}/${candidate.tags[i]}`).join(' ')}  origins ${[...candidate.origins].join(',')}`);
  console.log(`  ${contributions.map((c) => `${c.reason}${c.weight > 0 ? '+' : ''}${c.weight}`).join(' ')}`);
  const { families, years, organs, occurrences, closedLeft, closedRight, topic, general, corpusRate } = evidence;
  console.log(`  ${JSON.stringify({ occurrences, families, years, organs, closedLeft, closedRight, topic, general: +general.toFixed(1), corpusRate: +corpusRate.toFixed(1), rightOpen: +evidence.rightOpen.toFixed(2), leftOpen: +evidence.leftOpen.toFixed(2), rightEntropy: +evidence.rightEntropy.toFixed(2), leftEntropy: +evidence.leftEntropy.toFixed(2) })}`);
}
