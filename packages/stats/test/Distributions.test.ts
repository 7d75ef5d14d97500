import { assert, describe, it } from "@effect/vitest"
import fc from "fast-check"
import {
  chiSquareCdfUpper,
  fCdfUpper,
  normalCdfUpper,
  normalQuantile,
  tCdfUpper,
  tQuantile
} from "../src/Distributions.js"
import { assertMatchesR, casesFor } from "./rVectors.js"

const num = (v: unknown): number => {
  assert.isNumber(v)
  return v as number
}
const rel = (got: number, want: number) => Math.abs(got - want) / Math.abs(want)

describe("R reference vectors", () => {
  for (const c of casesFor("tCdfUpper")) {
    it(c.id, () => assertMatchesR(c, { p: tCdfUpper(num(c.args[0]), num(c.args[1])) }))
  }
  for (const c of casesFor("fCdfUpper")) {
    it(c.id, () => assertMatchesR(c, { p: fCdfUpper(num(c.args[0]), num(c.args[1]), num(c.args[2])) }))
  }
  for (const c of casesFor("chiSquareCdfUpper")) {
    it(c.id, () => assertMatchesR(c, { p: chiSquareCdfUpper(num(c.args[0]), num(c.args[1])) }))
  }
  for (const c of casesFor("normalCdfUpper")) {
    it(c.id, () => assertMatchesR(c, { p: normalCdfUpper(num(c.args[0])) }))
  }
  it("has R cases for every distribution function", () => {
    for (const fn of ["tCdfUpper", "fCdfUpper", "chiSquareCdfUpper", "normalCdfUpper"]) {
      assert.isAbove(casesFor(fn).length, 0, fn)
    }
  })
})

describe("closed forms", () => {
  it("t with 1 df is Cauchy and with 2 df has an algebraic tail", () => {
    for (const t of [-30, -2, -0.4, 1e-8, 0.3, 1, 2.5, 12, 1e4]) {
      // for t > 0, 0.5 - atan(t)/pi = atan(1/t)/pi avoids the cancellation
      const cauchy = t > 0 ? Math.atan(1 / t) / Math.PI : 0.5 - Math.atan(t) / Math.PI
      assert.isBelow(rel(tCdfUpper(t, 1), cauchy), 1e-13)
    }
    for (const t of [-5, -0.7, 0.2, 1.5, 4, 30]) {
      assert.isBelow(rel(tCdfUpper(t, 2), 0.5 * (1 - t / Math.sqrt(t * t + 2))), 1e-13)
    }
    // far tail of df = 2 without cancellation: P(T > t) = (u - t) / (2u) = 1 / (u (u + t)), u = sqrt(t^2 + 2)
    const t = 1e6
    const u = Math.sqrt(t * t + 2)
    assert.isBelow(rel(tCdfUpper(t, 2), 1 / (u * (u + t))), 1e-12)
  })

  it("chi-square with 2 df is exponential", () => {
    for (const x of [0.001, 0.5, 9.2, 100, 1300]) {
      assert.isBelow(rel(chiSquareCdfUpper(x, 2), Math.exp(-x / 2)), 1e-14)
    }
  })

  it("F(1, v) is a two-sided t tail and F(2, v) has the tail (1 + 2f/v)^(-v/2)", () => {
    for (const [f, v] of [
      [0.3, 4],
      [4.2, 17.5],
      [25, 41.18],
      [200, 3.3]
    ] as const) {
      assert.isBelow(rel(fCdfUpper(f, 1, v), 2 * tCdfUpper(Math.sqrt(f), v)), 1e-12)
      assert.isBelow(rel(fCdfUpper(f, 2, v), Math.exp((-v / 2) * Math.log1p((2 * f) / v))), 1e-12)
    }
  })

  it("the normal tail is symmetric and reaches the far tail", () => {
    for (const z of [0.1, 0.8, 1.96, 3, 5.5, 7, 20]) {
      assert.closeTo(normalCdfUpper(z) + normalCdfUpper(-z), 1, 1e-15)
    }
    assert.isBelow(rel(normalCdfUpper(30), 4.906713927148187e-198), 1e-13)
  })
})

// Upper tails computed independently with mpmath (50 digits) as regularised incomplete beta/gamma functions.
const mpmathTails = [
  ["t", [40, 3], 0.000017190340394579263],
  ["t", [9, 1e6], 1.13048651674643e-19],
  ["t", [5, 1e10], 2.8665157671103237e-7],
  ["t", [2.5, 0.3], 0.2644427196091725],
  ["t", [300, 2.5], 4.614441830976745e-7],
  ["t", [1e5, 1.3], 1.096629861231453e-7],
  ["F", [60, 2.7, 33.3], 4.62855550433788e-13],
  ["F", [1e4, 3, 12], 1.1981157894217166e-20],
  ["F", [3.1, 0.6, 1e6], 0.09347279606633523],
  ["chi2", [1000, 10], 1.8702907209159498e-208],
  ["chi2", [250, 3.5], 2.114073411199649e-53],
  ["chi2", [1005000, 1e6], 0.00020767800946703004],
  ["chi2", [0.3, 0.2], 0.14190859642651135]
] as const

