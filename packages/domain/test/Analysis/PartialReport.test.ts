import * as Stats from "@cryoreg/stats"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Either, Schema } from "effect"
import * as fc from "fast-check"
import { mixedModelMinPatients } from "../../src/Analysis/AllAvailableData.js"
import { formatP } from "../../src/Analysis/Format.js"
import { round } from "../../src/Analysis/Printed.js"
import { Analysis, Model, Protocol } from "../../src/index.js"
import cohort from "./fixtures/study-cohort-seed1.json" with { type: "json" }
import * as Legacy from "./legacy/StudyReport.js"

// The calibrated cohort (generateStudyCohort, seed 1, 107 patients), as in MissingVisits.test.ts.
const complete = Schema.decodeUnknownSync(Schema.Array(Model.PatientRecord))(cohort)
const times = ["baseline", "month3", "month6"] as const

/** Some of the patients, in order, each missing the visits whose bit is set in `dropped` (0–7). */
const sample = (picked: ReadonlyArray<number>, dropped: ReadonlyArray<number>) =>
  [...picked]
    .sort((a, b) => a - b)
    .map((i) => {
      const r = complete[i]!
      const d = dropped[i]! < 8 ? dropped[i]! : 0
      return new Model.PatientRecord({
        ...r,
        visits: r.visits.filter((v) => !(d & (1 << times.indexOf(v.timepoint))))
      })
    })

const subsets = fc.record({
  picked: fc.uniqueArray(fc.integer({ min: 0, max: 106 }), { minLength: 1, maxLength: 107 }),
  // most patients keep every visit (8–31); a few miss some (0–7: a bit per visit)
  dropped: fc.array(fc.integer({ min: 0, max: 31 }), { minLength: 107, maxLength: 107 })
})

// The cells' data read straight from the study rows, and the statistics called on them directly.
const nrsOf = (row: Analysis.StudyRow, t: (typeof times)[number]) =>
  row.visits.find((v) => v.timepoint === t)?.nrs
const mean = (x: ReadonlyArray<number>) => {
  let s = 0
  for (const v of x) s += v
  return s / x.length
}
const sd = (x: ReadonlyArray<number>) => {
  const m = mean(x)
  let ss = 0
  for (const v of x) ss += (v - m) ** 2
  return Math.sqrt(ss / (x.length - 1))
}

/** The cell the report must hold when the statistic succeeds (`Right`) or is refused (`Left`). */
const expectCell = <A>(cell: Analysis.Cell.Cell<A>, direct: Either.Either<A, unknown>, path: string) => {
  if (Either.isLeft(direct)) assert.strictEqual(cell._tag, "NotComputed", `${path} should not be computed`)
  else assert.deepStrictEqual(cell, { _tag: "Computed", value: direct.right }, path)
}

const direct = <A, B>(e: Effect.Effect<A, unknown>, f: (a: A) => B): Either.Either<B, unknown> =>
  Either.map(Effect.runSync(Effect.either(e)), f)

