/** Imports of existing data: the report and its problems. */

import { Schema } from "effect"
import { IssueCode, IssueParams } from "./Problem.js"

/** The files of the tidy CSV template. */
export const TidyTemplateFile = Schema.Literal("visits.csv", "procedures.csv", "adverse-events.csv")
export type TidyTemplateFile = typeof TidyTemplateFile.Type

/**
 * The time points of the tidy template's `visits.csv` (its `timepoint` column): the patient's screening, each
 * diagnostic block, and the follow-up visits (baseline, 3 and 6 months after the procedure).
 */
export const TidyTimepoint = Schema.Literal("screening", "block", "baseline", "month3", "month6")
export type TidyTimepoint = typeof TidyTimepoint.Type

/** The rules an import names (`rule` is the English words of one). */
export const ImportRule = Schema.Literal(
  "format",
  "study",
  "order",
  "once",
  "center",
  "stored",
  "withdrawn",
  "file",
  "reference"
)
export type ImportRule = typeof ImportRule.Type

/**
 * What an import found wrong, beyond the issue codes of a form (`IssueCode`), with its `params`: the file's
 * layout (`fileRequired` `file`, `notUtf8`, `notCsv`, `unknownColumn` `file`, `duplicateColumn`,
 * `columnRequired` `file`, both also `template`: the template file it was sent as, e.g. `visits.csv` for a
 * `bad.csv` sent in the visits field, and `unknownColumn` its `column`, `extraCells` `cells` `header`, `wrongPart` `part`), a cell (`notNumber`,
 * `notYesNo`, `notNumbers`: `value`), a patient's rows (`patientIdMissing`, `patientDiffers` and
 * `procedureDiffers` `firstRow`, `secondScreening`, `noVisitRows` `patient`), and the registry
 * (`otherCenter` `center` `given`, `storedDiffers` `record` `patient` `field`, `twiceInFile` `record`
 * `patient`, `withdrawn` `patient`); a file with nothing to import (`emptyFile`, `noRows`, `noPatients`:
 * `file`); the study's order (`stageMissing` `patient` `record` `stage`, with `timepoint` for a visit and
 * `addTo`, the file the missing record goes in; `notEligible` `patient` `criteria`, the ids of the criteria
 * not met; `patientUnchecked` `patient`: the patient's own data is wrong, so their records were checked for
 * their values only); a FHIR Bundle's layout (`notJson`, `notBundle`, `bundleType` `value`, `entryMethod`
 * `value`, `resourceNotImported` `value`, `referenceUnresolved` `value`, `notPatientReference` `value`,
 * `unknownMeasure` `value`, `unknownProcedure`); a REDCap records file's own faults (`unknownField` `value`: a
 * column that is no field of the project; `unknownCheckboxCode` `field` `value` `allowed`: a checkbox column
 * `field___code` of no choice; `unknownEvent` `value` `allowed`: a redcap_event_name of no event;
 * `unknownRepeatInstrument` `value` `event` `allowed`: an instrument that does not repeat in the row's event;
 * `repeatInstance` `value` `instrument`; `instanceWithoutInstrument` `value`; `rowTwice` `patient` `event`
 * `instrument` `instance`: a second row for the same event and instance; `noScreeningRow` `patient`;
 * `notYesNoCode` and `notCheckboxCode` `value`: a yes/no or checkbox cell not 1 or 0; `completeStatus`
 * `value`: a `<form>_complete` cell not 0, 1 or 2). A REDCap problem at a row names the row's patient as
 * `recordId` beside its other parameters.
 */
export const ImportCode = Schema.Literal(
  "fileRequired",
  "notUtf8",
  "notCsv",
  "unknownColumn",
  "duplicateColumn",
  "columnRequired",
  "extraCells",
  "wrongPart",
  "notNumber",
  "notYesNo",
  "notNumbers",
  "patientIdMissing",
  "patientDiffers",
  "procedureDiffers",
  "secondScreening",
  "noVisitRows",
  "otherCenter",
  "storedDiffers",
  "twiceInFile",
  "withdrawn",
  "emptyFile",
  "noRows",
  "noPatients",
  "stageMissing",
  "notEligible",
  "patientUnchecked",
  "notJson",
  "notBundle",
  "bundleType",
  "entryMethod",
  "resourceNotImported",
  "referenceUnresolved",
  "notPatientReference",
  "unknownMeasure",
  "unknownProcedure",
  "unknownField",
  "unknownCheckboxCode",
  "unknownEvent",
  "unknownRepeatInstrument",
  "repeatInstance",
  "instanceWithoutInstrument",
  "rowTwice",
  "noScreeningRow",
  "notYesNoCode",
  "notCheckboxCode",
  "completeStatus"
)
export type ImportCode = typeof ImportCode.Type

