/**
 * Bytes to text for the scanner. Chinese government sites still serve GBK/GB2312 pages, so
 * the charset comes from the HTTP header, a BOM or the page's <meta>, and GB encodings are
 * decoded as GB18030 (their superset). Binary input is refused rather than scanned as noise.
 */

/** An input the scanner cannot read; the CLI prints its message as one line. */
export class ScanInputError extends Error {}

const GB = /^(gbk|gb2312|gb_2312-80|gb18030|x-gbk|cp936|euc-cn)$/i;

/** The charset named in a Content-Type value (`text/html; charset=gbk`), if any. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*["']?([\w-]+)/i.exec(contentType ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

/** The charset a page declares in its first bytes (<meta charset> or http-equiv). */
export function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/** True for content that is not text: NUL bytes, or many control bytes, early on. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 8 || (b > 13 && b < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.02;
}

/** Decode `bytes`, honouring a BOM, then the header charset, then <meta>, else UTF-8. */
export function decodeBytes(bytes: Uint8Array, contentType?: string | null): string {
  if (looksBinary(bytes)) throw new ScanInputError('binary input: not a text or HTML file');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  const declared = charsetFromContentType(contentType) ?? charsetFromMeta(bytes) ?? 'utf-8';
  const label = GB.test(declared) ? 'gb18030' : declared;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  const text = decoder.decode(bytes);
  if (text.includes('\uFFFD') && label === 'utf-8') {
    // Undeclared GBK is common on older government sites: try it before giving up.
    const gb = new TextDecoder('gb18030').decode(bytes);
    if (!gb.includes('\uFFFD')) return gb;
  }
  return text;
}
