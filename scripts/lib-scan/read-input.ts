/**
 * Where the scanner's text comes from: a local .txt or .html file, or a URL fetched with
 * Node's fetch. Every failure becomes a ScanInputError with a one-line message.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeBytes, ScanInputError } from './decode';
import { htmlToBlocks, looksLikeHtml } from './html-text';

/** The text to scan, as blocks (one for a .txt file), and what it was. */
export interface ScanInput {
  source: string;
  kind: 'text' | 'html';
  blocks: string[];
}

const FETCH_TIMEOUT_MS = 20_000;

async function fetchBytes(url: string): Promise<{ bytes: Uint8Array; contentType: string | null }> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw new ScanInputError(`cannot fetch ${url}: ${cause?.code ?? cause?.message ?? (e as Error).message}`);
  }
  if (!response.ok) throw new ScanInputError(`cannot fetch ${url}: HTTP ${response.status}`);
  return { bytes: new Uint8Array(await response.arrayBuffer()), contentType: response.headers.get('content-type') };
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    if ((await stat(path)).isDirectory()) throw new ScanInputError(`${path} is a directory, not a file`);
    return new Uint8Array(await readFile(path));
  } catch (e) {
    if (e instanceof ScanInputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new ScanInputError(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path}: ${code ?? (e as Error).message}`);
  }
}

/** Read and decode `arg` (path or http(s) URL) into blocks of text. */
export async function readScanInput(arg: string): Promise<ScanInput> {
  const isUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(arg);
  if (isUrl) {
    let url: URL;
    try {
      url = new URL(arg);
    } catch {
      throw new ScanInputError(`bad URL: ${arg}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ScanInputError(`bad URL: ${arg} (only http and https)`);
    const { bytes, contentType } = await fetchBytes(url.href);
    const text = decodeBytes(bytes, contentType);
    const html = /html|xml/i.test(contentType ?? '') || looksLikeHtml(text);
    return { source: url.href, kind: html ? 'html' : 'text', blocks: html ? htmlToBlocks(text) : [text] };
  }
  const bytes = await readBytes(arg);
  const text = decodeBytes(bytes);
  const html = /^\.x?html?$/i.test(extname(arg)) || looksLikeHtml(text);
  return { source: arg, kind: html ? 'html' : 'text', blocks: html ? htmlToBlocks(text) : [text] };
}
