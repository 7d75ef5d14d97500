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
 * a blank center is `defaultCenter` (the importing one). The files are scanned once for their layout and
 * each row's patient; a patient's rows are read into inputs only when the core asks for the patient, so
 * a large file is never held parsed whole. The parser's problems are complete, in the order of the files
 * and their rows' patients, once the patients were all read.
 */
export const parseTidy = (upload: TidyUpload, defaultCenter?: string): ImportSource => {
  const problems: Array<ImportProblem> = []
  // where each problem goes once all are found: the file's phase, then the patient's place in that file
  const places: Array<number> = []
  const phaseOf = { visits: 1, procedures: 2, adverseEvents: 3 } as const
  let place = 0
  const report = (problem: ImportProblem) => {
    problems.push(problem)
    places.push(place)
  }
  const files = (Object.keys(tidyFiles) as Array<TidyFile>).flatMap((k) => (upload[k] ? [upload[k]] : []))
  const table = (k: TidyFile): Table | null => {
    const file = upload[k]
    const spec = tidyFiles[k]
    if (file === undefined) {
      if (spec.required)
        report(
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
      k === "visits" ? ["patient_id", "timepoint"] : ["patient_id"],
      "patient_id",
      spec.name
    )
    for (const p of t.problems) report(p)
    // the required file with its header only: nothing to import, said rather than reported as nothing new
    if (spec.required && t.problems.length === 0 && t.size === 0)
      report(
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
          report(
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
        report(
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
  // Each patient's rows (their indexes in the table), in the order the file first names them; a row
  // without a patient's id is a problem.
  const byPatient = (t: Table | null, phase: number) => {
    const groups = new Map<string, Array<number>>()
    if (t === null) return groups
    place = phase * 2 ** 32
    for (let i = 0; i < t.size; i++) {
      const id = t.keyAt(i)
      if (id === "") {
        report(
          problemAt(
            { file: t.file, row: t.rowAt(i).row, column: "patient_id" },
            rules.format,
            "the patient's id is missing: the row cannot be checked further",
            "patientIdMissing"
          )
        )
        continue
      }
      const rows = groups.get(id)
      if (rows === undefined) groups.set(id, [i])
      else rows.push(i)
    }
    return groups
  }
  const visitRows = byPatient(visits, phaseOf.visits)
  const procedureRows = byPatient(procedures, phaseOf.procedures)
  const eventRows = byPatient(events, phaseOf.adverseEvents)
  // a problem of a patient's rows in a file is placed by the patient's place in that file
  const placeIn = (groups: Map<string, unknown>) => {
    const at = new Map<string, number>()
    for (const id of groups.keys()) at.set(id, at.size + 1)
    return at
  }
  const procedurePlace = placeIn(procedureRows)
  const eventPlace = placeIn(eventRows)

  const columns = tidyFiles.visits.columns
  const patientColumns = columns.filter((c) => c.part === "patient" && c.path.length > 0 && c.name !== "date")
  const procedureColumns = tidyFiles.procedures.columns
  const procedureOnly = procedureColumns.filter((c) => c.part === "procedure" && c.path.length > 0)
  const eventColumns = tidyFiles.adverseEvents.columns

  const patientOf = (id: string, indexes: ReadonlyArray<number>): ParsedPatient => {
    const file = visits!.file
    place = phaseOf.visits * 2 ** 32 + 1
    const rows = indexes.map((i) => visits!.rowAt(i))
    const first = rows[0]!
    const patient = inputOf(file, first, patientColumns, ["patient"], null)
    patient.centerId ??= defaultCenter
    for (const row of rows.slice(1))
      for (const c of patientColumns) {
        const text = row.cells.get(c.name) ?? ""
        if (text !== "" && text !== (first.cells.get(c.name) ?? ""))
          report(
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
        report(
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
          report(
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

    const lesionIndexes = procedureRows.get(id)
    if (lesionIndexes !== undefined) {
      const file = procedures!.file
      const cols = procedureColumns
      place = phaseOf.procedures * 2 ** 32 + procedurePlace.get(id)!
      const rows = lesionIndexes.map((i) => procedures!.rowAt(i))
      const first = rows[0]!
      const procedure = inputOf(file, first, cols, ["procedure"], "lesion")
      for (const row of rows.slice(1))
        for (const c of procedureOnly) {
          const text = row.cells.get(c.name) ?? ""
          if (text !== "" && text !== (first.cells.get(c.name) ?? ""))
            report(
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

    const eventIndexes = eventRows.get(id)
    if (eventIndexes !== undefined) {
      const file = events!.file
      place = phaseOf.adverseEvents * 2 ** 32 + eventPlace.get(id)!
      parsed.adverseEvents = eventIndexes.map((i) => {
        const row = events!.rowAt(i)
        return {
          input: inputOf(file, row, eventColumns, ["adverseEvent"], null),
          at: locate(file, row.row, eventColumns, ["adverseEvent"])
        }
      })
    }
    return parsed
  }

  // the rows of a patient who has none in visits.csv
  const orphans = (
    t: Table | null,
    groups: Map<string, Array<number>>,
    places: Map<string, number>,
    phase: number
  ) => {
    for (const [id, indexes] of groups)
      if (!visitRows.has(id)) {
        place = phase * 2 ** 32 + places.get(id)!
        report(
          problemAt(
            { file: t!.file, row: t!.rowAt(indexes[0]!).row, column: "patient_id" },
            rules.file,
            `patient ${id} has no rows in visits.csv: the patient's data and screening come from there`,
            "noVisitRows",
            { patient: id }
          )
        )
      }
  }
  orphans(procedures, procedureRows, procedurePlace, phaseOf.procedures)
  orphans(events, eventRows, eventPlace, phaseOf.adverseEvents)

  function* patients(): Generator<ParsedPatient> {
    for (const [id, indexes] of visitRows) yield patientOf(id, indexes)
    // all read: the problems in the order of the files, each file's in the order of its patients
    const order = problems.map((_, i) => i).sort((a, b) => places[a]! - places[b]! || a - b)
    const sorted = order.map((i) => problems[i]!)
    sorted.forEach((p, i) => {
      problems[i] = p
    })
    places.length = 0
  }
  return { format: "tidy", files, patients: patients(), problems }
}
