import { Analysis, Protocol } from "@cryoreg/domain"
import { Effect } from "effect"
import { generateStudyCohort } from "./cohort/index.js"
import { renderComparison, renderFindings } from "./report/Render.js"

const args = process.argv.slice(2)
const option = (name: string): string | undefined => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const seed = Number(option("--seed") ?? 1)
const n = Number(option("--n") ?? 107)
const cohort = generateStudyCohort({ seed, n })
const program = Effect.gen(function* () {
  const report = yield* Analysis.studyReport(cohort.records, Protocol.study)
  const comparison = Analysis.compareWithPublished(report, Analysis.study)
  const findings = yield* Analysis.checkPublished(Analysis.study)
  return { report, comparison, findings }
})
const { report, comparison, findings } = Effect.runSync(program)
if (args.includes("--json")) {
  process.stdout.write(
    `${JSON.stringify({ seed, n, report, comparison, findings, calibrationMisses: cohort.misses }, null, 2)}\n`
  )
} else {
  const agree = comparison.filter((c) => c.agrees).length
  process.stdout.write(
    [
      `Synthetic cohort: seed ${seed}, ${report.cohort.n} patients. Cells agreeing with the paper: ${agree}/${comparison.length}.`,
      renderComparison(comparison),
      "",
      "Consistency of the published tables (checkPublished):",
      renderFindings(findings),
      ""
    ].join("\n")
  )
}
