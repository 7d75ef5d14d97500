import { Data, Effect, Either } from "effect"
import { allComputed, type Missing, type Uncell } from "./Cell.js"
import type { StudyReport } from "./StudyReport.js"

/** A study report with every cell computed, in the paper's plain layout (`allComputed`). */
export type CompleteStudyReport = Uncell<StudyReport>

/** The report has cells not computed: the all-or-nothing tables cannot be given. */
export class ReportIncomplete extends Data.TaggedError("ReportIncomplete")<{
  readonly missing: ReadonlyArray<Missing>
  readonly message: string
}> {}

/**
 * The report in the paper's plain layout when every cell was computed (the all-or-nothing report, as a
 * script comparing a whole cohort with the paper wants it); `ReportIncomplete` with the cells otherwise.
 */
export const completeReport = (report: StudyReport): Effect.Effect<CompleteStudyReport, ReportIncomplete> =>
  Either.match(allComputed(report), {
    onRight: (plain) => Effect.succeed(plain),
    onLeft: (missing) =>
      Effect.fail(
        new ReportIncomplete({
          missing,
          message: `${missing.length} cells not computed, the first ${missing[0]!.path}: ${missing[0]!.reason}`
        })
      )
  })
