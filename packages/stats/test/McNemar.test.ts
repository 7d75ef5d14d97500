import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import fc from "fast-check"
import { mcnemar, mcnemarExact } from "../src/index.js"
import { assertMatchesR, casesFor } from "./rVectors.js"

type Table = ReadonlyArray<ReadonlyArray<number>>

/** Binomial(n, 1/2) probabilities by Pascal's triangle, independent of the package's nmath. */
const halfBinomial = (n: number): Array<number> => {
  let row = [1]
  for (let k = 0; k < n; k++) row = [...row, 0].map((v, i) => (v + (i > 0 ? row[i - 1]! : 0)) / 2)
  return row
}

describe("mcnemar", () => {
  describe("matches GNU R's mcnemar.test", () => {
    for (const c of casesFor("mcnemar")) {
      it.effect(c.id, () =>
        Effect.map(mcnemar(c.args[0] as Table, c.args[1] as boolean), (got) => assertMatchesR(c, got))
      )
    }
  })

  it.effect("by hand: b = 9, c = 3 gives (|9 − 3| − 1)²/12 and 36/12", () =>
    Effect.gen(function* () {
      const table = [
        [40, 9],
        [3, 48]
      ]
      const corrected = yield* mcnemar(table, true)
      assert.closeTo(corrected.statistic, 25 / 12, 1e-15)
      assert.strictEqual(corrected.df, 1)
      const plain = yield* mcnemar(table, false)
      assert.strictEqual(plain.statistic, 3)
      // df = 1 and χ² = 3: p = P(|Z| > √3); 2·(1 − Φ(1.7320508)) = 0.0832645…
      assert.closeTo(plain.p, 0.08326451666355042, 1e-12)
    })
  )

  it.effect("R's quirks: no correction when b = c, and b = 1, c = 0 corrected gives 0", () =>
    Effect.gen(function* () {
      const equal = yield* mcnemar(
        [
          [5, 4],
          [4, 7]
        ],
        true
      )
      assert.strictEqual(equal.statistic, 0)
      assert.strictEqual(equal.p, 1)
      const one = yield* mcnemar(
        [
          [5, 1],
          [0, 7]
        ],
        true
      )
      assert.strictEqual(one.statistic, 0)
    })
  )

  it.effect("fails with a typed error for each kind of bad table", () =>
    Effect.gen(function* () {
      const concordant = yield* Effect.flip(
        mcnemar(
          [
            [5, 0],
            [0, 7]
          ],
          true
        )
      )
      assert.strictEqual(concordant._tag, "InsufficientData")
      const notSquare = yield* Effect.flip(
        mcnemar(
          [
            [1, 2, 3],
            [4, 5, 6]
          ],
          false
        )
      )
      assert.strictEqual(notSquare._tag, "InvalidArgument")
      const negative = yield* Effect.flip(
        mcnemar(
          [
            [1, -2],
            [3, 4]
          ],
          false
        )
      )
      assert.strictEqual(negative._tag, "InvalidCountTable")
    })
  )

  const table = fc.tuple(fc.nat(50), fc.nat(60), fc.nat(60), fc.nat(50)).filter(([, b, c]) => b + c > 0)
  it("p lies in [0, 1] and is symmetric in b and c", () => {
    fc.assert(
      fc.property(table, fc.boolean(), ([a, b, c, d], correct) => {
        const r = Effect.runSync(
          mcnemar(
            [
              [a, b],
              [c, d]
            ],
            correct
          )
        )
        const s = Effect.runSync(
          mcnemar(
            [
              [a, c],
              [b, d]
            ],
            correct
          )
        )
        return r.p >= 0 && r.p <= 1 && r.statistic === s.statistic && r.p === s.p
      })
    )
  })
})

describe("mcnemarExact", () => {
  describe("matches GNU R's binom.test(b, b + c)", () => {
    for (const c of casesFor("mcnemarExact")) {
      it.effect(c.id, () => Effect.map(mcnemarExact(c.args[0] as Table), (got) => assertMatchesR(c, got)))
    }
  })

  it.effect("by hand: b = 1, c = 7 gives 2 · P(X ≤ 1) = 2 · 9/256", () =>
    Effect.gen(function* () {
      const r = yield* mcnemarExact([
        [30, 1],
        [7, 30]
      ])
      assert.closeTo(r.p, (2 * 9) / 256, 1e-15)
    })
  )

  it("equals the sum of the Binomial(b + c, 1/2) outcomes no likelier than b, and is symmetric", () => {
    fc.assert(
      fc.property(fc.nat(40), fc.nat(40), (b, c) => {
        fc.pre(b + c > 0)
        const probabilities = halfBinomial(b + c)
        const observed = probabilities[b]!
        const want = Math.min(
          1,
          probabilities.filter((q) => q <= observed * (1 + 1e-7)).reduce((x, y) => x + y, 0)
        )
        const got = Effect.runSync(
          mcnemarExact([
            [0, b],
            [c, 0]
          ])
        ).p
        const swapped = Effect.runSync(
          mcnemarExact([
            [0, c],
            [b, 0]
          ])
        ).p
        return Math.abs(got - want) <= 1e-12 && Math.abs(swapped - got) <= 1e-14 && got <= 1
      })
    )
  })

  it.effect("fails for tables it cannot test", () =>
    Effect.gen(function* () {
      const none = yield* Effect.flip(
        mcnemarExact([
          [3, 0],
          [0, 3]
        ])
      )
      assert.strictEqual(none._tag, "InsufficientData")
      const big = yield* Effect.flip(
        mcnemarExact([
          [1, 2, 3],
          [4, 5, 6],
          [7, 8, 9]
        ])
      )
      assert.strictEqual(big._tag, "InvalidArgument")
    })
  )
})
