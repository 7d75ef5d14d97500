import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import fc from "fast-check"
import { fisherExact } from "../src/index.js"
import { assertMatchesR, casesFor } from "./rVectors.js"

type Table = ReadonlyArray<ReadonlyArray<number>>

const logFactorial = (n: number) => {
  let s = 0
  for (let k = 2; k <= n; k++) s += Math.log(k)
  return s
}

/** Independent reference: list every table with the observed margins, cell by cell. */
const naiveFisher = (t: Table): number => {
  const r = t.length
  const c = t[0]!.length
  const rows = t.map((row) => row.reduce((a, b) => a + b, 0))
  const cols = t[0]!.map((_, j) => t.reduce((a, row) => a + row[j]!, 0))
  const n = rows.reduce((a, b) => a + b, 0)
  const logP = (cells: ReadonlyArray<number>) =>
    rows.reduce((a, v) => a + logFactorial(v), 0) +
    cols.reduce((a, v) => a + logFactorial(v), 0) -
    logFactorial(n) -
    cells.reduce((a, v) => a + logFactorial(v), 0)
  const observed = Math.exp(logP(t.flat()))
  let p = 0
  const cells: Array<number> = []
  const rowLeft = [...rows]
  const colLeft = [...cols]
  const visit = (k: number) => {
    if (k === r * c) {
      if (rowLeft.every((v) => v === 0) && colLeft.every((v) => v === 0)) {
        const q = Math.exp(logP(cells))
        if (q <= observed * (1 + 1e-7)) p += q
      }
      return
    }
    const i = Math.floor(k / c)
    const j = k % c
    // the last cell of a row or column is forced by its margin
    const hi = Math.min(rowLeft[i]!, colLeft[j]!)
    const lo = j === c - 1 ? rowLeft[i]! : i === r - 1 ? colLeft[j]! : 0
    for (let v = lo; v <= hi; v++) {
      cells.push(v)
      rowLeft[i] = rowLeft[i]! - v
      colLeft[j] = colLeft[j]! - v
      visit(k + 1)
      rowLeft[i] = rowLeft[i]! + v
      colLeft[j] = colLeft[j]! + v
      cells.pop()
    }
  }
  visit(0)
  return Math.min(1, p)
}

describe("fisherExact", () => {
  describe("matches GNU R's fisher.test", () => {
    for (const c of casesFor("fisherExact")) {
      it.effect(c.id, () => Effect.map(fisherExact(c.args[0] as Table), (got) => assertMatchesR(c, got)))
    }
  })

  it.effect("2 × 2 by hand from the hypergeometric distribution", () =>
    Effect.gen(function* () {
      // margins: first column 9, second 7, first row 10 → x = 3…9 with weights
      // C(9,x)·C(7,10−x) = 84, 882, 2646, 2940, 1260, 189, 7 (sum C(16,10) = 8008); x = 8 → 189
      const r = yield* fisherExact([
        [8, 2],
        [1, 5]
      ])
      assert.closeTo(r.p, (84 + 189 + 7) / 8008, 1e-14)
    })
  )

  it.effect("2 × 3 by hand: tables as likely as the observed one count (1 + 1e-7 fuzz)", () =>
    Effect.gen(function* () {
      // margins rows 1, 1 and columns 1, 1, 0: two tables, each with probability 1/2
      const r = yield* fisherExact([
        [1, 0, 0],
        [0, 1, 0]
      ])
      assert.closeTo(r.p, 1, 1e-12)
    })
  )

  it("agrees with listing every table, for small r × c tables", () => {
    const tables = fc
      .tuple(fc.integer({ min: 2, max: 3 }), fc.integer({ min: 2, max: 4 }))
      .chain(([r, c]) =>
        fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: c, maxLength: c }), {
          minLength: r,
          maxLength: r
        })
      )
      .filter((t) => t.flat().some((v) => v > 0))
    fc.assert(
      fc.property(tables, (t) => {
        const got = Effect.runSync(fisherExact(t)).p
        const transposed = Effect.runSync(fisherExact(t[0]!.map((_, j) => t.map((row) => row[j]!)))).p
        const want = naiveFisher(t)
        return Math.abs(got - want) <= 1e-7 * want && Math.abs(transposed - want) <= 1e-7 * want && got <= 1
      }),
      { numRuns: 150 }
    )
  }, 60_000)

  it.effect(
    "refuses a table too large to enumerate, and bad counts, with typed errors",
    () =>
      Effect.gen(function* () {
        const big = yield* Effect.flip(
          fisherExact([
            [40, 45, 38, 52, 41, 47],
            [44, 39, 50, 43, 46, 42],
            [48, 41, 44, 39, 45, 50]
          ])
        )
        assert.strictEqual(big._tag, "InvalidArgument")
        const fractional = yield* Effect.flip(
          fisherExact([
            [1.5, 2],
            [3, 4]
          ])
        )
        assert.strictEqual(fractional._tag, "InvalidCountTable")
        const oneColumn = yield* Effect.flip(fisherExact([[1], [2]]))
        assert.strictEqual(oneColumn._tag, "InsufficientData")
      }),
    30_000
  )
})
