/**
 * Save text as a file from an extension page through an object URL: no `downloads`
 * permission, and the page's own origin so nothing is uploaded anywhere.
 */

/** Start a download of `text`; the URL is revoked once the browser has taken it. */
export function downloadTextFile(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
