import { problemsCsv } from "@cryoreg/contract"
import type { Column, Part, TidyFile } from "./Columns.js"
import { tidyFiles } from "./Columns.js"

type Example = { readonly parts: ReadonlyArray<Part>; readonly cells?: Readonly<Record<string, string>> }

// One patient's course, as the study records it: screening, a positive block, the three visits, the
// procedure's lesions and an adverse event. The template's example must import as it is (tested).
const examples: Record<TidyFile, ReadonlyArray<Example>> = {
  visits: [
    { parts: ["patient", "screening"], cells: { timepoint: "screening", date: "2026-03-02" } },
    { parts: ["patient", "block"], cells: { timepoint: "block", date: "2026-03-09" } },
    { parts: ["patient", "visit"], cells: { timepoint: "baseline", date: "2026-03-13" } },
    {
      parts: ["patient", "visit"],
      cells: { timepoint: "month3", date: "2026-06-15", nrs: "3", vas_mm: "30", analgesics: "ibuprofen" }
    },
    {
      parts: ["patient", "visit"],
      cells: { timepoint: "month6", date: "2026-09-14", nrs: "2", vas_mm: "21", analgesics: "" }
    }
  ],
  procedures: [
    { parts: ["procedure", "lesion"] },
    {
      parts: ["procedure", "lesion"],
      cells: {
        level: "S2",
        cycle1_start_s: "500",
        cycle1_end_s: "620",
        cycle1_thaw_end_s: "660",
        cycle2_start_s: "670",
        cycle2_end_s: "790",
        cycle2_thaw_end_s: "830"
      }
    }
  ],
  adverseEvents: [{ parts: ["adverseEvent"] }]
}

const cell = (text: string) => (/[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text)

const rowOf = (columns: ReadonlyArray<Column>, example: Example) =>
  columns
    .map((c) =>
      cell(
        example.cells?.[c.name] ??
          (example.parts.includes(c.part) || c.path.length === 0 || c.name === "patient_id" ? c.example : "")
      )
    )
    .join(",")

/** A file of the template: its header and the example rows, comma-separated UTF-8 with CRLF line ends. */
export const templateCsv = (file: TidyFile): string => {
  const { columns } = tidyFiles[file]
  return `${[columns.map((c) => c.name).join(","), ...examples[file].map((e) => rowOf(columns, e))].join("\r\n")}\r\n`
}

/** The tidy file a template name is, e.g. "adverse-events.csv" → adverseEvents. */
export const tidyFileOf = (name: string): TidyFile =>
  (Object.keys(tidyFiles) as Array<TidyFile>).find((k) => tidyFiles[k].name === name) ?? "visits"

export { problemsCsv }
