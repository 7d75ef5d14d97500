import { isUtf8 } from "node:buffer"
import { parse } from "csv-parse/sync"
import { rules } from "../Imports/Problems.js"
import { Errors } from "./RedcapCells.js"
import { formsOf, type ImportedPatient, type Row } from "./RedcapForms.js"
import { events, fieldNamed, instruments, recordColumns } from "./RedcapModel.js"

/** The key of a REDCap row: event, repeat instrument and instance. */
export const rowKey = (r: Record<string, string | undefined>) =>
  `${r.redcap_event_name ?? ""}/${r.redcap_repeat_instrument ?? ""}/${r.redcap_repeat_instance ?? ""}`

const repeatable: Record<string, string> = {
  diagnostic_block: "screening_arm_1",
  lesion: "procedure_arm_1",
  adverse_event: "procedure_arm_1"
}

const completeColumns = new Set(instruments.map((i) => `${i.name}_complete`))
const completeCodes = new Set(["", "0", "1", "2"])

// A column of the header that is no field of the project: a checkbox's choice that is none, or another name.
const headerProblem = (h: string, errors: Errors) => {
  const [, base, code] = /^(.+)___(.*)$/.exec(h) ?? []
  const checkbox = base === undefined ? undefined : fieldNamed.get(base)?.field
  if (checkbox?.type === "checkbox" && code !== undefined) {
    const allowed = (checkbox.choices ?? []).map((c) => `${c.code} (${c.label})`)
    errors.add(
      1,
      h,
      rules.file,
      `"${h}": ${base} has no choice ${code}; its choices are ${allowed.join(", ")}`,
      "unknownCheckboxCode",
      { field: base!, value: code, allowed }
    )
  } else
    errors.add(
      1,
      h,
      rules.file,
      `"${h}" is not a field of the registry's REDCap dictionary`,
      "unknownField",
      {
        value: h
      }
    )
}

/** The patients of a records file, the problems found, and each data row's record_id (by row). */
export interface Parsed {
  readonly patients: Array<ImportedPatient>
  readonly errors: Errors
  readonly recordIds: ReadonlyMap<number, string>
}

/**
 * Parses a REDCap records CSV (the layout of records.csv) into patients; every problem found goes to
 * `errors`, each with its code and parameters.
 */
export const parseRecords = (bytes: Uint8Array, file: string): Parsed => {
  const errors = new Errors(file)
  const recordIds = new Map<number, string>()
  if (!isUtf8(bytes)) {
    errors.add(null, null, rules.file, "the file is not UTF-8 text: export it from REDCap again", "notUtf8")
    return { patients: [], errors, recordIds }
  }
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, "")
  if (text.trim() === "") {
    errors.add(null, null, rules.file, `${file} is empty: export the records from REDCap`, "emptyFile", {
      file
    })
    return { patients: [], errors, recordIds }
  }
  let table: Array<Array<string>>
  try {
    table = parse(text, { relax_column_count: true, skip_empty_lines: true }) as Array<Array<string>>
  } catch (e) {
    const line = (e as { lines?: number }).lines ?? 1
    errors.add(line, "", rules.file, `the file is not valid CSV: ${(e as Error).message}`, "notCsv")
    return { patients: [], errors, recordIds }
  }
  const header = (table[0] ?? []).map((h) => h.trim())
  const known = new Set(recordColumns)
  for (const c of ["record_id", "redcap_event_name", "redcap_repeat_instrument", "redcap_repeat_instance"])
    if (!header.includes(c))
      errors.add(
        1,
        c,
        rules.file,
        `the header has no column "${c}": export the records in REDCap's flat format`,
        "columnRequired",
        { file }
      )
  for (const h of header) if (!known.has(h) && h !== "odi_score") headerProblem(h, errors)
  if (errors.list.length > 0) return { patients: [], errors, recordIds }
  const rows: Array<Row> = []
  table.slice(1).forEach((cells, i) => {
    const n = i + 2
    const id = (cells[header.indexOf("record_id")] ?? "").trim()
    if (id !== "") recordIds.set(n, id)
    if (cells.length !== header.length)
      errors.add(
        n,
        "",
        rules.file,
        `row ${n} has ${cells.length} cells; the header has ${header.length}`,
        "extraCells",
        { cells: cells.length, header: header.length }
      )
    else
      rows.push({ ...Object.fromEntries(header.map((h, j) => [h, cells[j] ?? ""])), __row: String(n) } as Row)
  })
  // a form's status: 0 (incomplete), 1 (unverified) or 2 (complete), empty where the form has no data
  for (const r of rows)
    for (const h of header) {
      const value = (r[h] ?? "").trim()
      if (completeColumns.has(h) && !completeCodes.has(value))
        errors.add(
          Number(r.__row),
          h,
          rules.format,
          `a form's status is 0 (incomplete), 1 (unverified) or 2 (complete), not "${value}"`,
          "completeStatus",
          { value }
        )
    }
  const byPatient = new Map<string, Array<Row>>()
  for (const r of rows) {
    const id = r.record_id?.trim() ?? ""
    if (id === "") {
      errors.add(
        Number(r.__row),
        "record_id",
        rules.file,
        "every row names its patient in record_id",
        "patientIdMissing"
      )
      continue
    }
    byPatient.set(id, [...(byPatient.get(id) ?? []), r])
  }
  const patients = [...byPatient].map(([id, list]) => patientOf(id, list, errors))
  return { patients, errors, recordIds }
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
        `"${event}" is not an event of the project; the events are ${[...eventNames].join(", ")}`,
        "unknownEvent",
        { value: event, allowed: [...eventNames] }
      )
      continue
    }
    if (instrument !== "" && repeatable[instrument] !== event) {
      const allowed = Object.entries(repeatable).map(([i, e]) => `${i} (${e})`)
      errors.add(
        n,
        "redcap_repeat_instrument",
        rules.file,
        `"${instrument}" does not repeat in ${event}; the repeating instruments are ${allowed.join(", ")}`,
        "unknownRepeatInstrument",
        { value: instrument, event, allowed }
      )
      continue
    }
    if (instrument === "" ? instance !== "" : !/^[1-9]\d*$/.test(instance)) {
      if (instrument === "")
        errors.add(
          n,
          "redcap_repeat_instance",
          rules.file,
          "a row of no repeating instrument has no instance",
          "instanceWithoutInstrument",
          { value: instance }
        )
      else
        errors.add(
          n,
          "redcap_repeat_instance",
          rules.file,
          `the instance of a repeated ${instrument} is a whole number from 1, not "${instance}"`,
          "repeatInstance",
          { value: instance, instrument }
        )
      continue
    }
    const key = rowKey(r)
    if (seen.has(key)) {
      errors.add(
        n,
        "redcap_event_name",
        rules.once,
        `patient ${id} has a second row for ${key.replace(/\/+$/, "")}`,
        "rowTwice",
        { patient: id, event, instrument, instance }
      )
      continue
    }
    seen.set(key, r)
    valid.push(r)
  }
  return formsOf(id, first, valid, errors)
}

export { toParsed } from "./RedcapForms.js"
