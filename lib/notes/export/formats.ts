/**
 * The export formats the notes page offers, and how each file is named and typed.
 */

/** json: our own, re-importable; csv: spreadsheets; markdown: reading; annotation: W3C Web Annotation. */
export const EXPORT_FORMATS = ['json', 'csv', 'markdown', 'annotation'] as const;

/** One export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A finished export, ready to become a download. */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  text: string;
  count: number;
}

const EXTENSIONS: Record<ExportFormat, { suffix: string; mimeType: string }> = {
  json: { suffix: '.json', mimeType: 'application/json;charset=utf-8' },
  csv: { suffix: '.csv', mimeType: 'text/csv;charset=utf-8' },
  markdown: { suffix: '.md', mimeType: 'text/markdown;charset=utf-8' },
  annotation: { suffix: '.jsonld', mimeType: 'application/ld+json;charset=utf-8' },
};

/** `tifa-notes-2025-03-01.csv`: dated so repeated exports do not overwrite each other by surprise. */
export function exportFileName(format: ExportFormat, now: Date): string {
  return `tifa-notes-${now.toISOString().slice(0, 10)}${EXTENSIONS[format].suffix}`;
}

/** The MIME type of a format's file. */
export function exportMimeType(format: ExportFormat): string {
  return EXTENSIONS[format].mimeType;
}