/**
 * One thing an import refused: the file, row (1 = the header line, so the first data row is 2) and column
 * it was found at (null when it is the whole file or row), the rule in words, and what was wrong and what
 * is allowed — in English (`message`) and as data for a client to word (`ruleCode`, `code`, `params`;
 * absent where an import names the problem in English only).
 */
export const ImportProblem = Schema.Struct({
  file: Schema.String,
  row: Schema.NullOr(Schema.Number),
  column: Schema.NullOr(Schema.String),
  rule: Schema.String,
  message: Schema.String,
  ruleCode: Schema.optional(ImportRule),
  code: Schema.optional(Schema.Union(IssueCode, ImportCode)),
  params: Schema.optional(IssueParams)
})
export type ImportProblem = typeof ImportProblem.Type

/** How many records of one kind an import adds, and how many it found stored already with the same values. */
export const ImportCount = Schema.Struct({ added: Schema.Number, unchanged: Schema.Number })
export type ImportCount = typeof ImportCount.Type

/** The kinds of record an import counts. */
export const ImportCounts = Schema.Struct({
  patients: ImportCount,
  screenings: ImportCount,
  blocks: ImportCount,
  procedures: ImportCount,
  visits: ImportCount,
  adverseEvents: ImportCount
})
export type ImportCounts = typeof ImportCounts.Type

/** An earlier import of the same file (by its hash). */
export const EarlierImport = Schema.Struct({ id: Schema.String, at: Schema.String, username: Schema.String })

/**
 * What an import did or, in a dry run, would do: stored is true only for a real run without problems (all
 * or nothing); `problems` lists every one found, not the first only.
 */
export const ImportReport = Schema.Struct({
  /** The import's id, in the audit trail of every record it stored (null when nothing was stored). */
  importId: Schema.NullOr(Schema.String),
  format: Schema.String,
  dryRun: Schema.Boolean,
  stored: Schema.Boolean,
  centerId: Schema.String,
  /** sha-256 of the uploaded bytes (of a single file; of several: of their names and hashes, see the README). */
  fileHash: Schema.String,
  /** The file was imported before (by its hash): importing it again adds nothing new. */
  earlier: Schema.NullOr(EarlierImport),
  counts: ImportCounts,
  /** The patients added or changed, by id. */
  patientIds: Schema.Array(Schema.String),
  problems: Schema.Array(ImportProblem)
})
export type ImportReport = typeof ImportReport.Type

/** The query of an import: `dryRun=1` checks and reports and stores nothing; an admin names the `center`. */
export const ImportQuery = Schema.Struct({
  dryRun: Schema.optional(Schema.Literal("1", "0", "true", "false")),
  center: Schema.optional(Schema.String),
  format: Schema.optional(Schema.Literal("json", "csv"))
})
export type ImportQuery = typeof ImportQuery.Type

const csvCell = (value: string | number | null, separator: string) => {
  const text = value === null ? "" : String(value)
  // a leading = + - @ would be read as a formula by a spreadsheet: quoted and prefixed with '
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /["\n\r]/.test(safe) || safe.includes(separator) || safe !== text
    ? `"${safe.replace(/"/g, '""')}"`
    : safe
}

/**
 * Rows of cells as CSV (CRLF line ends), each cell quoted as needed and kept from being read as a formula; cells
 * apart by `separator` (a comma, or the semicolon a spreadsheet set to a language with a decimal comma expects).
 */
export const csvOf = (
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
  separator: "," | ";" = ","
): string =>
  `${rows.map((row) => row.map((cell) => csvCell(cell, separator)).join(separator)).join("\r\n")}\r\n`

/**
 * The problems of a report as CSV (file, row, column, rule, message), to open beside the imported file: the
 * rule and what was wrong in English (the dashboard words its own download in the user's language).
 */
export const problemsCsv = (problems: ReadonlyArray<ImportProblem>): string =>
  csvOf([
    ["file", "row", "column", "rule", "message"],
    ...problems.map((p) => [p.file, p.row, p.column, p.rule, p.message])
  ])
