/**
 * The scanner CLI end to end: a text file, saved pages (UTF-8 and GBK), a URL served from
 * a local server, the --json contract, and one-line errors with a non-zero exit.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../../scripts/lib-scan/html-text';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DICTIONARY = JSON.parse(readFileSync(join(ROOT, 'seeds/dictionary.json'), 'utf8')) as { entries: Array<{ text: string; kind: string }> };
/** The kind the committed dictionary gives a phrase. */
const kindOf = (text: string) => DICTIONARY.entries.find((e) => e.text === text)?.kind ?? 'missing';
const FIXTURES = join(ROOT, 'tests/fixtures/scan');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function scan(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(TSX, ['scripts/scan.ts', ...args], { cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

interface JsonScan {
  chars: number;
  stockChars: number;
  density: number;
  matches: Array<{ text: string; start: number; end: number; kind: string; entryId: string }>;
}

let server: Server;
let base = '';
beforeAll(async () => {
  const gbk = readFileSync(join(FIXTURES, 'page-gbk.html'));
  server = createServer((req, res) => {
    if (req.url === '/gbk') {
      res.writeHead(200, { 'content-type': 'text/html; charset=GBK' });
      res.end(gbk);
    } else if (req.url === '/report.txt') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(readFileSync(join(FIXTURES, 'report.txt')));
    } else {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

describe.concurrent('npm run scan', () => {
  it('reports phrases, kinds, density and provenance for a text file', async () => {
    const run = await scan(join(FIXTURES, 'report.txt'));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/density \d+\.\d\d%/);
    // Kinds as the committed dictionary says (the dictionary is learned, so the test reads it).
    for (const text of ['不忘初心、牢记使命', '全面从严治党', '真抓实干']) expect(run.stdout).toMatch(new RegExp(`${kindOf(text)}\\s+${text}`));
    // The phrase's first use in the dated corpus, as the card leads with it.
    expect(run.stdout).toMatch(/不忘初心、牢记使命\n\s+first used in this corpus (19|20)\d\d-\d\d-\d\d: \S+; \d+ uses in \d+ documents/);
  }, 60_000);

  it('prints --json whose offsets cut the matches out of the file text', async () => {
    const run = await scan(join(FIXTURES, 'report.txt'), '--json');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as JsonScan;
    const text = readFileSync(join(FIXTURES, 'report.txt'), 'utf8');
    expect(Object.keys(out)).toEqual(['chars', 'stockChars', 'density', 'matches']);
    expect(out.density).toBeCloseTo(out.stockChars / out.chars, 10);
    expect(out.matches.length).toBeGreaterThan(10);
    for (const m of out.matches) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.entryId).toMatch(/^((s|n|f|b|fr|r)-[0-9a-f]{8}|pattern:[a-z-]+)$/);
    }
  }, 60_000);

  it('scans a saved HTML page block by block, skipping script and style', async () => {
    const run = await scan(join(FIXTURES, 'page.html'), '--json');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as JsonScan;
    const text = htmlToBlocks(readFileSync(join(FIXTURES, 'page.html'), 'utf8')).join('\n');
    for (const m of out.matches) expect(text.slice(m.start, m.end)).toBe(m.text);
    const found = out.matches.map((m) => m.text);
    expect(found).toEqual(expect.arrayContaining(['高度重视', '切实加强']));
    expect(found.some((t) => t.startsWith('深入学习贯彻'))).toBe(true);
    expect(found).not.toContain('不忘初心、牢记使命'); // only in a <script>
    expect(found).not.toContain('求真务实'); // only in <noscript>
    expect(found).not.toContain('群众反映强烈'); // split across two table cells
    expect(found.some((t) => t.includes('群众反映强烈'))).toBe(false);
  }, 60_000);

  it('decodes a GBK page, saved or served', async () => {
    for (const target of [join(FIXTURES, 'page-gbk.html'), `${base}/gbk`]) {
      const run = await scan(target, '--json');
      expect(run.code).toBe(0);
      const found = (JSON.parse(run.stdout) as JsonScan).matches.map((m) => m.text);
      expect(found).toEqual(expect.arrayContaining(['两个维护', '全面从严治党', '认真贯彻落实']));
      expect(found.some((t) => t.includes('四个意识'))).toBe(true);
    }
  }, 60_000);

  it('scans a URL served by a local server', async () => {
    const run = await scan(`${base}/report.txt`);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Tifa Lens scan of ${base}/report.txt`);
    expect(run.stdout).toMatch(/bundle\s+群众反映强烈/);
  }, 60_000);

  it.each([
    ['a missing file', ['/no/such/file.txt'], /no such file/],
    ['a malformed URL', ['http://[not-a-url'], /bad URL/],
    ['an unreachable URL', ['http://127.0.0.1:1/'], /cannot fetch/],
    ['an HTTP error', ['__404__'], /HTTP 404/],
    ['no argument', [], /usage/],
  ])('fails with one line and a non-zero exit on %s', async (_name, args, message) => {
    const run = await scan(...args.map((a) => (a === '__404__' ? `${base}/missing` : a)));
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('refuses binary input with one line and a non-zero exit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tifa-scan-'));
    const file = join(dir, 'image.txt');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    const run = await scan(file);
    expect(run.code).not.toBe(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/binary/);
  }, 60_000);
});
