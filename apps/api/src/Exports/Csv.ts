/** One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
export const csvField = (value: string): string =>
  /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value

/** One CSV line with its CRLF. */
export const csvLine = (values: ReadonlyArray<string>): string => `${values.map(csvField).join(",")}\r\n`

/** A whole CSV text: the header, then the rows. */
export const csvText = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string =>
  [header, ...rows].map(csvLine).join("")
