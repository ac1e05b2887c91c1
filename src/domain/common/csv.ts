/**
 * RFC 4180 CSV: fields with commas, semicolons (the separator in many locales' spreadsheets), quotes
 * or line breaks are quoted and quotes doubled; lines end
 * with CRLF. A text field starting with = + - @ is prefixed with ' so a spreadsheet shows it as text
 * instead of running it as a formula (OWASP "CSV injection").
 */
export type CsvValue = string | number | boolean | undefined;

function cell(value: CsvValue): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A CSV document with a header row naming each column. */
export function toCsv<T>(
  rows: readonly T[],
  columns: readonly [string, (row: T) => CsvValue][],
): string {
  const lines = [columns.map(([name]) => cell(name)).join(',')];
  for (const row of rows) lines.push(columns.map(([, get]) => cell(get(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
