import { assert, describe, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { Analgesics, Analysis, Model, Protocol } from "../../src/index.js"
import cohort from "./fixtures/study-cohort-seed1.json" with { type: "json" }

// The 107 records of `generateStudyCohort({ seed: 1, n: 107 })` (@cryoreg/cohort), encoded with
// Model.PatientRecord: the domain cannot depend on the cohort package, which depends on it.
const complete = Schema.decodeUnknownSync(Schema.Array(Model.PatientRecord))(cohort)

// A live registry: every 5th patient has no 6-month visit yet, every 7th (from the 4th) missed 3 months,
// patients 11, 46 and 81 both; patient 3's baseline visit was never entered.
const dropped = (i: number, t: Model.Timepoint) =>
  (t === "month6" && i % 5 === 0) || (t === "month3" && i % 7 === 3) || (t === "baseline" && i === 2)
const records = complete.map(
  (r, i) => new Model.PatientRecord({ ...r, visits: r.visits.filter((v) => !dropped(i, v.timepoint)) })
)

const times = ["baseline", "month3", "month6"] as const
const visitAt = (r: Model.PatientRecord, t: Model.Timepoint) => r.visits.find((v) => v.timepoint === t)
const has = (r: Model.PatientRecord, ...ts: ReadonlyArray<Model.Timepoint>) =>
  ts.every((t) => visitAt(r, t) !== undefined)
const summary = (x: ReadonlyArray<number>) => {
  const mean = x.reduce((a, b) => a + b, 0) / x.length
  return { n: x.length, mean, sd: Math.sqrt(x.reduce((a, b) => a + (b - mean) ** 2, 0) / (x.length - 1)) }
}
const nrsAt = (rs: ReadonlyArray<Model.PatientRecord>, t: Model.Timepoint) =>
  rs.flatMap((r) => visitAt(r, t)?.nrs ?? [])
const allThree = records.filter((r) => has(r, ...times))
// printed at one decimal (NRS) or none (VAS): within half a unit of the last digit
const near = (printed: readonly [number, number], s: { mean: number; sd: number }, decimals: number) => {
  assert.closeTo(printed[0], s.mean, 0.5 * 10 ** -decimals + 1e-9)
  assert.closeTo(printed[1], s.sd, 0.5 * 10 ** -decimals + 1e-9)
}

describe("the study report on a cohort with missing visits", () => {
  it.effect("descriptive means use every patient measured at that time point, not the complete cases", () =>
    Effect.gen(function* () {
      const report = yield* Analysis.studyReport(records, Protocol.study).pipe(
        Effect.flatMap(Analysis.completeReport)
      )
      const counts = times.map((t) => records.filter((r) => has(r, t)).length)
      assert.deepStrictEqual(counts, [106, 92, 85])
      const cov = report.coverage.table2.nrs
      assert.deepStrictEqual([cov.baseline, cov.m3, cov.m6], counts)
      for (const [key, t] of [
        ["baseline", "baseline"],
        ["m3", "month3"],
        ["m6", "month6"]
      ] as const) {
        near(report.table2.nrs[key], summary(nrsAt(records, t)), 1)
        const vas = records.flatMap((r) => visitAt(r, t)?.vasMm ?? [])
        near(report.table2.vas[key], summary(vas), 0)
      }
      // at 3 months the complete cases' means print otherwise (NRS 3.8, VAS 40): the test tells them apart
      const m3 = (f: (v: Model.FollowUpVisit) => number) =>
        allThree.reduce((a, r) => a + f(visitAt(r, "month3")!), 0) / allThree.length
      assert.notStrictEqual(report.table2.nrs.m3[0], Math.round(10 * m3((v) => v.nrs)) / 10)
      assert.notStrictEqual(report.table2.vas.m3[0], Math.round(m3((v) => v.vasMm)))
      assert.closeTo(report.table1.nrs.mean, summary(nrsAt(records, "baseline")).mean, 0.05 + 1e-9)
      assert.deepStrictEqual(report.coverage.table1, {
        patients: 107,
        nrs: 106,
        vas: 106,
        odi: 106,
        leftOut: 1
      })
      // a change from baseline: the patients measured at baseline and then
      const paired = records.filter((r) => has(r, "baseline", "month6"))
      const change = summary(nrsAt(paired, "month6")).mean - summary(nrsAt(paired, "baseline")).mean
      assert.strictEqual(cov.changeM6, paired.length)
      assert.closeTo(report.table2.nrs.changeM6, change, 0.05 + 1e-9)
      // Cohen's d_av at 3 months on the same pairs: mean difference / root mean square of the two SDs
      const at3 = records.filter((r) => has(r, "baseline", "month3"))
      const [b, m] = [summary(nrsAt(at3, "baseline")), summary(nrsAt(at3, "month3"))]
      const d = (b.mean - m.mean) / Math.sqrt((b.sd ** 2 + m.sd ** 2) / 2)
      assert.closeTo(Math.abs(report.table2.cohensD_nrs_m3), d, 0.05 + 1e-9)
    })
  )

  it.effect("the repeated-measures tests use the complete cases and count the patients left out", () =>
    Effect.gen(function* () {
      const report = yield* Analysis.studyReport(records, Protocol.study).pipe(
        Effect.flatMap(Analysis.completeReport)
      )
      const cc = allThree.length
      assert.strictEqual(cc, 107 - 22 - 15 + 3 - 1)
      for (const scale of [
        report.coverage.table2.nrs,
        report.coverage.table2.vas,
        report.coverage.table3.odi
      ])
        assert.deepStrictEqual([scale.completeCases, scale.leftOut], [cc, 107 - cc])
      // rmANOVA's error df is (patients − 1)(3 − 1)
      assert.strictEqual(report.tests["nrs.rmAnova"]!.note, `df 2, ${2 * (cc - 1)}`)
      assert.strictEqual(report.tests["odi.rmAnova"]!.note, `df 2, ${2 * (cc - 1)}`)
    })
  )

  it.effect("a missing visit is not a non-responder: Table 4's 'of' is the patients measured then", () =>
    Effect.gen(function* () {
      const report = yield* Analysis.studyReport(records, Protocol.study).pipe(
        Effect.flatMap(Analysis.completeReport)
      )
      for (const [key, t] of [
        ["m3", "month3"],
        ["m6", "month6"]
      ] as const) {
        const measured = records.filter((r) => has(r, "baseline", t))
        const halved = measured.filter((r) => visitAt(r, t)!.nrs <= visitAt(r, "baseline")!.nrs / 2).length
        assert.isTrue(measured.every((r) => visitAt(r, "baseline")!.nrs > 0))
        const [k, of, pct] = report.table4.reduction50[key]
        assert.deepStrictEqual([k, of], [halved, measured.length])
        assert.closeTo(pct, (100 * halved) / measured.length, 0.05 + 1e-9)
        assert.strictEqual(report.coverage.table4[key], measured.length)
      }
      assert.deepStrictEqual(
        [report.coverage.table4.paired, report.coverage.table4.leftOut],
        [allThree.length, 107 - allThree.length]
      )
    })
  )

  it.effect(
    "Table 5 counts users among the patients seen at each visit; its tests the patients seen at both",
    () =>
      Effect.gen(function* () {
        const report = yield* Analysis.studyReport(records, Protocol.study).pipe(
          Effect.flatMap(Analysis.completeReport)
        )
        const usesNsaid = (v: Model.FollowUpVisit) =>
          v.analgesics.nsaids === true || Effect.runSync(Analgesics.classifyUse(v.analgesics.drugs)).nsaids
        const seen = times.map((t) => records.flatMap((r) => visitAt(r, t) ?? []))
        const users = seen.map((vs) => vs.filter(usesNsaid).length)
        const { baseline, m3, m6 } = report.table5.nsaids
        assert.deepStrictEqual([baseline[0], m3[0], m6[0]], users)
        assert.closeTo(m6[1], (100 * users[2]!) / seen[2]!.length, 0.05 + 1e-9)
        const both = records.filter((r) => has(r, "baseline", "month6")).length
        assert.deepStrictEqual(report.coverage.table5, {
          baseline: 106,
          m3: 92,
          m6: 85,
          paired: both,
          leftOut: 107 - allThree.length
        })
        const note = report.tests["table5.nsaids.mcnemar"]!.note!
        const [onlyBaseline, onlyM6] = [...note.matchAll(/\d+/g)].map((m) => Number(m[0]))
        const discordant = records
          .filter((r) => has(r, "baseline", "month6"))
          .filter((r) => usesNsaid(visitAt(r, "baseline")!) !== usesNsaid(visitAt(r, "month6")!)).length
        assert.strictEqual(onlyBaseline! + onlyM6!, discordant)
      })
  )

  it.effect("Tables 8–10 leave out a patient whose visit is missing, and say how many", () =>
    Effect.gen(function* () {
      const report = yield* Analysis.studyReport(records, Protocol.study).pipe(
        Effect.flatMap(Analysis.completeReport)
      )
      const women = records.filter((r) => r.patient.sex === "female" && has(r, "baseline"))
      const womenM6 = women.filter((r) => has(r, "month6"))
      const halved = womenM6.filter((r) => visitAt(r, "month6")!.nrs <= visitAt(r, "baseline")!.nrs / 2)
      assert.deepStrictEqual(report.coverage.table8.female, {
        baselineNrs: women.length,
        reductionM3: women.filter((r) => has(r, "month3")).length,
        reductionM6: womenM6.length
      })
      assert.strictEqual(report.table8.female.n, women.length)
      assert.closeTo(report.table8.female.responderM6Pct, (100 * halved.length) / womenM6.length, 0.05 + 1e-9)
      const strata = [
        report.coverage.table10.nrs5to6,
        report.coverage.table10.nrs7to8,
        report.coverage.table10.nrs9to10
      ]
      assert.strictEqual(
        strata.reduce((k, s) => k + s.baselineNrs, 0),
        106
      )
      assert.strictEqual(
        strata.reduce((k, s) => k + s.reductionM6, 0),
        records.filter((r) => has(r, "baseline", "month6")).length
      )
      assert.strictEqual(report.coverage.table8.leftOut, 107 - allThree.length)
      assert.strictEqual(
        report.coverage.table9.leftOut,
        107 - records.filter((r) => has(r, "baseline", "month6")).length
      )
    })
  )

  it.effect("on the complete cohort every figure uses all 107 patients and none is left out", () =>
    Effect.gen(function* () {
      const { coverage } = yield* Analysis.studyReport(complete, Protocol.study).pipe(
        Effect.flatMap(Analysis.completeReport)
      )
      const { table2, table3, ...rest } = coverage
      const leftOut = [table2.nrs, table2.vas, table3.odi, ...Object.values(rest)].flatMap((t) =>
        typeof t === "object" ? [t.leftOut] : []
      )
      assert.deepStrictEqual(leftOut, Array(11).fill(0))
      assert.deepStrictEqual(coverage.table2.nrs, {
        ...{ baseline: 107, m3: 107, m6: 107, changeM3: 107, changeM6: 107 },
        ...{ completeCases: 107, leftOut: 0 }
      })
    })
  )
})
