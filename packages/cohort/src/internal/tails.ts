/**
 * Fast tail probabilities for the calibration search's objective only (the report uses
 * `@cryoreg/stats`): regularized incomplete beta by Lentz's continued fraction.
 */
const lgamma = (x: number): number => {
  const c = [
    76.18009172947146, -86.50532032941678, 24.01409824083091, -1.231739572450155, 0.1208650973866179e-2,
    -0.5395239384953e-5
  ]
  let y = x
  const t = x + 5.5 - (x + 0.5) * Math.log(x + 5.5)
  let s = 1.000000000190015
  for (const ci of c) s += ci / ++y
  return -t + Math.log((2.5066282746310007 * s) / x)
}

const betacf = (a: number, b: number, x: number): number => {
  const tiny = 1e-300
  let c = 1
  let d = 1 - ((a + b) * x) / (a + 1)
  d = 1 / (Math.abs(d) < tiny ? tiny : d)
  let h = d
  for (let m = 1; m <= 200; m++) {
    const m2 = 2 * m
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2))
    d = 1 / (1 + aa * d || tiny)
    c = 1 + aa / c || tiny
    h *= d * c
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1))
    d = 1 / (1 + aa * d || tiny)
    c = 1 + aa / c || tiny
    const del = d * c
    h *= del
    if (Math.abs(del - 1) < 1e-12) break
  }
  return h
}

/** Regularized incomplete beta I_x(a, b). */
export const incompleteBeta = (x: number, a: number, b: number): number => {
  if (x <= 0) return 0
  if (x >= 1) return 1
  const front = Math.exp(lgamma(a + b) - lgamma(a) - lgamma(b) + a * Math.log(x) + b * Math.log(1 - x))
  return x < (a + 1) / (a + b + 2) ? (front * betacf(a, b, x)) / a : 1 - (front * betacf(b, a, 1 - x)) / b
}

/** Two-sided p of a t statistic with `df` degrees of freedom. */
export const tTwoSided = (t: number, df: number): number =>
  Number.isFinite(t) ? incompleteBeta(df / (df + t * t), df / 2, 0.5) : 0

/** Upper-tail p of an F statistic. */
export const fUpper = (f: number, df1: number, df2: number): number =>
  Number.isFinite(f) && f > 0 ? incompleteBeta(df2 / (df2 + df1 * f), df2 / 2, df1 / 2) : 1

const erfc = (x: number): number => {
  const z = Math.abs(x)
  const t = 1 / (1 + 0.5 * z)
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
    )
  return x >= 0 ? r : 2 - r
}

/** Two-sided t p-value by a normal transformation (A&S 26.7.8): fast, ~1e-3 relative, for the search only. */
export const tTwoSidedFast = (t: number, df: number): number => {
  const z = (Math.abs(t) * (1 - 1 / (4 * df))) / Math.sqrt(1 + (t * t) / (2 * df))
  return erfc(z / Math.SQRT2)
}

/** Upper-tail F p-value; exact closed form for two numerator degrees of freedom. */
export const fUpperFast = (f: number, df1: number, df2: number): number =>
  df1 === 2 ? (f > 0 ? (1 + (2 * f) / df2) ** (-df2 / 2) : 1) : fUpper(f, df1, df2)
