import type { Model } from "@cryoreg/domain"
import { Effect } from "effect"
import { type ImportOptions, Imports } from "../Imports.js"
import { parseTidy, type TidyUpload } from "./Tidy/Parse.js"
import { type TidyRow, tidyCsv } from "./Tidy/Rows.js"

/**
 * A tidy import as the route runs it, without HTTP: the files parsed and run through the import core, as
 * the caller (`CurrentUser`). What `pnpm --filter @cryoreg/api bench` times.
 */
export const importTidy = (
  upload: TidyUpload,
  options: ImportOptions & { readonly defaultCenter?: string }
) =>
  Effect.flatMap(Imports, (imports) =>
    imports.run(parseTidy(upload, options.defaultCenter ?? options.center), options)
  )

const bytes = (text: string) => new TextEncoder().encode(text)

/**
 * The tidy files of whole patient records (the demo cohort's shape), each patient's id given by `idOf`:
 * visits with a date only (as the forms store them). For the tests and the benchmark.
 */
export const tidyUploadOf = (
  records: Iterable<Model.PatientRecord>,
  idOf: (record: Model.PatientRecord) => string = (r) => r.patient.id
): TidyUpload => {
  const visits: Array<TidyRow> = []
  const lesions: Array<TidyRow> = []
  const events: Array<TidyRow> = []
  for (const r of records) {
    const patient = { ...r.patient, id: idOf(r) }
    const cells = { patient_id: patient.id }
    visits.push({ parts: { patient, screening: r.screening }, cells: { timepoint: "screening" } })
    for (const block of r.blocks) visits.push({ parts: { patient, block }, cells: { timepoint: "block" } })
    for (const visit of r.visits)
      if (visit.date !== undefined)
        visits.push({ parts: { patient, visit }, cells: { timepoint: visit.timepoint } })
    for (const lesion of r.procedure?.lesions ?? [])
      lesions.push({ parts: { procedure: r.procedure, lesion }, cells })
    for (const adverseEvent of r.adverseEvents) events.push({ parts: { adverseEvent }, cells })
  }
  return {
    visits: { name: "visits.csv", bytes: bytes(tidyCsv("visits", visits)) },
    procedures: { name: "procedures.csv", bytes: bytes(tidyCsv("procedures", lesions)) },
    adverseEvents: { name: "adverse-events.csv", bytes: bytes(tidyCsv("adverseEvents", events)) }
  }
}
