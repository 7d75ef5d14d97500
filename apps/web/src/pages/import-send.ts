import type { ImportProblem, ImportReport } from "@cryoreg/contract"
import type { Column } from "../components/numbers"
import { downloadCsv, spreadsheetCsv } from "../components/spreadsheet"
import { t } from "../i18n"
import { wordImportProblem, wordImportRule } from "./import-problem-words"

/** What the import page imports: the tidy CSV template, a FHIR Bundle, or REDCap records. */
export const formats = ["tidy", "fhir", "redcap"] as const
export type Format = (typeof formats)[number]

/** The tidy template's files, by the form field each is uploaded in. */
export const tidyFields = ["visits", "procedures", "adverseEvents"] as const
export type TidyField = (typeof tidyFields)[number]

/** What the user chose to import: the tidy files, or the one file of a Bundle or of REDCap records. */
export interface Upload {
  readonly format: Format
  readonly files: Partial<Record<TidyField, File>>
  readonly file: File | undefined
}

// the file's own name, for the report to name it as it was chosen (`filename*`: any letters)
const disposition = (file: File | undefined) => ({
  "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file?.name ?? "")}`
})

/** Sends the upload to its import route with `query` (dry run, center); the answer as fetch gives it. */
export const sendImport = (upload: Upload, query: URLSearchParams): Promise<Response> => {
  // uploads are not the typed client's: the same CSRF header it sends on every write
  const headers = { "x-cryoreg-csrf": "1" }
  const post = (path: string, body: BodyInit, more: Record<string, string> = {}) =>
    fetch(`/api/import/${path}?${query}`, {
      method: "POST",
      body,
      credentials: "same-origin",
      headers: { ...headers, ...more }
    })
  if (upload.format === "fhir")
    return post("fhir", upload.file ?? "", {
      "content-type": "application/fhir+json",
      ...disposition(upload.file)
    })
  if (upload.format === "redcap")
    return post("redcap", upload.file ?? "", { "content-type": "text/csv", ...disposition(upload.file) })
  const form = new FormData()
  for (const [field, file] of Object.entries(upload.files)) if (file) form.append(field, file, file.name)
  return post("tidy", form)
}

/** What is missing before anything is sent, in words; null when the upload can be sent. */
export const missingFile = (upload: Upload): string | null =>
  upload.format === "tidy"
    ? upload.files.visits === undefined
      ? t("imports.chooseFile", { file: "visits.csv" })
      : null
    : upload.file !== undefined
      ? null
      : upload.format === "fhir"
        ? t("imports.chooseBundle")
        : t("imports.chooseRedcap")

/**
 * The columns of the problems, as the table and its CSV show them: a Bundle's problems are at an entry and a
 * FHIRPath in it; a REDCap file's at a row and a REDCap column, with the row's patient (record_id).
 */
export const problemColumns = (
  r: ImportReport,
  centerName: (id: string) => string
): ReadonlyArray<Column<ImportProblem>> => {
  const recordId = (p: ImportProblem) => String(p.params?.recordId ?? "")
  return [
    { label: t("imports.columns.file"), value: (p) => p.file },
    {
      label: r.format === "fhir" ? t("imports.columns.entry") : t("imports.columns.row"),
      value: (p) => p.row ?? "",
      numeric: true
    },
    {
      label:
        r.format === "fhir"
          ? t("imports.columns.element")
          : r.format === "redcap"
            ? t("imports.columns.redcapColumn")
            : t("imports.columns.column"),
      value: (p) => p.column ?? ""
    },
    ...(r.format === "redcap" ? [{ label: t("imports.columns.record"), value: recordId }] : []),
    { label: t("imports.columns.rule"), value: (p) => wordImportRule(p) },
    { label: t("imports.columns.message"), value: (p) => wordImportProblem(p, centerName) }
  ]
}

/** Downloads the report's problems as CSV, as the page shows them, in the user's language. */
export const downloadProblems = (r: ImportReport, centerName: (id: string) => string): void => {
  const columns = problemColumns(r, centerName)
  const rows = [columns.map((c) => c.label), ...r.problems.map((p) => columns.map((c) => c.value(p)))]
  downloadCsv(spreadsheetCsv(rows), t("imports.csvName"))
}
