import { generateStudyCohort } from "@cryoreg/cohort"
import { Analysis, Protocol } from "@cryoreg/domain"
import { Effect } from "effect"
import { renderAllAvailableData, renderComparison, renderCoverage, renderFindings } from "./report/Render.js"

/** Options of `device-sim report` (`pnpm report`). */
export interface ReportOptions {
  readonly seed: number
  readonly n: number
  readonly json: boolean
}

/**
 * Generates the calibrated cohort for a seed, computes Tables 1–10 from its records, and renders
 * them beside the published values with the consistency findings (text, or JSON with `json`).
 */
export const studyReportOutput = (options: ReportOptions): string => {
  const { seed, n } = options
  const cohort = generateStudyCohort({ seed, n })
  const { report, comparison, findings } = Effect.runSync(
    Effect.gen(function* () {
      const report = yield* Analysis.studyReport(cohort.records, Protocol.study)
      const comparison = Analysis.compareWithPublished(report, Analysis.study)
      const findings = yield* Analysis.checkPublished(Analysis.study)
      return { report, comparison, findings }
    })
  )
  if (options.json) {
    return `${JSON.stringify({ seed, n, report, comparison, findings, calibrationMisses: cohort.misses }, null, 2)}\n`
  }
  const { agrees: agree, notComputed } = Analysis.tally(comparison)
  const coverage = renderCoverage(report)
  return [
    `Synthetic cohort: seed ${seed}, ${report.cohort.n} patients. Cells agreeing with the paper: ${agree}/${comparison.length}${notComputed > 0 ? ` (${notComputed} not computed)` : ""}.`,
    renderComparison(comparison),
    "",
    ...(coverage === "" ? [] : [coverage, ""]),
    renderAllAvailableData(report),
    "",
    "Consistency of the published tables (checkPublished):",
    renderFindings(findings),
    ""
  ].join("\n")
}
