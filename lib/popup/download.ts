/** Save text as a file from an extension page, through an object URL (no permission needed). */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a page title and a date: safe on every file system. */
export function reportFileName(title: string, ext: string, now: Date = new Date()): string {
  const stem = title.replace(/[\\/:*?"<>|\x00-\x1f]+/g, ' ').trim().slice(0, 60) || 'page';
  return `tifa-report-${stem}-${now.toISOString().slice(0, 10)}.${ext}`;
}
