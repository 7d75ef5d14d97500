import { CourseIssues, type Issue, type PatientDetail } from "@cryoreg/contract"
import { Laterality, Model, StudyCalendar } from "@cryoreg/domain"
import { Schema } from "effect"
import type { Values } from "../forms/form"
import { lesionKey, type Shape } from "./procedure-form-values"
import { isDate } from "./record-rules"

const isTreatedSide = Schema.is(Model.TreatedSide)
const isSide = Schema.is(Model.Side)

/** The patient's dated records a new procedure is put among (its own date is the form's). */
export type CourseBefore = Omit<StudyCalendar.Course, "procedure">

/** The patient's course as the patient's page has it, without a procedure yet. */
export const courseOf = (detail: PatientDetail): CourseBefore => ({
  screening: detail.screening?.screening ?? null,
  blocks: detail.blocks.map((b) => b.block),
  visits: detail.visits.map((v) => v.visit),
  adverseEvents: detail.adverseEvents
})

/**
 * The study's rules a new procedure's form can judge before it is sent, as the API judges them (the domain's
 * `Laterality.problems` and `StudyCalendar.problems`, worded by the contract's `CourseIssues`): the procedure
 * and every lesion on the patient's treated side, its date not after `today` and in order with the patient's
 * screening and blocks. Each at its field, all at once, with the form's other errors; a field left empty or
 * mistyped is the form's own error, not judged here.
 */
export const procedureRuleIssues = (
  v: Values,
  shape: Shape,
  treatedSide: string,
  course: CourseBefore,
  today: string
): ReadonlyArray<Issue> => {
  const side = v.side
  const sides =
    isTreatedSide(treatedSide) && isTreatedSide(side)
      ? Laterality.problems(treatedSide, {
          side,
          // a lesion without a side yet is left to the form's own error (it stands on the procedure's side here)
          lesions: shape.map((_, i) => {
            const lesion = v[lesionKey(i, "side")]
            return { side: isSide(lesion) ? lesion : side === "right" ? "right" : "left" }
          })
        }).map((e) => CourseIssues.ofSide(e))
      : []
  const dates = isDate(v.date)
    ? StudyCalendar.problems(
        { ...course, procedure: { id: "procedure", date: v.date } },
        { kind: "procedure", id: "procedure" },
        today
      ).map(CourseIssues.ofCalendar)
    : []
  return [...sides, ...dates]
}
