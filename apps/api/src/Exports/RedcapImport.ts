import type { ImportProblem, ImportReport } from "@cryoreg/contract"
import { Effect } from "effect"
import type { ImportSource, ParsedPatient } from "../Imports/Source.js"
import { type ImportOptions, Imports } from "../Imports.js"
import { parseRecords, toParsed } from "./RedcapParse.js"

const cellOf = (p: ImportProblem) => `${p.file}\u0000${p.row}\u0000${p.column}`

/**
 * A REDCap records file as the import core reads it: the patients and the problems of the file itself, and
 * each data row's record_id (by row).
 */
export const redcapSource = (
  name: string,
  bytes: Uint8Array
): ImportSource & { readonly recordIds: ReadonlyMap<number, string> } => {
  const { patients, errors, recordIds } = parseRecords(bytes, name)
  return {
    format: "redcap",
    files: [{ name, bytes }],
    patients: patients.map((p) => toParsed(name, p)).filter((p): p is ParsedPatient => p !== null),
    problems: errors.list,
    recordIds
  }
}

/**
 * `POST /api/import/redcap`: the file through the one import pipeline (`Imports.run`). A cell this parser
 * refused (a code, a date, a range) is named once, in REDCap's words; what the core finds at the same cell
 * after it (the value then missing) is the same problem and left out. A coded problem at a data row names
 * the row's patient (`recordId`, its record_id cell) among its parameters.
 */
export const makeRedcapImport = Effect.map(
  Imports,
  (imports) => (name: string, bytes: Uint8Array, options: ImportOptions) =>
    Effect.gen(function* () {
      const source = redcapSource(name, bytes)
      const report = yield* imports.run(source, options)
      const parsed = new Set(source.problems.map(cellOf))
      const withRecord = (p: ImportProblem): ImportProblem => {
        const recordId = p.row === null ? undefined : source.recordIds.get(p.row)
        return recordId === undefined || p.code === undefined
          ? p
          : { ...p, params: { ...p.params, recordId } }
      }
      const problems = [
        ...source.problems,
        ...report.problems
          .slice(source.problems.length)
          .filter((p) => p.column === null || !parsed.has(cellOf(p)))
      ].map(withRecord)
      const answer: ImportReport = { ...report, problems }
      return answer
    })
)
