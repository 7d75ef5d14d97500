import { chiSquareCdfUpper, fCdfUpper, tCdfUpper, tQuantile } from "../src/Distributions.js"

// Naive baselines, written the way statistics code is usually written in JavaScript: long-format
// arrays, map/filter/reduce, a fresh array per step. They compute the same results as the package.

const sum = (xs: ReadonlyArray<number>) => xs.reduce((s, x) => s + x, 0)

/** Paired t-test over number[] with intermediate arrays. */
export const naivePairedT = (a: ReadonlyArray<number>, b: ReadonlyArray<number>) => {
  const d = a.map((x, i) => x - b[i]!)
  const n = d.length
  const mean = sum(d) / n
  const sd = Math.sqrt(sum(d.map((x) => (x - mean) ** 2)) / (n - 1))
  const se = sd / Math.sqrt(n)
  const t = mean / se
  const q = tQuantile(0.975, n - 1)
  return { t, df: n - 1, p: 2 * tCdfUpper(Math.abs(t), n - 1), ciLow: mean - q * se, ciHigh: mean + q * se }
}

const determinant = (m: Array<Array<number>>): number => {
  const a = m.map((r) => [...r])
  let det = 1
  for (let c = 0; c < a.length; c++) {
    let pivot = c
    for (let r = c + 1; r < a.length; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[pivot]![c]!)) pivot = r
    if (pivot !== c) {
      ;[a[c], a[pivot]] = [a[pivot]!, a[c]!]
      det = -det
    }
    det *= a[c]![c]!
    for (let r = c + 1; r < a.length; r++) {
      const factor = a[r]![c]! / a[c]![c]!
      for (let j = c; j < a.length; j++) a[r]![j]! -= factor * a[c]![j]!
    }
  }
  return det
}

/** Repeated-measures ANOVA with sphericity from long-format sums of squares over number[][]. */
export const naiveRmAnova = (rows: ReadonlyArray<ReadonlyArray<number>>) => {
  const n = rows.length
  const k = rows[0]!.length
  const long = rows.flatMap((r, subject) => r.map((y, condition) => ({ subject, condition, y })))
  const grand = sum(long.map((o) => o.y)) / long.length
  const conditionMeans = Array.from(
    { length: k },
    (_, j) => sum(long.filter((o) => o.condition === j).map((o) => o.y)) / n
  )
  const subjectMeans = rows.map((r) => sum([...r]) / k)
  const ssTotal = sum(long.map((o) => (o.y - grand) ** 2))
  const ssCondition = n * sum(conditionMeans.map((m) => (m - grand) ** 2))
  const ssSubjects = k * sum(subjectMeans.map((m) => (m - grand) ** 2))
  const ssError = ssTotal - ssCondition - ssSubjects
  const df1 = k - 1
  const df2 = (n - 1) * (k - 1)
  const f = ssCondition / df1 / (ssError / df2)
  // SSD of Helmert contrasts: T (p × k) times the centred cross-products times Tᵀ.
  const p = k - 1
  const helmert = Array.from({ length: p }, (_, c) =>
    Array.from(
      { length: k },
      (_, j) => (j <= c ? 1 : j === c + 1 ? -(c + 1) : 0) / Math.sqrt((c + 1) * (c + 2))
    )
  )
  const scores = rows.map((r) => helmert.map((h) => sum(h.map((x, j) => x * r[j]!))))
  const scoreMeans = helmert.map((_, c) => sum(scores.map((s) => s[c]!)) / n)
  const ssd = helmert.map((_, c) =>
    helmert.map((_, e) => sum(scores.map((s) => (s[c]! - scoreMeans[c]!) * (s[e]! - scoreMeans[e]!))))
  )
  const trace = sum(ssd.map((r, c) => r[c]!))
  const gg = trace ** 2 / (p * sum(ssd.flatMap((r) => r.map((x) => x * x))))
  const nu = n - 1
  const hf = ((nu + 1) * p * gg - 2) / (p * (nu - p * gg))
  const logW = Math.log(determinant(ssd)) - p * Math.log(trace / p)
  const rho = 1 - (2 * p * p + p + 2) / (6 * p * nu)
  const z = -nu * rho * logW
  const fdf = (p * (p + 1)) / 2 - 1
  const omega2 =
    ((p + 2) * (p - 1) * (p - 2) * (2 * p ** 3 + 6 * p * p + 3 * k + 2)) / (288 * (nu * p * rho) ** 2)
  const p1 = chiSquareCdfUpper(z, fdf)
  const hfc = Math.min(1, hf)
  return {
    f,
    p: fCdfUpper(f, df1, df2),
    mauchlyW: Math.exp(logW),
    mauchlyP: p1 + omega2 * (chiSquareCdfUpper(z, fdf + 4) - p1),
    pGG: fCdfUpper(f, gg * df1, gg * df2),
    pHF: fCdfUpper(f, hfc * df1, hfc * df2)
  }
}
