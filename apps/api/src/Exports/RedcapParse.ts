import { parse } from "csv-parse/sync"
import { rules } from "../Imports/Problems.js"
import { Errors } from "./RedcapCells.js"
import { formsOf, type ImportedPatient, type Row } from "./RedcapForms.js"
import { events, recordColumns } from "./RedcapModel.js"

/** The key of a REDCap row: event, repeat instrument and instance. */
export const rowKey = (r: Record<string, string | undefined>) =>
  `${r.redcap_event_name ?? ""}/${r.redcap_repeat_instrument ?? ""}/${r.redcap_repeat_instance ?? ""}`

const repeatable: Record<string, string> = {
  diagnostic_block: "screening_arm_1",
  lesion: "procedure_arm_1",
  adverse_event: "procedure_arm_1"
}

/** Parses a REDCap records CSV (the layout of records.csv) into patients; every problem found goes to `errors`. */
export const parseRecords = (
  text: string,
  file: string
): { patients: Array<ImportedPatient>; errors: Errors } => {
  const errors = new Errors(file)
  let table: Array<Array<string>>
  try {
    table = parse(text.replace(/^\uFEFF/, ""), { relax_column_count: true, skip_empty_lines: true }) as Array<
      Array<string>
    >
  } catch (e) {
    const line = (e as { lines?: number }).lines ?? 1
    errors.add(line, "", rules.file, `the file is not valid CSV: ${(e as Error).message}`)
    return { patients: [], errors }
  }
  const header = (table[0] ?? []).map((h) => h.trim())
  const known = new Set(recordColumns)
  for (const c of ["record_id", "redcap_event_name", "redcap_repeat_instrument", "redcap_repeat_instance"])
    if (!header.includes(c))
      errors.add(
        1,
        c,
        rules.file,
        `the header has no column "${c}": export the records in REDCap's flat format`
      )
  header.forEach((h) => {
    if (!known.has(h) && h !== "odi_score")
      errors.add(1, h, rules.file, `"${h}" is not a field of the registry's REDCap dictionary`)
  })
  if (errors.list.length > 0) return { patients: [], errors }
  const rows: Array<Row> = []
  table.slice(1).forEach((cells, i) => {
    const n = i + 2
    if (cells.length !== header.length)
      errors.add(n, "", rules.file, `row ${n} has ${cells.length} cells; the header has ${header.length}`)
    else
      rows.push({ ...Object.fromEntries(header.map((h, j) => [h, cells[j] ?? ""])), __row: String(n) } as Row)
  })
  const byPatient = new Map<string, Array<Row>>()
  for (const r of rows) {
    const id = r.record_id?.trim() ?? ""
    if (id === "") {
      errors.add(Number(r.__row), "record_id", rules.file, "every row names its patient in record_id")
      continue
    }
    byPatient.set(id, [...(byPatient.get(id) ?? []), r])
  }
  const patients = [...byPatient].map(([id, list]) => patientOf(id, list, errors))
  return { patients, errors }
}

const eventNames = new Set<string>(events.map((e) => e.unique))

const patientOf = (id: string, list: Array<Row>, errors: Errors): ImportedPatient => {
  const first = Number(list[0]!.__row)
  const seen = new Map<string, Record<string, string>>()
  const valid: Array<Row> = []
  for (const r of list) {
    const n = Number(r.__row)
    const event = r.redcap_event_name ?? ""
    const instrument = r.redcap_repeat_instrument ?? ""
    const instance = r.redcap_repeat_instance ?? ""
    if (!eventNames.has(event)) {
      errors.add(
        n,
        "redcap_event_name",
        rules.file,
        `"${event}" is not an event of the project; the events are ${[...eventNames].join(", ")}`
      )
      continue
    }
    if (instrument !== "" && repeatable[instrument] !== event) {
      errors.add(
        n,
        "redcap_repeat_instrument",
        rules.file,
        `"${instrument}" does not repeat in ${event}; the repeating instruments are ${Object.entries(
          repeatable
        )
          .map(([i, e]) => `${i} (${e})`)
          .join(", ")}`
      )
      continue
    }
    if (instrument === "" ? instance !== "" : !/^[1-9]\d*$/.test(instance)) {
      errors.add(
        n,
        "redcap_repeat_instance",
        rules.file,
        instrument === ""
          ? "a row of no repeating instrument has no instance"
          : `the instance of a repeated ${instrument} is a whole number from 1, not "${instance}"`
      )
      continue
    }
    const key = rowKey(r)
    if (seen.has(key)) {
      errors.add(
        n,
        "redcap_event_name",
        rules.once,
        `patient ${id} has a second row for ${key.replace(/\/+$/, "")}`
      )
      continue
    }
    seen.set(key, r)
    valid.push(r)
  }
  return formsOf(id, first, valid, errors)
}

export { toParsed } from "./RedcapForms.js"
