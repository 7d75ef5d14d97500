import { assert, describe, it } from "@effect/vitest"
import { psignrank } from "../../src/internal/signrank.js"
import { pwilcox } from "../../src/internal/wilcoxonExact.js"

/** P[V ≤ q] by listing all 2^n sign patterns. */
const naiveSignrank = (q: number, n: number): number => {
  let hits = 0
  for (let mask = 0; mask < 2 ** n; mask++) {
    let v = 0
    for (let i = 0; i < n; i++) if (mask & (1 << i)) v += i + 1
    if (v <= q) hits++
  }
  return hits / 2 ** n
}

/** P[W ≤ q] by listing all ways to choose the m positions of the first sample among m + n. */
const naiveWilcox = (q: number, m: number, n: number): number => {
  let hits = 0
  let total = 0
  for (let mask = 0; mask < 2 ** (m + n); mask++) {
    let chosen = 0
    let w = 0
    let ysBefore = 0
    for (let pos = 0; pos < m + n; pos++) {
      if (mask & (1 << pos)) {
        chosen++
        w += ysBefore
      } else ysBefore++
    }
    if (chosen !== m) continue
    total++
    if (w <= q) hits++
  }
  return hits / total
}

describe("exact rank distributions", () => {
  it("psignrank agrees with enumeration of sign patterns in both tails", () => {
    for (const n of [1, 2, 5, 8, 12]) {
      for (let q = -1; q <= (n * (n + 1)) / 2 + 1; q++) {
        const want = naiveSignrank(q, n)
        assert.closeTo(psignrank(q, n, true), want, 1e-14, `n=${n} q=${q}`)
        assert.closeTo(psignrank(q, n, false), 1 - want, 1e-14, `n=${n} q=${q} upper`)
      }
    }
  })

  it("pwilcox agrees with enumeration of arrangements in both tails", () => {
    for (const [m, n] of [
      [1, 1],
      [2, 3],
      [4, 3],
      [5, 6],
      [3, 9]
    ] as const) {
      for (let q = -1; q <= m * n + 1; q++) {
        const want = naiveWilcox(q, m, n)
        assert.closeTo(pwilcox(q, m, n, true), want, 1e-14, `m=${m} n=${n} q=${q}`)
        assert.closeTo(pwilcox(q, m, n, false), 1 - want, 1e-14, `m=${m} n=${n} q=${q} upper`)
      }
    }
  })

  it("the largest exact cases (n = 49) are symmetric and sum to one", () => {
    assert.closeTo(psignrank(612, 49, true) + psignrank(612, 49, false), 1, 1e-15)
    assert.closeTo(psignrank(611, 49, true), psignrank(613, 49, false), 1e-15)
    assert.closeTo(pwilcox(1200, 49, 49, true), 0.5, 1e-14)
    assert.closeTo(pwilcox(100, 49, 48, true), pwilcox(49 * 48 - 101, 48, 49, false), 1e-15)
  })
})
