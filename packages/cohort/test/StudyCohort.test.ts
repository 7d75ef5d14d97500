import { Analysis, Model, Protocol } from "@cryoreg/domain"
import * as Stats from "@cryoreg/stats"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import * as fc from "fast-check"
import { generateStudyCohort } from "../src/index.js"

const decode = Schema.decodeUnknownSync(Schema.Array(Model.PatientRecord))
const encode = Schema.encodeSync(Schema.Array(Model.PatientRecord))

const cohort = generateStudyCohort({ seed: 1 })
const report = Effect.runSync(
  Analysis.studyReport(cohort.records, Protocol.study).pipe(Effect.flatMap(Analysis.completeReport))
)
const comparison = Analysis.compareWithPublished(report, Analysis.study)
const findings = Effect.runSync(Analysis.checkPublished(Analysis.study))
const listed = new Set(findings.filter((f) => f.verdict !== "consistent").flatMap((f) => f.cells))

// Count cells: subgroup sizes, n of n (%), the first entry of a count tuple, the age range.
const isCount = (path: string) =>
  /\.n$/.test(path) || /^table[4-7]\..*\[0\]$/.test(path) || /ageM(in|ax)$/.test(path)
const isP = (path: string) => /\.p(\.|$)|pairwise|rmAnovaTime/.test(path)

describe("generateStudyCohort, seed 1", () => {
  it("gives 107 records that decode under the domain Schemas", () => {
    assert.strictEqual(cohort.records.length, 107)
    assert.strictEqual(decode(encode(cohort.records)).length, 107)
  })

  it("is deterministic for a seed", () => {
    const again = generateStudyCohort({ seed: 1 })
    assert.deepStrictEqual(encode(again.records), encode(cohort.records))
  })

  it("reproduces every count cell of Tables 1–10 exactly", () => {
    const counts = comparison.filter((c) => isCount(c.path))
    assert.isAbove(counts.length, 30)
    for (const c of counts) assert.strictEqual(c.reproduced, c.published, c.path)
  })

  it("reproduces every mean, SD and percentage at printed precision unless checkPublished lists it", () => {
    for (const c of comparison.filter((c) => !isP(c.path)))
      assert.isTrue(
        c.agrees || listed.has(c.path),
        `${c.path}: published ${c.published}, reproduced ${c.reproduced}`
      )
  })

  it("computes the repeated-measures ANOVA from the records' NRS", () => {
    const order = { baseline: 0, month3: 1, month6: 2 } as const
    const rows = cohort.records.map((r) => {
      const row = [0, 0, 0]
      for (const v of r.visits) row[order[v.timepoint]] = v.nrs
      return row
    })
    const direct = Effect.runSync(Stats.rmAnova(rows))
    assert.strictEqual(report.tests["nrs.rmAnova"]?.p, direct.p)
    assert.strictEqual(report.tests["nrs.rmAnova"]?.statistic, direct.f)
    const posthoc = Effect.runSync(Stats.posthocPaired(rows, "bonferroni"))
    assert.strictEqual(report.tests["nrs.bonferroni"]?.p, posthoc.p[2])
  })

  it("has a positive diagnostic block and 6–7 lesions at L5–S3 for every patient", () => {
    for (const r of cohort.records) {
      const b = r.blocks[0]!
      assert.isAtLeast((100 * (b.nrsBefore - b.nrsAfter)) / b.nrsBefore, 50)
      const lesions = r.procedure?.lesions ?? []
      assert.isTrue(lesions.length === 6 || lesions.length === 7)
      assert.deepStrictEqual([...new Set(lesions.map((l) => l.level))].sort(), ["L5", "S1", "S2", "S3"])
      for (const l of lesions) assert.isAbove(l.freezeCycles.length, 0)
    }
  })
})

describe("generateStudyCohort, any seed and size", () => {
  it("is valid and keeps the paper's proportions within rounding", { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 40, max: 300 }), (seed, n) => {
        const c = generateStudyCohort({ seed, n })
        assert.strictEqual(decode(encode(c.records)).length, n)
        const r = Effect.runSync(
          Analysis.studyReport(c.records, Protocol.study).pipe(Effect.flatMap(Analysis.completeReport))
        )
        const near = (k: number, published: number, of = 107) => Math.abs(k / n - published / of) <= 1 / n
        assert.isTrue(near(r.table1.female.n, 56))
        assert.isTrue(near(r.table1.rightSide.n, 58))
        assert.isTrue(near(r.table5.nsaids.baseline[0], 94))
        assert.isTrue(near(r.table7.proceduralPain[0], 12))
        assert.isTrue(Math.abs(r.table4.reduction50.m6[0] / n - 52 / 107) <= 2 / n)
        assert.isTrue(Math.abs(r.table2.nrs.baseline[0] - 7.4) <= 0.1)
      }),
      { numRuns: 5 }
    )
  })
})
