/**
 * A CSV writer for anything the extension exports (notes now, the page report later):
 * RFC 4180 quoting, CRLF rows, a UTF-8 byte-order mark so Excel reads Chinese correctly,
 * and cells that a spreadsheet would run as a formula neutralised.
 */

/** A cell: text, a number, or nothing. */
export type CsvCell = string | number | boolean | null | undefined;

/**
 * Cells a spreadsheet may treat as a formula (OWASP CSV injection): a formula character
 * first, or after leading white space or line breaks (spreadsheets trim them), in ASCII or
 * full-width (＝＋－＠, which some spreadsheets read as their ASCII twins); or a leading
 * tab or carriage return.
 */
const FORMULA_START = /^(?:[\t\r]|[\s\u3000\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** Prefix a formula-looking text cell with `'` so it is shown, never evaluated. Numbers stay numbers. */
export function neutraliseFormula(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell !== 'string') return String(cell);
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Quote a cell when it holds a comma, a quote, CR or LF, doubling inner quotes (RFC 4180 §2). */
export function quoteCsvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV row without its line ending. */
export function csvRow(cells: readonly CsvCell[]): string {
  return cells.map((cell) => quoteCsvCell(neutraliseFormula(cell))).join(',');
}

/** A whole CSV document: BOM, header row, data rows, each ending in CRLF. */
export function writeCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => `${csvRow(row)}\r\n`).join('')}`;
}
