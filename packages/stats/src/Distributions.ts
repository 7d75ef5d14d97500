/**
 * Distribution functions of the registry's tests, ported from GNU R 4.2's nmath (see `internal/nmath`)
 * so p-values and quantiles agree with R to about 1e-12 relative, far tails included.
 *
 * These are raw numeric functions: they never throw. Invalid parameters (a negative or zero df, where R
 * warns "NaNs produced") give `NaN`, exactly where R gives `NaN`; any `NaN` argument gives `NaN`.
 * Infinite arguments follow R's limits (for example `tCdfUpper(t, Infinity)` is the normal tail).
 * @since 0.1.0
 */
import { pf, pt } from "./internal/nmath/beta.js"
import { pnorm, qnorm } from "./internal/nmath/normal.js"
import { pchisq } from "./internal/nmath/pgamma.js"
import { qt } from "./internal/nmath/qt.js"

/**
 * Upper tail P(Z > z) of the standard normal (R's `pnorm(z, lower.tail = FALSE)`); `NaN` only for `NaN` input.
 * @example
 * normalCdfUpper(1.959963984540054) // 0.025
 */
export const normalCdfUpper = (z: number): number => pnorm(z, false, false)

/**
 * Upper tail P(X > x) of the chi-square distribution (R's `pchisq(x, df, lower.tail = FALSE)`);
 * `NaN` when `df < 0`; `df = 0` is R's point mass at 0 (0 for any x > 0); x <= 0 gives 1.
 * @example
 * chiSquareCdfUpper(9.2, 2) // exp(-4.6) = 0.010051835744633586
 */
export const chiSquareCdfUpper = (x: number, df: number): number => pchisq(x, df, false, false)

/**
 * Upper tail P(T > t) of Student's t with (possibly fractional) `df` (R's `pt(t, df, lower.tail = FALSE)`);
 * `NaN` when `df <= 0`; `df = Infinity` gives the normal tail.
 * @example
 * tCdfUpper(1, 1) // Cauchy: 0.25
 */
export const tCdfUpper = (t: number, df: number): number => pt(t, df, false, false)

/**
 * Upper tail P(F > f) of the F distribution (R's `pf(f, df1, df2, lower.tail = FALSE)`), fractional
 * degrees of freedom allowed (Greenhouse-Geisser, Welch); `NaN` when `df1 <= 0` or `df2 <= 0`.
 * @example
 * fCdfUpper(4.2, 1.42, 41.18) // 0.03376010062399699
 */
export const fCdfUpper = (f: number, df1: number, df2: number): number => pf(f, df1, df2, false, false)

/**
 * Standard normal quantile z with P(Z <= z) = p (R's `qnorm(p)`, AS 241); `-Infinity` at 0,
 * `Infinity` at 1, `NaN` for p outside [0, 1].
 * @example
 * normalQuantile(0.975) // 1.959963984540054
 */
export const normalQuantile = (p: number): number => qnorm(p, true, false)

/**
 * Student t quantile q with P(T <= q) = p (R's `qt(p, df)`: Hill's algorithm with Taylor polishing);
 * `-Infinity` at 0, `Infinity` at 1, `NaN` for p outside [0, 1] or `df <= 0`.
 * @example
 * tQuantile(0.975, 2) // sqrt(2 / (0.05 * 1.95) - 2) = 4.30265272974946
 */
export const tQuantile = (p: number, df: number): number => qt(p, df, true, false)