describe("far tails, fractional and huge degrees of freedom", () => {
  for (const [dist, args, want] of mpmathTails) {
    it(`${dist}(${args.join(", ")})`, () => {
      const got =
        dist === "t"
          ? tCdfUpper(args[0], args[1])
          : dist === "F"
            ? fCdfUpper(args[0], args[1], args[2] ?? Number.NaN)
            : chiSquareCdfUpper(args[0], args[1])
      assert.isBelow(rel(got, want), 1e-12)
    })
  }

  it("t with df = Infinity is the normal tail", () => {
    assert.strictEqual(tCdfUpper(2.3, Number.POSITIVE_INFINITY), normalCdfUpper(2.3))
    assert.isBelow(rel(fCdfUpper(2.3, 4, Number.POSITIVE_INFINITY), chiSquareCdfUpper(9.2, 4)), 1e-15)
  })
})

describe("quantiles", () => {
  it("invert the upper tails", () => {
    for (const p of [1e-12, 0.001, 0.025, 0.3, 0.5, 0.8, 0.975]) {
      const z = normalQuantile(p)
      assert.isBelow(rel(normalCdfUpper(z), 1 - p), 1e-13)
      for (const df of [1, 2, 3.7, 9, 29, 1000, 1e7]) {
        const q = tQuantile(p, df)
        assert.isBelow(rel(tCdfUpper(-q, df), p), 1e-12)
      }
    }
    // df = 2: q = sqrt(2 / (P(2 - P)) - 2) with P = 2(1 - p)
    assert.isBelow(rel(tQuantile(0.975, 2), Math.sqrt(2 / (0.05 * 1.95) - 2)), 1e-13)
    assert.isBelow(rel(tQuantile(0.975, 1), Math.tan(0.475 * Math.PI)), 1e-13)
  })
})

describe("out-of-domain input", () => {
  it("gives NaN for invalid degrees of freedom, probabilities or NaN arguments", () => {
    assert.isNaN(tCdfUpper(1, 0))
    assert.isNaN(tCdfUpper(1, -3))
    assert.isNaN(fCdfUpper(1, 0, 3))
    assert.isNaN(fCdfUpper(1, 3, -1))
    assert.isNaN(chiSquareCdfUpper(1, -1))
    assert.isNaN(normalCdfUpper(Number.NaN))
    assert.isNaN(normalQuantile(1.2))
    assert.isNaN(tQuantile(0.5, 0))
    assert.isNaN(tQuantile(-0.1, 5))
    assert.strictEqual(tQuantile(1, 5), Number.POSITIVE_INFINITY)
    assert.strictEqual(normalQuantile(0), Number.NEGATIVE_INFINITY)
    assert.strictEqual(chiSquareCdfUpper(-1, 3), 1)
    assert.strictEqual(fCdfUpper(0, 3, 4), 1)
  })
})

describe("properties", () => {
  const df = fc.double({ min: 0.05, max: 1e7, noNaN: true })
  const x = fc.double({ min: -1e3, max: 1e3, noNaN: true })
  const inUnit = (p: number) => p >= 0 && p <= 1
  // non-increasing up to a few ulps: R's own formulas (e.g. pgamma's small-x series) round that much
  const atLeast = (a: number, b: number) => a >= b - 4 * Number.EPSILON * Math.max(a, b)

  it("upper tails lie in [0, 1] and do not increase in x", () => {
    fc.assert(
      fc.property(x, x, df, df, (x1, x2, d1, d2) => {
        const [lo, hi] = x1 <= x2 ? [x1, x2] : [x2, x1]
        // F and chi-square take |x|; order their arguments separately
        const [alo, ahi] =
          Math.abs(lo) <= Math.abs(hi) ? [Math.abs(lo), Math.abs(hi)] : [Math.abs(hi), Math.abs(lo)]
        const t = [tCdfUpper(lo, d1), tCdfUpper(hi, d1)] as const
        const f = [fCdfUpper(alo, d1, d2), fCdfUpper(ahi, d1, d2)] as const
        const c = [chiSquareCdfUpper(alo, d1), chiSquareCdfUpper(ahi, d1)] as const
        const z = [normalCdfUpper(lo), normalCdfUpper(hi)] as const
        return (
          [...t, ...f, ...c, ...z].every(inUnit) &&
          atLeast(t[0], t[1]) &&
          atLeast(f[0], f[1]) &&
          atLeast(c[0], c[1]) &&
          atLeast(z[0], z[1])
        )
      }),
      { numRuns: 500 }
    )
  })
})
