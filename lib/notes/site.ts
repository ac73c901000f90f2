/**
 * The site a note belongs to, for the notes page's site filter: the host without a
 * leading `www.`, so `www.gov.cn` and `gov.cn` notes sit together.
 */
export function siteOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
