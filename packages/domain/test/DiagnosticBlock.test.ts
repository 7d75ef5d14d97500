import { assert, describe, it } from "@effect/vitest"
import { Arbitrary, Effect, FastCheck as fc } from "effect"
import { DiagnosticBlock, Model, Protocol } from "../src/index.js"
import { block, bupivacaine, lidocaine } from "./fixtures/records.js"

const study = Protocol.study

describe("DiagnosticBlock.reliefPercent and isPositive", () => {
  it.effect("computes (before − after) / before × 100", () =>
    Effect.gen(function* () {
      assert.strictEqual(yield* DiagnosticBlock.reliefPercent(8, 3), 62.5)
      assert.strictEqual(yield* DiagnosticBlock.reliefPercent(6, 3), 50)
      assert.strictEqual(yield* DiagnosticBlock.reliefPercent(5, 6), -20)
    })
  )

  it("puts the study's 50 % threshold at its boundary: 49.9 negative, 50 positive", () => {
    assert.isFalse(DiagnosticBlock.isPositive(49.9, study))
    assert.isTrue(DiagnosticBlock.isPositive(50, study))
  })

  it.effect("refuses NRS 0 before the block with a typed error", () =>
    Effect.gen(function* () {
      const e = yield* Effect.flip(DiagnosticBlock.evaluate(block({ nrsBefore: 0, nrsAfter: 0 }), study))
      assert.strictEqual(e._tag, "NoPainBeforeBlock")
      assert.strictEqual(e.block, "first")
    })
  )

  it("relief is monotone: less pain after never means less relief", () => {
    const nrs = fc.integer({ min: 1, max: 10 })
    fc.assert(
      fc.property(nrs, Arbitrary.make(Model.Nrs), Arbitrary.make(Model.Nrs), (before, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a]
        const r = (after: number) => Effect.runSync(DiagnosticBlock.reliefPercent(before, after))
        assert.isAtLeast(r(lo), r(hi))
        assert.isAtMost(r(lo), 100)
      })
    )
  })
})

describe("DiagnosticBlock.evaluate", () => {
  it.effect("reads NRS 8 → 4 at 45 min as exactly 50 % relief, positive, no deviations", () =>
    Effect.gen(function* () {
      const r = yield* DiagnosticBlock.evaluate(block({ nrsBefore: 8, nrsAfter: 4 }), study)
      assert.strictEqual(r.reliefPercent, 50)
      assert.isTrue(r.positive)
      assert.deepStrictEqual(r.deviations, [])
      assert.isNull(r.comparative)
    })
  )

  it.effect("reports volume, contrast, timing, agent and concentration deviations", () =>
    Effect.gen(function* () {
      const r = yield* DiagnosticBlock.evaluate(
        block({
          volumeMl: 3,
          contrastConfirmed: false,
          minutesAfter: 90,
          agent: "mepivacaine",
          concentrationPercent: 1
        }),
        study
      )
      assert.deepStrictEqual(
        r.deviations.map((d) => d.field),
        ["agent", "concentrationPercent", "volumeMl", "contrastConfirmed", "minutesAfter"]
      )
      assert.include(r.deviations[2]?.message, "1.5–2 ml")
      assert.include(r.deviations[4]?.message, "30–60 min")
    })
  )

  it.effect("accepts the timing window's ends, 30 and 60 minutes", () =>
    Effect.gen(function* () {
      for (const minutesAfter of [30, 60]) {
        const r = yield* DiagnosticBlock.evaluate(block({ minutesAfter }), study)
        assert.deepStrictEqual(r.deviations, [])
      }
    })
  )

  it.effect("flags a missing comparative block when the protocol requires one", () =>
    Effect.gen(function* () {
      const strict = Protocol.Protocol.make({
        ...study,
        diagnosticBlock: { ...study.diagnosticBlock, comparativeBlockRequired: true }
      })
      const r = yield* DiagnosticBlock.evaluate(block(), strict)
      assert.deepStrictEqual(
        r.deviations.map((d) => d.field),
        ["comparative"]
      )
    })
  )
})

