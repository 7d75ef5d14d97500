import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import * as fc from "fast-check"
import { oneWayAnova } from "../src/Anova.js"
import { studentT } from "../src/TTest.js"
import { reorder, subjectsByConditions, twoSamples, varies } from "./parametricArbitraries.js"
import { assertMatchesR, casesFor } from "./rVectors.js"

describe("oneWayAnova", () => {
  for (const c of casesFor("oneWayAnova")) {
    it.effect(`matches R: ${c.id}`, () =>
      Effect.map(oneWayAnova(c.args[0] as Array<Array<number>>), (got) => assertMatchesR(c, got))
    )
  }

  it.effect("matches a hand computation", () =>
    Effect.gen(function* () {
      // means 2, 5, 8 around 5: SS_between = 3·(9 + 0 + 9) = 54, SS_within = 6, F = 27 on (2, 6)
      const r = yield* oneWayAnova([
        [1, 2, 3],
        [4, 5, 6],
        [7, 8, 9]
      ])
      assert.closeTo(r.f, 27, 1e-12)
      assert.strictEqual(r.df1, 2)
      assert.strictEqual(r.df2, 6)
      // F(2, ν) upper tail is (1 + 2F/ν)^(−ν/2) = 10⁻³
      assert.closeTo(r.p, 1e-3, 1e-15)
    })
  )

  it.effect("fails with typed errors", () =>
    Effect.gen(function* () {
      assert.strictEqual((yield* Effect.flip(oneWayAnova([[1, 2, 3]])))._tag, "InsufficientData")
      const small = yield* Effect.flip(oneWayAnova([[1, 2, 3], [4]]))
      assert.strictEqual(small._tag, "InsufficientData")
      assert.include(small.message, "groups[1]")
      assert.strictEqual(
        (yield* Effect.flip(
          oneWayAnova([
            [1, 2],
            [3, Number.NaN]
          ])
        ))._tag,
        "NonFiniteValue"
      )
      assert.strictEqual(
        (yield* Effect.flip(
          oneWayAnova([
            [1, 1],
            [3, 3]
          ])
        ))._tag,
        "ZeroVariance"
      )
    })
  )

  it("with two groups is Student's t squared, and p agrees", () => {
    fc.assert(
      fc.property(
        twoSamples(2, 15).filter(([a, b]) => varies(a) || varies(b)),
        ([a, b]) => {
          const anova = Effect.runSync(oneWayAnova([a, b]))
          const t = Effect.runSync(studentT(a, b))
          assert.closeTo(anova.f, t.t ** 2, 1e-8 * Math.max(1, anova.f))
          assert.closeTo(anova.p, t.p, 1e-8)
        }
      )
    )
  })

  it("does not depend on the order of the groups; p in [0, 1]", () => {
    fc.assert(
      fc.property(
        subjectsByConditions(3, 6, 2, 6).filter(({ rows }) => rows.some(varies)),
        ({ rows, order }) => {
          const r = Effect.runSync(oneWayAnova(rows))
          const permuted = Effect.runSync(oneWayAnova(reorder(rows, order)))
          assert.closeTo(permuted.f, r.f, 1e-9 * Math.max(1, r.f))
          assert.isTrue(r.p >= 0 && r.p <= 1)
        }
      )
    )
  })
})
