/**
 * Save text as a file from an extension page through an object URL: no `downloads`
 * permission, and the page's own origin so nothing is uploaded anywhere. The one download
 * helper for notes exports, page reports and annotated copies.
 */

/**
 * How long the object URL stays valid after the click. The click only starts the download:
 * the browser reads the blob afterwards, and later still when it first asks where to save
 * (Firefox's "Save as", a slow disk). Revoking after 10 s could cut a download short; a
 * minute costs only the blob's memory on a page the user is about to close anyway.
 */
const REVOKE_AFTER_MS = 60_000;

/** Start a download of `text`; the URL is revoked once the browser has surely taken it. */
export function downloadTextFile(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