describe("DiagnosticBlock.evaluate with a comparative block", () => {
  const [lido, bupi] = [lidocaine, bupivacaine]
  const verdict = (first: Model.BlockInjection, comparative: Model.BlockInjection) =>
    DiagnosticBlock.evaluate(block({ ...first, comparative }), study).pipe(
      Effect.map((r) => r.comparative?.verdict)
    )

  it.effect("concordant: both positive, bupivacaine relief outlasts lidocaine relief", () =>
    Effect.gen(function* () {
      assert.strictEqual(yield* verdict(lido, bupi), "concordant")
    })
  )

  it.effect("discordant: only one of the two blocks positive", () =>
    Effect.gen(function* () {
      assert.strictEqual(yield* verdict(lido, { ...bupi, nrsAfter: 6 }), "discordant")
      assert.strictEqual(yield* verdict({ ...lido, nrsAfter: 7 }, bupi), "discordant")
    })
  )

  it.effect("possibly placebo: both positive but lidocaine relief lasts as long or longer", () =>
    Effect.gen(function* () {
      assert.strictEqual(yield* verdict({ ...lido, reliefDurationHours: 8 }, bupi), "possibly placebo")
      assert.strictEqual(yield* verdict({ ...lido, reliefDurationHours: 6 }, bupi), "possibly placebo")
    })
  )

  it.effect("negative when neither block is positive; undetermined without durations", () =>
    Effect.gen(function* () {
      assert.strictEqual(yield* verdict({ ...lido, nrsAfter: 7 }, { ...bupi, nrsAfter: 7 }), "negative")
      const { reliefDurationHours: _, ...noDuration } = bupi
      assert.strictEqual(yield* verdict(lido, noDuration), "undetermined")
      assert.strictEqual(yield* verdict(lido, { ...lido, date: "2024-03-22" }), "undetermined")
    })
  )

  it.effect("names the comparative block when its NRS before is 0", () =>
    Effect.gen(function* () {
      const e = yield* Effect.flip(
        DiagnosticBlock.evaluate(block({ comparative: { ...bupi, nrsBefore: 0 } }), study)
      )
      assert.strictEqual(e.block, "comparative")
    })
  )
})

describe("DiagnosticBlock.decisive: the one block a patient is judged on", () => {
  const b = (id: string, nrsBefore: number, nrsAfter: number) =>
    block({ nrsBefore, nrsAfter, id: Model.DiagnosticBlockId.make(id) })

  it("takes the block that relieved most, whether earlier or later", () => {
    assert.strictEqual(DiagnosticBlock.decisive([b("a", 8, 6), b("b", 8, 2), b("c", 8, 4)])?.id, "b")
    assert.strictEqual(DiagnosticBlock.decisiveRelief([b("a", 8, 6), b("b", 8, 2), b("c", 8, 4)]), 75)
  })

  it("takes the later of two equal reliefs", () => {
    assert.strictEqual(DiagnosticBlock.decisive([b("a", 8, 4), b("b", 6, 3)])?.id, "b")
  })

  it("passes over a block without pain before it, unless no block can show relief", () => {
    assert.strictEqual(DiagnosticBlock.decisive([b("a", 8, 7), b("b", 0, 0)])?.id, "a")
    assert.strictEqual(DiagnosticBlock.decisive([b("a", 0, 0), b("b", 0, 0)])?.id, "b")
    assert.isNull(DiagnosticBlock.decisiveRelief([b("a", 0, 0)]))
    assert.isNull(DiagnosticBlock.decisive([]))
  })

  it("is positive exactly when some block is", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 10 })), {
          minLength: 1
        }),
        (pairs) => {
          const blocks = pairs.map(([before, after], i) => b(`b${i}`, before, after))
          const relief = DiagnosticBlock.decisiveRelief(blocks)
          const any = pairs.some(([before, after]) =>
            DiagnosticBlock.isPositive((100 * (before - after)) / before, study)
          )
          return relief !== null && DiagnosticBlock.isPositive(relief, study) === any
        }
      )
    )
  })
})
