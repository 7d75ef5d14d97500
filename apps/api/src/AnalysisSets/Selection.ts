import { type Issue, Issues, type SetSelection, selectionIssues } from "@cryoreg/contract"
import { Either } from "effect"
import type { LoadedPatient } from "../Analysis/Load.js"

/** A study row the caller may see, with its patient. */
export interface StoredStudyRow {
  readonly patient_id: string
  readonly center_id: string
  readonly data: string
}

/** Why a selection cannot make a set, field by field. */
export interface SelectionRefused {
  readonly message: string
  readonly issues: ReadonlyArray<Issue>
}

const path = (field: string, index?: number) =>
  index === undefined ? ["selection", field] : ["selection", field, index]

/**
 * The study rows a selection takes, with their patients: every criterion given must hold. `namesOf` gives
 * the names by which the caller may name a patient in `patientIds` (its id and pseudonym; the pseudonym
 * alone for the statistician). Refused when the dates are reversed, when a patient named is not a treated,
 * not withdrawn patient of the caller's view, or when nothing matches (a set is never empty).
 */
export const select = (
  selection: SetSelection,
  rows: ReadonlyArray<StoredStudyRow>,
  loaded: ReadonlyArray<LoadedPatient>,
  namesOf: (patientId: string) => ReadonlyArray<string>
): Either.Either<Array<{ row: StoredStudyRow; patient: LoadedPatient }>, SelectionRefused> => {
  const { treatedFrom, treatedTo } = selection
  const reversed = selectionIssues(selection)
  if (reversed.length > 0)
    return Either.left({
      message: `treated from (${treatedFrom}) is after treated to (${treatedTo})`,
      issues: reversed
    })
  const byId = new Map(loaded.map((p) => [p.patient.id as string, p]))
  const treated = rows.flatMap((row) => {
    const patient = byId.get(row.patient_id)
    return patient === undefined ? [] : [{ row, patient }]
  })
  let named: Set<string> | null = null
  if (selection.patientIds !== undefined) {
    const byName = new Map(
      treated.flatMap((t) => namesOf(t.row.patient_id).map((n) => [n, t.row.patient_id]))
    )
    const found = new Set<string>()
    const issues = selection.patientIds.flatMap((name, i) => {
      const id = byName.get(name)
      if (id !== undefined) found.add(id)
      return id !== undefined
        ? []
        : [
            Issues.rule(
              "unknown",
              path("patientIds", i),
              `${name} is not a treated, not withdrawn patient you may see`,
              { value: name }
            )
          ]
    })
    if (issues.length > 0)
      return Either.left({
        message: `${issues.length === 1 ? "a patient named is" : `${issues.length} patients named are`} not in the study's unit of analysis`,
        issues
      })
    named = found
  }
  const centers = selection.centers === undefined ? null : new Set<string>(selection.centers)
  const statuses = selection.statuses === undefined ? null : new Set<string>(selection.statuses)
  const chosen = treated.filter(({ row, patient }) => {
    const date = patient.procedure?.date
    return (
      (named === null || named.has(row.patient_id)) &&
      (centers === null || centers.has(row.center_id)) &&
      (statuses === null || statuses.has(patient.row.status)) &&
      (treatedFrom === undefined || (date !== undefined && date >= treatedFrom)) &&
      (treatedTo === undefined || (date !== undefined && date <= treatedTo))
    )
  })
  if (chosen.length === 0)
    return Either.left({
      message: "no treated, not withdrawn patient you may see matches this selection: a set is never empty",
      issues: [Issues.rule("noMatch", ["selection"], "matches no treated patient")]
    })
  return Either.right(chosen)
}
