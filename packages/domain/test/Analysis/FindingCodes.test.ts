import { assert, describe, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { Analysis } from "../../src/index.js"
import before from "./fixtures/published-findings.json" with { type: "json" }

/** The kind of each sentence the checks wrote before the codes, read from its words (by hand). */
const kinds: ReadonlyArray<readonly [RegExp, Analysis.FindingCode]> = [
  [/: no sum of \d+ such scores/, "scaleMeanImpossible"],
  [/: the SD is within the possible/, "scaleSdWithin"],
  [/ cannot exist: with that mean the SD/, "scaleSdImpossible"],
  [/^Cryolesions .*: every procedure may have had/, "lesionsTypical"],
  [/^Cryolesions .* contradict the paper's stated/, "lesionsOutsideTypical"],
  [/^Table \d+, [^:]+: \d+\/\d+ is [\d.]+% as printed\.$/, "percentAsPrinted"],
  [/^Table \d+, [^:]+: \d+\/\d+ is [\d.]+%, not the printed/, "percentNotPrinted"],
  [/: [\d.]+% of \d+ is [\d or]+ patients\.$/, "subgroupPercentCounts"],
  [/: no count of \d+ patients is/, "subgroupPercentNoCount"],
  [/: the subgroup counts add up to the overall/, "subgroupCountsAddUp"],
  [/, never the overall/, "subgroupCountsNever"],
  [/\) agree\.$/, "sourcesAgree"],
  [/ cannot satisfy both /, "sourcesDisagree"],
  [/ is reproducible from the printed summaries/, "pReproducible"],
  [/: the printed summaries give p between/, "pNotReproducible"],
  [/can come from a paired test\.$/, "pairedPossible"],
  [/No paired table with these counts gives/, "pairedImpossible"]
]

const kindOf = (sentence: string): Analysis.FindingCode | undefined =>
  kinds.find(([re]) => re.test(sentence))?.[1]

describe("the consistency findings of the published tables, as data", () => {
  it.effect("say in English exactly what the sentences built before the codes said", () =>
    Effect.gen(function* () {
      const findings = yield* Analysis.checkPublished(Analysis.study)
      assert.strictEqual(findings.length, before.length)
      findings.forEach((f, k) => {
        const was = before[k]!
        assert.strictEqual(Analysis.describeFinding(f.detail), was.sentence)
        assert.strictEqual(f.sentence, was.sentence)
        assert.strictEqual(f.verdict, was.verdict)
        assert.deepStrictEqual(f.cells, was.cells)
      })
    })
  )

  it.effect("yield the code each sentence written before the codes reads as", () =>
    Effect.gen(function* () {
      const findings = yield* Analysis.checkPublished(Analysis.study)
      findings.forEach((f, k) => {
        assert.strictEqual(f.detail.code, kindOf(before[k]!.sentence), before[k]!.sentence)
      })
      // The study's findings use 12 of the 17 kinds; the impossible ones among them, by kind.
      const impossible = findings.filter((f) => f.verdict === "impossible").map((f) => f.detail.code)
      assert.deepStrictEqual([...new Set(impossible)], ["scaleSdImpossible", "sourcesDisagree"])
    })
  )

  it.effect("carry numbers and subjects, never pre-worded text, and survive the API's JSON", () =>
    Effect.gen(function* () {
      const findings = yield* Analysis.checkPublished(Analysis.study)
      const stratum = findings.find((f) => f.detail.code === "scaleSdImpossible")!.detail
      if (stratum.code !== "scaleSdImpossible") throw new Error("no impossible SD")
      assert.deepStrictEqual(stratum, {
        code: "scaleSdImpossible",
        params: {
          subject: { quantity: "nrs", at: "baseline", group: { lo: 9, hi: 10 } },
          mean: 9.1,
          sd: 0.6,
          n: 27,
          min: 9,
          max: 10,
          step: 1,
          lo: stratum.params.lo,
          hi: stratum.params.hi
        }
      })
      assert.closeTo(stratum.params.hi, Math.sqrt((4 * 23) / (27 * 26)), 1e-9)
      const anova = findings.find((f) => f.cells[0] === "table10.p.reductionM6")!.detail
      if (anova.code !== "pNotReproducible") throw new Error(`the ANOVA p is ${anova.code}`)
      assert.deepStrictEqual(anova.params.subject, { of: "reductionByStratum" })
      const encoded = Schema.encodeSync(Schema.Array(Analysis.Finding))(findings)
      assert.deepStrictEqual(
        Schema.decodeUnknownSync(Schema.Array(Analysis.Finding))(JSON.parse(JSON.stringify(encoded))),
        findings
      )
    })
  )
})

describe("the kinds of finding the published tables do not yield, on altered tables", () => {
  const altered = (edit: (p: Analysis.Published) => void) => {
    const p = structuredClone(Analysis.study) as Analysis.Published
    edit(p)
    return Analysis.checkSummaries(p)
  }
  const at = (fs: ReadonlyArray<Analysis.Finding>, cell: string) => fs.filter((f) => f.cells.includes(cell))

  it("a percentage its count does not print as: 68/107 is 63.6 %, not 63.4 %", () => {
    const f = at(
      altered((p) => Object.assign(p.table4.reduction30.m6, { 2: 63.4 })),
      "table4.reduction30.m6[2]"
    )[0]!
    assert.deepStrictEqual(f.detail, {
      code: "percentNotPrinted",
      params: {
        row: { table: 4, row: "reduction30", at: "m6" },
        count: 68,
        n: 107,
        printed: 63.4,
        computed: 63.6
      }
    })
  })

  it("a subgroup percentage no count prints as, and subgroup counts that never add up", () => {
    // 42.7 % of 49: 20/49 = 40.8 %, 21/49 = 42.9 % — no count prints as 42.7.
    const fs = at(
      altered((p) => Object.assign(p.table9.atLeast55, { responderM6Pct: 42.7 })),
      "table9.atLeast55.responderM6Pct"
    )
    assert.deepStrictEqual(fs[0]!.detail, {
      code: "subgroupPercentNoCount",
      params: { by: "age", n: 49, pct: 42.7 }
    })
    assert.strictEqual(fs[1]!.detail.code, "subgroupCountsNever")
    // Women 50 % of 56 = 28 and men 49 % of 51 = 25: 53, never Table 4's 52.
    const sex = at(
      altered((p) => Object.assign(p.table8.male, { responderM6Pct: 49 })),
      "table4.reduction50.m6[0]"
    )[0]!
    assert.deepStrictEqual(sex.detail, {
      code: "subgroupCountsNever",
      params: { by: "sex", overall: 52, sums: [53] }
    })
  })

  it("a mean no sum of integer scores prints as: 10.1 in the stratum of baseline NRS 9–10", () => {
    const fs = altered((p) => Object.assign(p.table10.nrs9to10.baselineNrs, { 0: 10.1 }))
    const f = at(fs, "table10.nrs9to10.baselineNrs[0]")[0]!
    assert.strictEqual(f.verdict, "impossible")
    assert.deepStrictEqual(f.detail, {
      code: "scaleMeanImpossible",
      params: {
        subject: { quantity: "nrs", at: "baseline", group: { lo: 9, hi: 10 } },
        mean: 10.1,
        sd: 0.6,
        n: 27,
        min: 9,
        max: 10,
        step: 1
      }
    })
    assert.strictEqual(
      f.sentence,
      "Baseline NRS, stratum 9–10 (10.1 ± 0.6, n = 27, integers 9–10): no sum of 27 such scores gives a mean that prints as 10.1."
    )
  })
})
