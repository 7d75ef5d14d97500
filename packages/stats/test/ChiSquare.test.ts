import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import fc from "fast-check"
import { chiSquare } from "../src/index.js"
import { assertMatchesR, casesFor } from "./rVectors.js"

type Table = ReadonlyArray<ReadonlyArray<number>>

describe("chiSquare", () => {
  describe("matches GNU R's chisq.test", () => {
    for (const c of casesFor("chiSquare")) {
      it.effect(c.id, () =>
        Effect.map(chiSquare(c.args[0] as Table, c.args[1] as boolean), (got) => assertMatchesR(c, got))
      )
    }
  })

  it.effect("2 × 2 by hand, with and without Yates' correction", () =>
    Effect.gen(function* () {
      // margins 30/30 and 30/30 of N = 60: every E = 15, every |O − E| = 5
      const table = [
        [20, 10],
        [10, 20]
      ]
      const plain = yield* chiSquare(table, false)
      assert.closeTo(plain.statistic, (4 * 25) / 15, 1e-12)
      assert.deepStrictEqual(plain.expected, [
        [15, 15],
        [15, 15]
      ])
      assert.isFalse(plain.lowExpected)
      const yates = yield* chiSquare(table, true)
      assert.closeTo(yates.statistic, (4 * 4.5 ** 2) / 15, 1e-12)
      // df = 1: p = P(|Z| > √χ²) = erfc(√(χ²/2)); check against exp(-x/2) bound only loosely
      assert.isTrue(yates.p > plain.p)
    })
  )

  it.effect("Yates shrinks to min|O − E| < 0.5: statistic 0 and p 1", () =>
    Effect.gen(function* () {
      const r = yield* chiSquare(
        [
          [15, 15],
          [15, 16]
        ],
        true
      )
      assert.isBelow(r.statistic, 1e-20)
      assert.closeTo(r.p, 1, 1e-9)
    })
  )

  it.effect("ignores yates for larger tables and flags expected counts below 5", () =>
    Effect.gen(function* () {
      const table = [
        [3, 1, 2],
        [1, 4, 2]
      ]
      const a = yield* chiSquare(table, true)
      const b = yield* chiSquare(table, false)
      assert.strictEqual(a.statistic, b.statistic)
      assert.strictEqual(a.df, 2)
      assert.isTrue(a.lowExpected)
    })
  )

  it.effect("fails with a typed error for each kind of bad table", () =>
    Effect.gen(function* () {
      const negative = yield* Effect.flip(
        chiSquare(
          [
            [1, -2],
            [3, 4]
          ],
          false
        )
      )
      assert.strictEqual(negative._tag, "InvalidCountTable")
      const fractional = yield* Effect.flip(
        chiSquare(
          [
            [1, 2.5],
            [3, 4]
          ],
          false
        )
      )
      assert.strictEqual(fractional._tag, "InvalidCountTable")
      assert.deepStrictEqual(fractional._tag === "InvalidCountTable" ? fractional.index : [], [0, 1])
      const infinite = yield* Effect.flip(
        chiSquare(
          [
            [1, Number.POSITIVE_INFINITY],
            [3, 4]
          ],
          false
        )
      )
      assert.strictEqual(infinite._tag, "InvalidCountTable")
      const emptyColumn = yield* Effect.flip(
        chiSquare(
          [
            [0, 2],
            [0, 4]
          ],
          false
        )
      )
      assert.strictEqual(emptyColumn._tag, "InvalidCountTable")
      const zero = yield* Effect.flip(
        chiSquare(
          [
            [0, 0],
            [0, 0]
          ],
          false
        )
      )
      assert.strictEqual(zero._tag, "InvalidCountTable")
      const oneRow = yield* Effect.flip(chiSquare([[1, 2, 3]], false))
      assert.strictEqual(oneRow._tag, "InsufficientData")
      const ragged = yield* Effect.flip(chiSquare([[1, 2], [3]], false))
      assert.strictEqual(ragged._tag, "RaggedMatrix")
    })
  )

  const tables = fc.tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 2, max: 4 })).chain(([r, c]) =>
    fc.array(fc.array(fc.integer({ min: 1, max: 40 }), { minLength: c, maxLength: c }), {
      minLength: r,
      maxLength: r
    })
  )
  const transpose = (t: Table) => t[0]!.map((_, j) => t.map((row) => row[j]!))

  it("p lies in [0, 1] and the transposed table gives the same test", () => {
    fc.assert(
      fc.property(tables, fc.boolean(), (t, yates) => {
        const r = Effect.runSync(chiSquare(t, yates))
        const tr = Effect.runSync(chiSquare(transpose(t), yates))
        return (
          r.p >= 0 &&
          r.p <= 1 &&
          r.df === tr.df &&
          Math.abs(r.statistic - tr.statistic) <= 1e-12 * Math.max(1, r.statistic) &&
          Math.abs(r.p - tr.p) <= 1e-12
        )
      })
    )
  })
})
