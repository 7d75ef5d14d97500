import { fCdfUpper } from "../Distributions.js"
import { choleskyInto, choleskySolve } from "./cholesky.js"
import { tTwoSided } from "./twoSided.js"

/** The fields both longitudinal models report about the visit means. */
export interface VisitContrasts {
  readonly f: number
  readonly df1: number
  readonly df2: number
  readonly p: number
  readonly diff: Array<number>
  readonly diffSe: Array<number>
  readonly diffDf: Array<number>
  readonly diffT: Array<number>
  readonly diffP: Array<number>
  readonly mean: Array<number>
  readonly meanSe: Array<number>
}

/**
 * Each time point against time 0 (nlme's treatment contrasts) and the Wald F of equal means,
 * F = d'(C V C')⁻¹d / (k − 1) as `anova(fit, type = "marginal")`, from the visit means and their covariance V,
 * with the given denominator df.
 */
export const visitContrasts = (
  mean: Float64Array,
  v: Float64Array,
  k: number,
  df: { readonly diffDf: ReadonlyArray<number>; readonly df2: number }
): VisitContrasts => {
  const q = k - 1
  const d = Float64Array.from({ length: q }, (_, j) => mean[j + 1]! - mean[0]!)
  const cvc = new Float64Array(q * q)
  for (let a = 0; a < q; a++)
    for (let b = 0; b < q; b++) cvc[a * q + b] = v[(a + 1) * k + b + 1]! - v[a + 1]! - v[b + 1]! + v[0]!
  const l = new Float64Array(q * q)
  choleskyInto(cvc, q, l)
  const solved = Float64Array.from(d)
  choleskySolve(l, q, solved)
  let quadratic = 0
  for (let j = 0; j < q; j++) quadratic += d[j]! * solved[j]!
  const f = quadratic / q
  const diffSe = Array.from({ length: q }, (_, j) => Math.sqrt(cvc[j * q + j]!))
  const diffT = Array.from(d, (x, j) => x / diffSe[j]!)
  return {
    f,
    df1: q,
    df2: df.df2,
    p: fCdfUpper(f, q, df.df2),
    diff: Array.from(d),
    diffSe,
    diffDf: [...df.diffDf],
    diffT,
    diffP: diffT.map((t, j) => tTwoSided(t, df.diffDf[j]!)),
    mean: Array.from(mean),
    meanSe: Array.from({ length: k }, (_, j) => Math.sqrt(v[j * k + j]!))
  }
}
