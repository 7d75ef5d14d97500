import { tCdfUpper } from "../Distributions.js"
import { pnorm } from "./nmath/normal.js"

/** Two-sided p of a t statistic, 2·P(T > |t|) capped at 1, as R's `t.test`. */
export const tTwoSided = (t: number, df: number): number => Math.min(1, 2 * tCdfUpper(Math.abs(t), df))

/**
 * Two-sided p of a rank statistic by the normal approximation with continuity correction, as R's
 * `wilcox.test(correct = TRUE)`: `centred` is the statistic minus its null mean, `sigma` its null sd.
 */
export const rankNormalTwoSided = (centred: number, sigma: number): number => {
  const z = (centred - Math.sign(centred) * 0.5) / sigma
  return 2 * Math.min(pnorm(z, true, false), pnorm(z, false, false))
}
