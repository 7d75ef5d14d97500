import { generateStudyCohort } from "@cryoreg/cohort"
import { Analysis, Model, Protocol } from "@cryoreg/domain"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { renderCoverage } from "../../src/report/Render.js"

const { records } = generateStudyCohort({ seed: 1, n: 107 })

describe("renderCoverage", () => {
  it("prints nothing when every figure uses the whole cohort", () => {
    expect(renderCoverage(Effect.runSync(Analysis.studyReport(records, Protocol.study)))).toBe("")
  })

  it("prints a line for each table that left a patient out, with the counts", () => {
    // ten patients without a 6-month visit: every table reading 6 months loses them, Tables 1, 6, 7 do not
    const followed = records.map((r, i) =>
      i < 10 ? new Model.PatientRecord({ ...r, visits: r.visits.filter((v) => v.timepoint !== "month6") }) : r
    )
    const lines = renderCoverage(Effect.runSync(Analysis.studyReport(followed, Protocol.study))).split("\n")
    expect(lines.map((l) => l.trim().split(":")[0])).toEqual([
      "Patients per figure (visits missing; left out",
      "Table 2",
      "Table 3",
      "Table 4",
      "Table 5",
      "Table 8 (baseline/3/6 months)",
      "Table 9 (baseline/6 months)",
      "Table 10 (baseline/6 months)"
    ])
    expect(lines[1]).toContain(
      "NRS baseline 107, 3 months 107, 6 months 97 (changes 107, 97); tests on 97 complete cases, 10 of 107 left out"
    )
    expect(lines[4]).toContain(
      "patients seen at baseline 107, 3 months 107, 6 months 97; baseline vs 6 months tests on 97; 10 of 107 left out"
    )
  })
})
