import { assert, describe, it } from "@effect/vitest"
import { pbeta } from "../../../src/internal/nmath/beta.js"
import { lgammafn } from "../../../src/internal/nmath/lgamma.js"

const rel = (got: number, want: number) => Math.abs(got - want) / Math.abs(want)

// I_x(a, b) computed independently with mpmath (40-50 digits: hypergeometric series, or quadrature of the
// beta density for the two basym cases); each case drives one branch of TOMS 708's bratio.
const mpmathCases: ReadonlyArray<readonly [string, number, number, number, boolean, number]> = [
  ["fpser", 2, 1e-17, 0.3, true, 5.667494393873238e-19],
  ["apser", 1e-17, 0.5, 0.3, false, 2.419870242671892e-17],
  ["bpser", 0.5, 0.5, 0.2, true, 0.2951672353008666],
  ["bup + bgrat", 0.5, 10, 0.2, false, 0.03690484293418465],
  ["bgrat", 0.5, 50, 0.2, false, 0.0000024501734135037985],
  ["bup + bpser", 5, 10, 0.2, true, 0.1298396258304],
  ["bgrat, a0 > 15", 30, 5, 0.75, false, 0.9509066672741994],
  ["bup + bgrat, a0 <= 15", 14, 2, 0.8, false, 0.8328742325780479],
  ["bfrac", 100, 50, 0.5, true, 0.000017835578309722153],
  ["bfrac, far tail", 300, 45, 0.2, true, 9.930814734859707e-159],
  ["basym", 1000, 1000, 0.499, true, 0.46436944397428764],
  ["basym, large", 5000, 5000, 0.4985, true, 0.3820911807528284]
]

describe("pbeta (TOMS 708 bratio)", () => {
  for (const [branch, a, b, x, lower, want] of mpmathCases) {
    it(`${branch}: I_${x}(${a}, ${b}) ${lower ? "lower" : "upper"}`, () => {
      assert.isBelow(rel(pbeta(x, a, b, lower, false), want), 1e-13)
      assert.isBelow(rel(pbeta(x, a, b, lower, true), Math.log(want)), 1e-13)
    })
  }

  it("stays accurate on the log scale where the probability underflows", () => {
    // mpmath: log I_0.5(2000, 0.5) and log I_1e-300(0.5, 3)
    assert.isBelow(rel(pbeta(0.5, 2000, 0.5, true, true), -1390.3209159215596), 1e-13)
    assert.isBelow(rel(pbeta(1e-300, 0.5, 3, true, true), -344.7591552896845), 1e-14)
  })

  it("matches the closed forms I_x(a, 1) = x^a and I_x(1, b) = 1 - (1 - x)^b", () => {
    for (const a of [0.01, 0.5, 2, 7.5, 40, 300]) {
      for (const x of [0.001, 0.2, 0.5, 0.93]) {
        if (x ** a > 1e-300) assert.isBelow(rel(pbeta(x, a, 1, true, false), x ** a), 1e-13)
        const upper = (1 - x) ** a
        if (upper > 1e-300) assert.isBelow(rel(pbeta(x, 1, a, false, false), upper), 1e-12)
      }
    }
  })

  it("matches the binomial sum for integer parameters", () => {
    // I_x(a, b) = P(Bin(a + b - 1, x) >= a)
    const logChoose = (n: number, k: number) => lgammafn(n + 1) - lgammafn(k + 1) - lgammafn(n - k + 1)
    for (const [a, b, x] of [
      [3, 4, 0.3],
      [10, 25, 0.2],
      [60, 8, 0.9],
      [45, 45, 0.4]
    ] as const) {
      const n = a + b - 1
      let upper = 0
      for (let k = a; k <= n; k++)
        upper += Math.exp(logChoose(n, k) + k * Math.log(x) + (n - k) * Math.log1p(-x))
      assert.isBelow(rel(pbeta(x, a, b, true, false), upper), 1e-12)
    }
  })

  it("is symmetric: I_x(a, b) = 1 - I_(1-x)(b, a)", () => {
    for (const [a, b, x] of [
      [0.3, 0.7, 0.25],
      [2.5, 30, 0.125],
      [150, 160, 0.5],
      [0.5, 200, 0.0078125]
    ] as const) {
      assert.isBelow(rel(pbeta(x, a, b, true, false), pbeta(1 - x, b, a, false, false)), 1e-14)
    }
  })

  it("returns R's boundary values and NaN for negative shapes", () => {
    assert.strictEqual(pbeta(0, 2, 3, true, false), 0)
    assert.strictEqual(pbeta(1, 2, 3, false, false), 0)
    assert.strictEqual(pbeta(1.5, 2, 3, true, false), 1)
    assert.isNaN(pbeta(0.5, -1, 3, true, false))
    assert.isNaN(pbeta(Number.NaN, 1, 3, true, false))
  })
})