const checkCells = (records: ReadonlyArray<Model.PatientRecord>, report: Analysis.StudyReport) => {
  const rows = records.map(Analysis.studyRowOf)
  const ages = rows.map((r) => r.ageYears)
  expectCell(report.table1.ageMean, Either.right(round(mean(ages), 1)), "table1.ageMean")
  expectCell(
    report.table1.ageSd,
    ages.length < 2 ? Either.left("one patient") : Either.right(round(sd(ages), 1)),
    "table1.ageSd"
  )
  const m6 = rows.flatMap((r) => nrsOf(r, "month6") ?? [])
  expectCell(
    report.table2.nrs.m6,
    m6.length < 2 ? Either.left("too few") : Either.right([round(mean(m6), 1), round(sd(m6), 1)] as const),
    "table2.nrs.m6"
  )
  const all = rows.flatMap((r) => {
    const v = times.map((t) => nrsOf(r, t))
    return v.every((x) => x !== undefined) ? [v as Array<number>] : []
  })
  expectCell(
    report.table2.rmAnovaTime,
    direct(Stats.rmAnova(all), (a) => formatP(a.p)),
    "table2.rmAnovaTime"
  )
  expectCell(
    report.table2.pairwise.m3_m6,
    direct(Stats.posthocPaired(all, "bonferroni"), (h) => formatP(h.p[2]!)),
    "table2.pairwise.m3_m6"
  )
  const pairs = rows.flatMap((r) => {
    const [b, m3] = [nrsOf(r, "baseline"), nrsOf(r, "month3")]
    return b === undefined || m3 === undefined ? [] : [[b, m3] as const]
  })
  expectCell(
    report.table2.cohensD_nrs_m3,
    direct(
      Stats.cohensDav(
        Float64Array.from(pairs, ([b]) => b),
        Float64Array.from(pairs, ([, m]) => m)
      ),
      (r) => round(r.d, 1)
    ),
    "table2.cohensD_nrs_m3"
  )
  const halved = (b: number, m: number) => b > 0 && (100 * (b - m)) / b >= 50 - 1e-9
  const [p3, p6] = [
    all.filter(([b, m]) => halved(b!, m!)).length,
    all.filter(([b, , m]) => halved(b!, m!)).length
  ]
  expectCell(
    report.table4.reduction50.p,
    direct(
      Stats.chiSquare(
        [
          [p3, all.length - p3],
          [p6, all.length - p6]
        ],
        false
      ),
      (r) => formatP(r.p)
    ),
    "table4.reduction50.p"
  )
  const reductionM6 = (keep: (r: Analysis.StudyRow, b: number) => boolean) =>
    Float64Array.from(
      rows.flatMap((r) => {
        const [b, m] = [nrsOf(r, "baseline"), nrsOf(r, "month6")]
        return b === undefined || m === undefined || !keep(r, b) ? [] : [m - b]
      })
    )
  expectCell(
    report.table8.p.reductionM6,
    direct(
      Stats.welchT(
        reductionM6((r) => r.sex === "female"),
        reductionM6((r) => r.sex !== "female")
      ),
      (r) => formatP(r.p)
    ),
    "table8.p.reductionM6"
  )
  expectCell(
    report.table10.p.reductionM6,
    direct(
      Stats.oneWayAnova([
        reductionM6((_, b) => b <= 6),
        reductionM6((_, b) => b > 6 && b <= 8),
        reductionM6((_, b) => b > 8)
      ]),
      (r) => formatP(r.p)
    ),
    "table10.p.reductionM6"
  )
  const visits = Float64Array.from(rows.flatMap((r) => times.map((t) => nrsOf(r, t) ?? Number.NaN)))
  const followedUp = rows.filter((r) => nrsOf(r, "month3") !== undefined || nrsOf(r, "month6") !== undefined)
  const mmrm =
    followedUp.length < mixedModelMinPatients
      ? Either.left("too few to fit")
      : direct(Stats.longitudinalModels({ values: visits, columns: 3 }), (m) => formatP(m.mmrm.p))
  const row = report.table2.allAvailableData.nrs
  expectCell(
    Analysis.Cell.map(row, (r) => r.timeP),
    mmrm,
    "table2.allAvailableData.nrs.timeP"
  )
}

describe("the partial report on any subset of the calibrated cohort", () => {
  it("never fails as a whole, agrees with the all-or-nothing report where it succeeds, and each cell with its statistic", () => {
    let complete = 0
    fc.assert(
      fc.property(subsets, ({ picked, dropped }) => {
        const records = sample(picked, dropped)
        const report = Effect.runSync(Analysis.studyReport(records, Protocol.study))
        // every cell computed or not computed: no NaN left in the tables (JSON prints NaN as null)
        const { tests: _, ...tables } = report
        assert.notInclude(JSON.stringify(tables), "null")
        assert.isTrue(Analysis.notComputedCells(report).every((m) => m.reason.length > 10))
        const legacy = Effect.runSync(Effect.either(Legacy.studyReport(records, Protocol.study)))
        if (Either.isRight(legacy)) {
          complete++
          const plain = Analysis.allComputed(report)
          assert.isTrue(Either.isRight(plain), "the old report succeeded, so every cell is computed")
          if (Either.isRight(plain))
            assert.deepStrictEqual(JSON.stringify(plain.right), JSON.stringify(legacy.right))
        }
        checkCells(records, report)
      }),
      {
        numRuns: 60,
        seed: 21,
        endOnFailure: true,
        examples: [[{ picked: [4], dropped: Array(107).fill(9) }]]
      }
    )
    // the sizes drawn include cohorts large enough for the whole report
    assert.isAbove(complete, 0)
  }, 180_000)

  it("the whole cohort: every cell computed, the same tables as the all-or-nothing report", () => {
    const report = Effect.runSync(Analysis.studyReport(complete, Protocol.study))
    assert.deepStrictEqual(Analysis.notComputedCells(report), [])
    const legacy = Effect.runSync(Legacy.studyReport(complete, Protocol.study))
    assert.strictEqual(
      JSON.stringify(Either.getOrThrow(Analysis.allComputed(report))),
      JSON.stringify(legacy)
    )
  })
})
