import { assert, describe, it } from "@effect/vitest"
import fc from "fast-check"
import { averageRanks, rankRowInto } from "../../src/internal/ranks.js"

/** Average rank by definition: 1 + #below + (#equal − 1)/2. */
const naiveRank = (x: ReadonlyArray<number>, v: number) =>
  1 + x.filter((w) => w < v).length + (x.filter((w) => w === v).length - 1) / 2

describe("ranks", () => {
  it("gives R's average ranks and Σ(t³ − t) for a hand-worked example", () => {
    // 3 1 4 1 5 9 2 6 5 → sorted 1 1 2 3 4 5 5 6 9; ties: two 1s, two 5s → 6 + 6
    const { ranks, tieCubes } = averageRanks([3, 1, 4, 1, 5, 9, 2, 6, 5])
    assert.deepStrictEqual(Array.from(ranks), [4, 1.5, 5, 1.5, 6.5, 9, 3, 8, 6.5])
    assert.strictEqual(tieCubes, 12)
  })

  it("the sorting and the counting rankers agree with the definition", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 40 }), (x) => {
        const sorted = averageRanks(x)
        const row = new Float64Array(x.length)
        const rowTies = rankRowInto(x, 0, x.length, row)
        const counts = new Map<number, number>()
        for (const v of x) counts.set(v, (counts.get(v) ?? 0) + 1)
        let ties = 0
        for (const t of counts.values()) ties += t ** 3 - t
        return (
          x.every((v, i) => sorted.ranks[i] === naiveRank(x, v) && row[i] === naiveRank(x, v)) &&
          sorted.tieCubes === ties &&
          rowTies === ties
        )
      })
    )
  })

  it("ranks rows of three (the unrolled path) as the definition, anywhere in a longer array", () => {
    const value = fc.oneof(
      fc.integer({ min: 0, max: 2 }),
      fc.double({ noNaN: true, noDefaultInfinity: true })
    )
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value, value), { minLength: 1, maxLength: 20 }), (rows) => {
        const flat = rows.flat()
        const out = new Float64Array(flat.length)
        return rows.every((row, i) => {
          const ties = rankRowInto(flat, i * 3, 3, out)
          const counts = new Map<number, number>()
          for (const v of row) counts.set(v, (counts.get(v) ?? 0) + 1)
          let want = 0
          for (const t of counts.values()) want += t ** 3 - t
          return ties === want && row.every((v, j) => out[i * 3 + j] === naiveRank(row, v))
        })
      })
    )
    // 5 5 5 → all 2, ties 24; 1 3 1 → 1.5 3 1.5, ties 6
    const out = new Float64Array(6)
    assert.strictEqual(
      rankRowInto([5, 5, 5, 1, 3, 1], 0, 3, out) + rankRowInto([5, 5, 5, 1, 3, 1], 3, 3, out),
      30
    )
    assert.deepStrictEqual(Array.from(out), [2, 2, 2, 1.5, 3, 1.5])
  })
})
