import { assert, describe, it } from "@effect/vitest"
import {
  dbinom,
  dhyper,
  lbeta,
  lgammafn,
  pchisq,
  pgamma,
  stirlerr
} from "../../../src/internal/nmath/gamma.js"
import { pnorm } from "../../../src/internal/nmath/normal.js"

const rel = (got: number, want: number) => Math.abs(got - want) / Math.abs(want)
const logFactorial = (n: number) => {
  let s = 0
  for (let i = 2; i <= n; i++) s += Math.log(i)
  return s
}
const choose = (n: number, k: number) => Math.exp(logFactorial(n) - logFactorial(k) - logFactorial(n - k))

describe("lgammafn, stirlerr and lbeta", () => {
  it("agree with log-factorials and the beta-gamma identity", () => {
    for (const n of [2, 5, 11, 30, 170]) assert.isBelow(rel(lgammafn(n + 1), logFactorial(n)), 1e-14)
    assert.strictEqual(lgammafn(2), 0)
    assert.isBelow(rel(lgammafn(0.5), Math.log(Math.PI) / 2), 1e-15)
    for (const n of [3, 7.25, 14.5, 20]) {
      const direct = lgammafn(n + 1) - (n + 0.5) * Math.log(n) + n - 0.5 * Math.log(2 * Math.PI)
      assert.closeTo(stirlerr(n), direct, 1e-13)
    }
    // large n: the asymptotic series 1/(12n) - 1/(360n^3) + 1/(1260n^5)
    for (const n of [200, 1e4]) {
      assert.isBelow(rel(stirlerr(n), 1 / (12 * n) - 1 / (360 * n ** 3) + 1 / (1260 * n ** 5)), 1e-14)
    }
    // B(2, 3) = 1! 2! / 4! = 1/12; B(0.5, 0.5) = pi
    assert.isBelow(rel(lbeta(2, 3), Math.log(1 / 12)), 1e-14)
    assert.isBelow(rel(lbeta(0.5, 0.5), Math.log(Math.PI)), 1e-14)
    assert.isBelow(rel(lbeta(30, 40), lgammafn(30) + lgammafn(40) - lgammafn(70)), 1e-13)
  })
})

describe("pgamma and pchisq", () => {
  it("match the closed forms of shape 1, df 1 and df 2", () => {
    for (const x of [0.01, 0.5, 3, 9.2, 40, 700, 1400]) {
      assert.isBelow(rel(pchisq(x, 2, false, false), Math.exp(-x / 2)), 1e-14)
      assert.isBelow(rel(pgamma(x, 1, 1, false, true), -x), 1e-14)
      assert.isBelow(rel(pchisq(x, 1, false, false), 2 * pnorm(-Math.sqrt(x), true, false)), 1e-13)
    }
  })

  it("matches the Poisson sum for integer shapes in both tails", () => {
    // P(Gamma(k) > x) = sum_{j<k} e^-x x^j / j!
    for (const [k, x] of [
      [3, 0.2],
      [5, 4.5],
      [10, 30],
      [25, 24],
      [60, 5]
    ] as const) {
      let upper = 0
      for (let j = 0; j < k; j++) upper += Math.exp(-x + j * Math.log(x) - logFactorial(j))
      assert.isBelow(rel(pgamma(x, k, 1, false, false), upper), 1e-12)
      assert.closeTo(pgamma(x, k, 1, true, false) + upper, 1, 1e-14)
    }
  })

  it("stays positive and finite far in the upper tail, NaN for invalid shapes", () => {
    const p = pchisq(1000, 10, false, false)
    assert.isTrue(p > 0 && p < 1e-200)
    assert.isNaN(pgamma(1, -1, 1, true, false))
    assert.strictEqual(pchisq(0, 3, false, false), 1)
  })
})

describe("dbinom and dhyper", () => {
  it("match direct combinatorial probabilities", () => {
    for (const [x, n, p] of [
      [3, 10, 0.3],
      [0, 12, 0.5],
      [12, 12, 0.5],
      [40, 100, 0.37],
      [1, 30, 0.01]
    ] as const) {
      const want = choose(n, x) * p ** x * (1 - p) ** (n - x)
      assert.isBelow(rel(dbinom(x, n, p, false), want), 1e-12)
    }
    for (const [x, r, b, n] of [
      [1, 5, 5, 4],
      [3, 8, 12, 7],
      [0, 4, 30, 10],
      [20, 40, 35, 30]
    ] as const) {
      const want = (choose(r, x) * choose(b, n - x)) / choose(r + b, n)
      assert.isBelow(rel(dhyper(x, r, b, n, false), want), 1e-12)
    }
    assert.strictEqual(dhyper(5, 4, 30, 10, false), 0)
    assert.isNaN(dbinom(1, 10, 1.5, false))
  })
})
