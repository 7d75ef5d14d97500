import type { ImportProblem } from "@cryoreg/contract"
import { problemAt, rules } from "../Problems.js"
import type { ImportSource, Locate, ParsedPatient, Sourced, UploadedFile } from "../Source.js"
import { cellValue, type Row, readTable, setPath, type Table } from "./Cells.js"
import {
  type Column,
  columnAt,
  cyclesPerRow,
  type Part,
  type TidyFile,
  type Timepoint,
  tidyFiles,
  timepoints
} from "./Columns.js"

/** The files of a tidy import by their part: visits.csv is required, the other two optional. */
export type TidyUpload = { readonly [K in TidyFile]?: UploadedFile | undefined }

const partOf: Record<Timepoint, Part> = {
  screening: "screening",
  block: "block",
  baseline: "visit",
  month3: "visit",
  month6: "visit"
}
const wordsOf: Record<Part, string> = {
  patient: "patient",
  screening: "screening",
  block: "diagnostic block",
  visit: "baseline, month3 and month6",
  procedure: "procedure",
  lesion: "lesion",
  adverseEvent: "adverse event"
}

/**
 * Reads the tidy files into the core's patients: every cell converted, every problem kept with its cell;
 * a blank center is `defaultCenter` (the importing one).
 */
export const parseTidy = (upload: TidyUpload, defaultCenter?: string): ImportSource => {
  const problems: Array<ImportProblem> = []
  const files = (Object.keys(tidyFiles) as Array<TidyFile>).flatMap((k) => (upload[k] ? [upload[k]] : []))
  const table = (k: TidyFile): Table | null => {
    const file = upload[k]
    const spec = tidyFiles[k]
    if (file === undefined) {
      if (spec.required)
        problems.push(
          problemAt(
            { file: spec.name, row: null, column: null },
            rules.file,
            `${spec.name} is required`,
            "fileRequired",
            { file: spec.name }
          )
        )
      return null
    }
    const t = readTable(
      file.name,
      file.bytes,
      spec.columns,
      k === "visits" ? ["patient_id", "timepoint"] : ["patient_id"]
    )
    problems.push(...t.problems)
    // the required file with its header only: nothing to import, said rather than reported as nothing new
    if (spec.required && t.problems.length === 0 && t.rows.length === 0)
      problems.push(
        problemAt(
          { file: file.name, row: null, column: null },
          rules.file,
          `${file.name} has its header only: add a row per patient and time point`,
          "noRows",
          { file: file.name }
        )
      )
    return t
  }
  const visits = table("visits")
  const procedures = table("procedures")
  const events = table("adverseEvents")

  // Reads the row's cells of `parts` into an input; a cell of another part filled in is a problem.
  const inputOf = (
    file: string,
    row: Row,
    columns: ReadonlyArray<Column>,
    parts: ReadonlyArray<Part>,
    skip: Part | null
  ) => {
    const input: Record<string, unknown> = {}
    for (const column of columns) {
      const text = row.cells.get(column.name) ?? ""
      if (column.path.length === 0) continue
      if (!parts.includes(column.part)) {
        if (text !== "" && column.part !== skip && column.part !== "patient")
          problems.push(
            problemAt(
              { file, row: row.row, column: column.name },
              rules.file,
              `the column ${column.name} is for ${wordsOf[column.part]} rows: leave it blank here`,
              "wrongPart",
              { part: column.part }
            )
          )
        continue
      }
      const cell = cellValue(column.kind, text)
      if ("wrong" in cell)
        problems.push(
          problemAt(
            { file, row: row.row, column: column.name },
            rules.format,
            cell.wrong,
            cell.code,
            cell.params
          )
        )
      else if (cell.value !== undefined) setPath(input, column.path, cell.value)
    }
    return input
  }
  const locate =
    (file: string, row: number, columns: ReadonlyArray<Column>, parts: ReadonlyArray<Part>): Locate =>
    (path) => ({
      file,
      row,
      column: columnAt(columns, parts, path)
    })
  const byPatient = (t: Table | null) => {
    const groups = new Map<string, Array<Row>>()
    for (const row of t?.rows ?? []) {
      const id = row.cells.get("patient_id") ?? ""
      if (id === "") {
        problems.push(
          problemAt(
            { file: t!.file, row: row.row, column: "patient_id" },
            rules.format,
            "the patient's id is missing: the row cannot be checked further",
            "patientIdMissing"
          )
        )
        continue
      }
      groups.set(id, [...(groups.get(id) ?? []), row])
    }
    return groups
  }

  const patients = new Map<string, { -readonly [K in keyof ParsedPatient]: ParsedPatient[K] }>()
  const columns = tidyFiles.visits.columns
  const patientColumns = columns.filter((c) => c.part === "patient" && c.path.length > 0 && c.name !== "date")
  for (const [id, rows] of byPatient(visits)) {
    const file = visits!.file
    const first = rows[0]!
    const patient = inputOf(file, first, patientColumns, ["patient"], null)
    patient.centerId ??= defaultCenter
    for (const row of rows.slice(1))
      for (const c of patientColumns) {
        const text = row.cells.get(c.name) ?? ""
        if (text !== "" && text !== (first.cells.get(c.name) ?? ""))
          problems.push(
            problemAt(
              { file, row: row.row, column: c.name },
              rules.format,
              `the patient's ${c.name} differs from their first row (row ${first.row}): leave it blank or write the same`,
              "patientDiffers",
              { firstRow: first.row }
            )
          )
      }
    const parsed: { -readonly [K in keyof ParsedPatient]: ParsedPatient[K] } = {
      patient: { input: patient, at: locate(file, first.row, columns, ["patient"]) },
      blocks: [],
      visits: []
    }
    for (const row of rows) {
      const timepoint = row.cells.get("timepoint") ?? ""
      if (!(timepoints as ReadonlyArray<string>).includes(timepoint)) {
        problems.push(
          problemAt(
            { file, row: row.row, column: "timepoint" },
            rules.format,
            `"${timepoint}" is not a time point: write ${timepoints.join(", ")}`,
            "oneOf",
            { allowed: [...timepoints] }
          )
        )
        continue
      }
      const part = partOf[timepoint as Timepoint]
      const input = inputOf(file, row, columns, [part, "patient"], null)
      for (const key of ["id", "centerId", "sex", "birthYear", "treatedSide"]) delete input[key]
      if (part === "visit") {
        input.timepoint = timepoint
        input.odiAnswers = Array.from(
          { length: 10 },
          (_, i) => (input.odiAnswers as Array<unknown> | undefined)?.[i] ?? null
        )
        input.analgesics ??= { drugs: [] }
      }
      const sourced: Sourced = { input, at: locate(file, row.row, columns, [part, "patient"]) }
      if (part === "screening") {
        if (parsed.screening !== undefined)
          problems.push(
            problemAt(
              { file, row: row.row, column: "timepoint" },
              rules.once,
              `patient ${id} has a second screening row`,
              "secondScreening",
              { patient: id }
            )
          )
        else parsed.screening = sourced
      } else if (part === "block") parsed.blocks = [...(parsed.blocks ?? []), sourced]
      else parsed.visits = [...(parsed.visits ?? []), sourced]
    }
    patients.set(id, parsed)
  }

  const orphan = (file: string, row: Row, id: string) =>
    problems.push(
      problemAt(
        { file, row: row.row, column: "patient_id" },
        rules.file,
        `patient ${id} has no rows in visits.csv: the patient's data and screening come from there`,
        "noVisitRows",
        { patient: id }
      )
    )

  for (const [id, rows] of byPatient(procedures)) {
    const file = procedures!.file
    const cols = tidyFiles.procedures.columns
    const parsed = patients.get(id)
    if (parsed === undefined) {
      orphan(file, rows[0]!, id)
      continue
    }
    const first = rows[0]!
    const procedure = inputOf(file, first, cols, ["procedure"], "lesion")
    for (const row of rows.slice(1))
      for (const c of cols.filter((c) => c.part === "procedure" && c.path.length > 0)) {
        const text = row.cells.get(c.name) ?? ""
        if (text !== "" && text !== (first.cells.get(c.name) ?? ""))
          problems.push(
            problemAt(
              { file, row: row.row, column: c.name },
              rules.once,
              `one procedure per patient: ${c.name} differs from the procedure's first row (row ${first.row})`,
              "procedureDiffers",
              { firstRow: first.row }
            )
          )
      }
    procedure.lesions = rows.map((row) => {
      const lesion = inputOf(file, row, cols, ["lesion"], "procedure")
      const cycles = (lesion.freezeCycles as Array<unknown> | undefined) ?? []
      lesion.freezeCycles = Array.from({ length: cyclesPerRow }, (_, k) => k)
        .filter((k) =>
          cols.some(
            (c) => c.path[0] === "freezeCycles" && c.path[1] === k && (row.cells.get(c.name) ?? "") !== ""
          )
        )
        .map((k) => cycles[k])
      lesion.stimulation ??= {}
      return lesion
    })
    const lesionRows = rows.map((r) => r.row)
    parsed.procedure = {
      input: procedure,
      at: (path) =>
        path[0] === "lesions" && typeof path[1] === "number" && lesionRows[path[1]] !== undefined
          ? { file, row: lesionRows[path[1]]!, column: columnAt(cols, ["lesion"], path.slice(2)) }
          : { file, row: first.row, column: columnAt(cols, ["procedure"], path) }
    }
  }

  for (const [id, rows] of byPatient(events)) {
    const file = events!.file
    const cols = tidyFiles.adverseEvents.columns
    const parsed = patients.get(id)
    if (parsed === undefined) {
      orphan(file, rows[0]!, id)
      continue
    }
    parsed.adverseEvents = rows.map((row) => ({
      input: inputOf(file, row, cols, ["adverseEvent"], null),
      at: locate(file, row.row, cols, ["adverseEvent"])
    }))
  }
  return { format: "tidy", files, patients: [...patients.values()], problems }
}
