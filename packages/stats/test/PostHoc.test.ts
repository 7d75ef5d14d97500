import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import * as fc from "fast-check"
import { pairedT } from "../src/PairedT.js"
import { posthocPaired } from "../src/PostHoc.js"
import { reorder, subjectsByConditions, varies } from "./parametricArbitraries.js"
import { assertMatchesR, casesFor } from "./rVectors.js"

const study = [
  [7, 4, 3],
  [8, 5, 5],
  [6, 4, 2],
  [9, 6, 4]
]
const column = (rows: ReadonlyArray<ReadonlyArray<number>>, j: number) => rows.map((r) => r[j]!)

describe("posthocPaired", () => {
  for (const c of casesFor("posthocPaired")) {
    it.effect(`matches R: ${c.id}`, () =>
      Effect.map(posthocPaired(c.args[0] as Array<Array<number>>, c.args[1] as string), (got) =>
        assertMatchesR(c, got)
      )
    )
  }

  it.effect("adjusts the paired t p-values of (1,2), (1,3), (2,3) by hand", () =>
    Effect.gen(function* () {
      const raw = [
        (yield* pairedT(column(study, 0), column(study, 1))).p,
        (yield* pairedT(column(study, 0), column(study, 2))).p,
        (yield* pairedT(column(study, 1), column(study, 2))).p
      ]
      const bonferroni = yield* posthocPaired(study, "bonferroni")
      assert.deepStrictEqual(bonferroni.pairs, [
        [1, 2],
        [1, 3],
        [2, 3]
      ])
      assert.deepStrictEqual(bonferroni.rawP, raw)
      assert.deepStrictEqual(
        bonferroni.p,
        raw.map((p) => Math.min(1, 3 * p))
      )
      // Holm: raw order is p₁ < p₂ < p₃ here, so 3p₁, max(3p₁, 2p₂), max(…, p₃).
      assert.isTrue(raw[0]! < raw[1]! && raw[1]! < raw[2]!)
      const holm = yield* posthocPaired(study, "holm")
      const h1 = 3 * raw[0]!
      const h2 = Math.max(h1, 2 * raw[1]!)
      assert.deepStrictEqual(holm.p, [h1, h2, Math.max(h2, raw[2]!)])
    })
  )

  it.effect("fails with typed errors", () =>
    Effect.gen(function* () {
      const unknown = yield* Effect.flip(posthocPaired(study, "tukey"))
      assert.strictEqual(unknown._tag, "InvalidArgument")
      assert.include(unknown.message, "tukey")
      assert.strictEqual((yield* Effect.flip(posthocPaired([[1, 2, 3]], "holm")))._tag, "InsufficientData")
      assert.strictEqual((yield* Effect.flip(posthocPaired([[1, 2], [3]], "holm")))._tag, "RaggedMatrix")
      assert.strictEqual(
        (yield* Effect.flip(
          posthocPaired(
            [
              [1, Number.NaN],
              [3, 4]
            ],
            "holm"
          )
        ))._tag,
        "NonFiniteValue"
      )
      const constant = yield* Effect.flip(
        posthocPaired(
          [
            [1, 2, 5],
            [2, 3, 4],
            [3, 4, 9]
          ],
          "holm"
        )
      )
      assert.strictEqual(constant._tag, "ZeroVariance")
      assert.include(constant.message, "conditions 1 and 2")
    })
  )

  it("holm ≥ raw, bonferroni ≥ holm, all in [0, 1], invariant under a permutation of subjects, flat = rows", () => {
    fc.assert(
      fc.property(
        subjectsByConditions(3, 15, 2, 5).filter(({ rows }) => {
          const k = rows[0]!.length
          for (let j = 0; j < k; j++)
            for (let l = j + 1; l < k; l++) if (!varies(rows.map((r) => r[j]! - r[l]!))) return false
          return true
        }),
        ({ rows, order }) => {
          const holm = Effect.runSync(posthocPaired(rows, "holm"))
          const bonferroni = Effect.runSync(posthocPaired(rows, "bonferroni"))
          const permuted = Effect.runSync(posthocPaired(reorder(rows, order), "holm"))
          const flat = { values: Float64Array.from(rows.flat()), columns: rows[0]!.length }
          assert.deepStrictEqual(Effect.runSync(posthocPaired(flat, "holm")), holm)
          holm.p.forEach((p, i) => {
            assert.isTrue(p >= holm.rawP[i]! && p <= 1)
            assert.isTrue(bonferroni.p[i]! >= p)
            assert.closeTo(permuted.p[i]!, p, 1e-9)
          })
        }
      )
    )
  })
})
