/**
 * `npm run scan -- <file.txt | file.html | URL> [--json]`: find stock phrases in a text,
 * a saved page or a live page, with the extension's own dictionary and matcher.
 * Errors (missing file, bad URL, binary input) print one line on stderr and exit 1.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createStockScanner, type DictionaryArtifact } from '../lib/dictionary';
import type { CorpusProvenanceArtifact } from '../lib/provenance/artifact';
import { ScanInputError } from './lib-scan/decode';
import { formatReport } from './lib-scan/format-report';
import { readScanInput } from './lib-scan/read-input';

const USAGE = 'usage: npm run scan -- <file.txt | file.html | URL> [--json]';

function loadArtifact<T>(name: string): T {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../seeds/${name}`, import.meta.url)), 'utf8')) as T;
}

async function main(args: string[]): Promise<void> {
  const json = args.includes('--json');
  const targets = args.filter((a) => a !== '--json');
  if (targets.length !== 1) throw new ScanInputError(USAGE);
  const input = await readScanInput(targets[0]!);
  const dictionary = loadArtifact<DictionaryArtifact>('dictionary.json');
  const scanner = createStockScanner(dictionary);
  const scan = scanner.scanBlocks(input.blocks, '\n');
  if (json) {
    const { chars, stockChars, density, matches } = scan;
    process.stdout.write(`${JSON.stringify({ chars, stockChars, density, matches })}\n`);
    return;
  }
  const provenance = loadArtifact<CorpusProvenanceArtifact>('provenance.json');
  process.stdout.write(`${formatReport(input.source, scan, scanner.entries, provenance).join('\n')}\n`);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  const message = e instanceof ScanInputError ? e.message : `scan failed: ${(e as Error)?.message ?? String(e)}`;
  process.stderr.write(`scan: ${message.split('\n')[0]}\n`);
  process.exitCode = 1;
});
