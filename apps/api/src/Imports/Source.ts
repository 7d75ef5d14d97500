import { createHash } from "node:crypto"
import type { ImportProblem } from "@cryoreg/contract"

/** Where a value was read: the file's name, its row (1 = the header) and column; null for the whole row or file. */
export interface Cell {
  readonly file: string
  readonly row: number | null
  readonly column: string | null
}

/**
 * Maps a field of an input, by its path as the contract's Schema names it (`["odiAnswers", 3]`,
 * `["lesions", 2, "freezeCycles", 0, "endedAt"]`, `[]` for the record as a whole), back to its cell.
 */
export type Locate = (path: ReadonlyArray<string | number>) => Cell

/** One record as a parser read it: the value shaped as the contract's create input, and where each field came from. */
export interface Sourced {
  readonly input: unknown
  readonly at: Locate
}

/**
 * One patient as a parser read it: the patient's data (`NewPatient`: id, sex, birthYear, centerId,
 * treatedSide) and the records, each shaped as the contract's create input (`ScreeningInput`, `BlockInput`,
 * `ProcedureInput` with its lesions, `VisitInput`, `AdverseEventInput`).
 */
export interface ParsedPatient {
  readonly patient: Sourced
  readonly screening?: Sourced | undefined
  readonly blocks?: ReadonlyArray<Sourced> | undefined
  readonly procedure?: Sourced | undefined
  readonly visits?: ReadonlyArray<Sourced> | undefined
  readonly adverseEvents?: ReadonlyArray<Sourced> | undefined
}

/** An uploaded file: its name and bytes (hashed for the audit trail and the re-import check). */
export interface UploadedFile {
  readonly name: string
  readonly bytes: Uint8Array
}

/**
 * What every import (tidy CSV, REDCap, FHIR) hands the core: the files as uploaded, the patients read
 * from them, and the problems the parser found itself (a cell that is not a number, an unknown column …).
 */
export interface ImportSource {
  /** "tidy", "redcap", "fhir": named in the imports table and the report. */
  readonly format: string
  readonly files: ReadonlyArray<UploadedFile>
  /**
   * The patients, read once, in order. A parser may read each patient only when it is asked for (the tidy
   * import does): the problems of a patient's rows are in `problems` once the patient was handed out.
   */
  readonly patients: Iterable<ParsedPatient>
  /** The problems the parser found; complete (and in their final order) once `patients` was read to its end. */
  readonly problems: ReadonlyArray<ImportProblem>
}

const sha256 = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex")

/**
 * The import's file hash: sha-256 of the bytes of a single file; of several, sha-256 of the lines
 * `<name> <sha-256>` of each file, in name order (the same files give the same hash in any order).
 */
export const fileHash = (files: ReadonlyArray<UploadedFile>): string =>
  files.length === 1
    ? sha256(files[0]!.bytes)
    : sha256(
        [...files]
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
          .map((f) => `${f.name} ${sha256(f.bytes)}\n`)
          .join("")
      )

/** A locator for a record read from one row of a flat file: the path's field names are mapped to columns. */
export const rowLocator =
  (file: string, row: number, columnOf: (path: ReadonlyArray<string | number>) => string | null): Locate =>
  (path) => ({ file, row, column: columnOf(path) })
