/** The file name of a saved page report or annotated copy. */

/** A file name from a page title and a date: safe on every file system. */
export function reportFileName(title: string, ext: string, now: Date = new Date()): string {
  const stem = title.replace(/[\\/:*?"<>|\x00-\x1f]+/g, ' ').trim().slice(0, 60) || 'page';
  return `tifa-report-${stem}-${now.toISOString().slice(0, 10)}.${ext}`;
}
