import { assert, describe, it } from "@effect/vitest"
import fc from "fast-check"
import { integerRanks } from "../../src/internal/integerRanks.js"
import { averageRanks, sortingRanks } from "../../src/internal/ranks.js"

/** Bitwise equality of two rankings (Object.is per rank and for the tie term). */
const same = (a: { ranks: Float64Array; tieCubes: number }, b: { ranks: Float64Array; tieCubes: number }) =>
  a.ranks.length === b.ranks.length &&
  a.ranks.every((r, i) => Object.is(r, b.ranks[i])) &&
  Object.is(a.tieCubes, b.tieCubes)

describe("integerRanks", () => {
  it("hand-worked NRS example: 0 0 3 10 3 3 → ranks 1.5 1.5 4 6 4 4, ties 6 + 24", () => {
    const r = integerRanks([0, 0, 3, 10, 3, 3])
    assert.isDefined(r)
    assert.deepStrictEqual(Array.from(r!.ranks), [1.5, 1.5, 4, 6, 4, 4])
    assert.strictEqual(r!.tieCubes, 2 ** 3 - 2 + (3 ** 3 - 3))
  })

  it("equals the sorting path bit for bit on integer data with ties (NRS, VAS, signed changes)", () => {
    const scale = fc.oneof(
      fc.constant({ min: 0, max: 10 }),
      fc.constant({ min: 0, max: 100 }),
      fc.constant({ min: -100, max: 100 }),
      fc.constant({ min: -3, max: 3 })
    )
    fc.assert(
      fc.property(
        scale.chain((s) => fc.array(fc.integer(s), { minLength: 1, maxLength: 400 })),
        (x) => {
          const counted = integerRanks(x)
          return counted !== undefined && same(counted, sortingRanks(x))
        }
      )
    )
  })

  it("declines non-integers and ranges wider than max(n, 1024), which averageRanks then sorts", () => {
    assert.isUndefined(integerRanks([1, 2.5, 3]))
    assert.isUndefined(integerRanks([0, 5000]))
    assert.isUndefined(integerRanks([]))
    assert.isDefined(integerRanks([0, 1024]))
    const wide = [7, -90000, 7, 123456, 0]
    assert.deepStrictEqual(Array.from(averageRanks(wide).ranks), [3.5, 1, 3.5, 5, 2])
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 60 }), (x) =>
        same(averageRanks(x), sortingRanks(x))
      )
    )
  })

  it("keeps the sorting path's tie term when t³ is past 2^53 (1,000,000 values, two groups)", () => {
    const x = Float64Array.from({ length: 1_000_000 }, (_, i) => (i % 3 === 0 ? 4 : 9))
    const counted = integerRanks(x)
    assert.isDefined(counted)
    const sorted = sortingRanks(x)
    assert.isTrue(same(counted!, sorted))
    const [t4, t9] = [333_334, 666_666]
    assert.strictEqual(counted!.tieCubes, t4 * t4 * t4 - t4 + (t9 * t9 * t9 - t9))
    assert.strictEqual(counted!.ranks[0], (t4 + 1) / 2)
    assert.strictEqual(counted!.ranks[1], t4 + (t9 + 1) / 2)
  })
})
