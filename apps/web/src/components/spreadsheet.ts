import { csvOf } from "@cryoreg/contract"
import { locale } from "../i18n"
import { spreadsheetSeparator } from "../i18n/format"

/**
 * Rows as a CSV file a spreadsheet opens in the user's language: a byte-order mark (the Polish letters are read as
 * UTF-8) and the cells apart by that language's separator (a semicolon in Polish).
 */
export const spreadsheetCsv = (rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string =>
  `\uFEFF${csvOf(rows, spreadsheetSeparator(locale()))}`

/** Offers `text` to the user as a file named `name`, as a download. */
export const downloadCsv = (text: string, name: string): void => {
  const link = document.createElement("a")
  link.href = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }))
  link.download = name
  link.click()
  URL.revokeObjectURL(link.href)
}
