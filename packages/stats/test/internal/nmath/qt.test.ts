import { assert, describe, it } from "@effect/vitest"
import { pt } from "../../../src/internal/nmath/beta.js"
import { qnorm } from "../../../src/internal/nmath/normal.js"
import { dt, qt } from "../../../src/internal/nmath/qt.js"

const rel = (got: number, want: number) => Math.abs(got - want) / Math.abs(want)

describe("dt", () => {
  it("matches the Cauchy and t(3) densities", () => {
    for (const x of [0, 0.5, 3, 40, 1e8]) {
      assert.isBelow(rel(dt(x, 1, false), 1 / (Math.PI * (1 + x * x))), 1e-13)
      // t(3): 6 sqrt(3) / (pi (3 + x^2)^2)
      assert.isBelow(rel(dt(x, 3, false), (6 * Math.sqrt(3)) / (Math.PI * (3 + x * x) ** 2)), 1e-13)
    }
    assert.isBelow(rel(dt(2, 5, true), Math.log(dt(2, 5, false))), 1e-14)
    assert.isNaN(dt(1, 0, false))
  })
})

describe("qt", () => {
  it("inverts pt for fractional, small and large df, in both tails", () => {
    for (const df of [0.3, 0.7, 1.2, 2.5, 6, 41.18, 1e5]) {
      for (const p of [1e-9, 0.01, 0.2, 0.5, 0.9, 0.999]) {
        const q = qt(p, df, true, false)
        assert.isBelow(rel(pt(q, df, true, false), p), 1e-10, `df ${df} p ${p}`)
        // for df < 1 R bisects on the lower-tail scale, so the upper tail keeps only absolute accuracy
        const symmetryTol = df < 1 ? 1e-6 : 1e-12
        assert.isBelow(Math.abs(qt(p, df, false, false) + q), symmetryTol * Math.max(1, Math.abs(q)))
      }
    }
  })

  it("handles log-scale probabilities far in the tail", () => {
    const q = qt(-500, 4.5, true, true)
    assert.isBelow(rel(pt(q, 4.5, true, true), -500), 1e-10)
  })

  it("is the normal quantile for df > 1e20 and NaN for invalid input", () => {
    assert.strictEqual(qt(0.3, 1e21, true, false), qnorm(0.3, true, false))
    assert.isNaN(qt(0.3, -1, true, false))
    assert.isNaN(qt(0.1, 3, true, true))
    assert.strictEqual(qt(0, 3, true, false), Number.NEGATIVE_INFINITY)
  })
})
