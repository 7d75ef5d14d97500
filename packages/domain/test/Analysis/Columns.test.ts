import { assert, describe, it } from "@effect/vitest"
import fc from "fast-check"
import { columns, groupMeanSd, meanSd, split } from "../../src/Analysis/Columns.js"

/** Mean and SD of the values of group k by the definition, on a filtered copy. */
const naive = (x: ArrayLike<number>, g: ArrayLike<number>, k: number) => {
  const v = Array.from(x).filter((_, i) => g[i] === k)
  const mean = v.reduce((s, y) => s + y, 0) / v.length
  return { n: v.length, mean, sd: Math.sqrt(v.reduce((s, y) => s + (y - mean) ** 2, 0) / (v.length - 1)) }
}

const labelled = fc.integer({ min: 1, max: 200 }).chain((n) =>
  fc.record({
    x: fc.array(fc.integer({ min: -10, max: 10 }), { minLength: n, maxLength: n }),
    y: fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: n, maxLength: n }),
    g: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n })
  })
)

describe("Analysis columns", () => {
  it("groupMeanSd: each group's n, mean and SD, as meanSd and the definition give them", () => {
    fc.assert(
      fc.property(labelled, ({ x, y, g }) => {
        const [fx, fy, fg] = [Float64Array.from(x), Float64Array.from(y), Uint8Array.from(g)]
        const got = groupMeanSd([fx, fy], fg, 3) // label 3 is outside the groups asked for
        return [0, 1, 2].every((k) =>
          [fx, fy].every((v, j) => {
            const r = got[k]![j]!
            const m = meanSd(v, fg, k)
            const d = naive(v, fg, k)
            return (
              Object.is(r.n, m.n) &&
              Object.is(r.mean, m.mean) &&
              Object.is(r.sd, m.sd) &&
              r.n === d.n &&
              (r.n === 0 || Math.abs(r.mean - d.mean) <= 1e-9 * (1 + Math.abs(d.mean))) &&
              (r.n < 2 || Math.abs(r.sd - d.sd) <= 1e-9 * (1 + d.sd))
            )
          })
        )
      })
    )
  })

  it("groupMeanSd by hand: groups {1, 3} and {2, 4, 9}", () => {
    const [a, b] = groupMeanSd([Float64Array.from([1, 2, 3, 4, 9])], Uint8Array.from([0, 1, 0, 1, 1]), 2)
    assert.deepStrictEqual(a![0], { n: 2, mean: 2, sd: Math.SQRT2 })
    assert.deepStrictEqual(b![0], { n: 3, mean: 5, sd: Math.sqrt(13) })
  })

  it("split: the values of each group in index order; columns: the three time points", () => {
    fc.assert(
      fc.property(labelled, ({ y, g }) => {
        const parts = split(Float64Array.from(y), Uint8Array.from(g), 3)
        return (
          parts.length === 3 &&
          parts.every((p, k) => {
            const want = y.filter((_, i) => g[i] === k)
            return p.length === want.length && p.every((v, i) => Object.is(v, want[i]))
          })
        )
      })
    )
    const [b, m3, m6] = columns(Float64Array.from([8, 4, 2, 6, 6, 5]))
    assert.deepStrictEqual(
      [Array.from(b), Array.from(m3), Array.from(m6)],
      [
        [8, 6],
        [4, 6],
        [2, 5]
      ]
    )
  })
})
