import { assert, describe, it } from "@effect/vitest"
import { pnorm, qnorm } from "../../../src/internal/nmath/normal.js"

const rel = (got: number, want: number) => Math.abs(got - want) / Math.abs(want)

describe("pnorm", () => {
  it("matches textbook values and the Mills-ratio far tail", () => {
    assert.isBelow(rel(pnorm(1.96, true, false), 0.9750021048517795), 1e-15)
    assert.strictEqual(pnorm(0, true, false), 0.5)
    // Upper tail at 30: R's pnorm(30, lower.tail = FALSE)
    assert.isBelow(rel(pnorm(30, false, false), 4.906713927148187e-198), 1e-13)
    // Asymptotic series: phi(x)/x * (1 - 1/x^2 + 3/x^4 - 15/x^6 + 105/x^8) at x = 20
    const x = 20
    const phi = Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI)
    const series =
      (phi / x) * (1 - 1 / x ** 2 + 3 / x ** 4 - 15 / x ** 6 + 105 / x ** 8 - 945 / x ** 10 + 10395 / x ** 12)
    assert.isBelow(rel(pnorm(x, false, false), series), 1e-12)
    assert.isBelow(rel(pnorm(-x, true, true), Math.log(series)), 1e-14)
  })

  it("is symmetric and its two tails add to one", () => {
    for (const x of [0.1, 0.5, 0.7, 1.3, 2.5, 4, 5.6, 6, 9, 15]) {
      assert.strictEqual(pnorm(x, false, false), pnorm(-x, true, false))
      assert.closeTo(pnorm(x, true, false) + pnorm(x, false, false), 1, 1e-15)
    }
  })

  it("handles infinities and NaN", () => {
    assert.strictEqual(pnorm(Number.POSITIVE_INFINITY, false, false), 0)
    assert.strictEqual(pnorm(Number.NEGATIVE_INFINITY, true, true), Number.NEGATIVE_INFINITY)
    assert.isNaN(pnorm(Number.NaN, true, false))
  })
})

describe("qnorm", () => {
  it("inverts pnorm across the range, including log-scale far tails", () => {
    for (const x of [-35, -20, -8, -5.5, -3, -1, -0.2, 0, 0.3, 1.7, 4, 7.5]) {
      // invert through the smaller tail, where the probability carries full precision
      const p = x > 0 ? pnorm(x, false, false) : pnorm(x, true, false)
      assert.closeTo(qnorm(p, x <= 0, false), x, 1e-9 * Math.max(1, Math.abs(x)))
      assert.closeTo(qnorm(pnorm(x, false, true), false, true), x, 1e-9 * Math.max(1, Math.abs(x)))
    }
    assert.closeTo(qnorm(0.975, true, false), 1.959963984540054, 1e-15)
  })

  it("returns the boundaries and NaN outside [0, 1]", () => {
    assert.strictEqual(qnorm(0, true, false), Number.NEGATIVE_INFINITY)
    assert.strictEqual(qnorm(0, false, false), Number.POSITIVE_INFINITY)
    assert.isNaN(qnorm(1.5, true, false))
    assert.isNaN(qnorm(0.1, true, true))
  })
})
