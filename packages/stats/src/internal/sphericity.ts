import { chiSquareCdfUpper } from "../Distributions.js"
import { logDeterminant } from "./linalg.js"

/** Sphericity of a p × p SSD matrix of orthonormal contrasts with ν residual degrees of freedom. */
export interface Sphericity {
  readonly ggEpsilon: number
  readonly hfEpsilon: number
  readonly mauchlyW: number | null
  readonly mauchlyP: number | null
}

/**
 * Greenhouse–Geisser and Huynh–Feldt epsilons (R 4.2's `stats:::sphericity`) and Mauchly's test
 * (`mauchly.test.SSD`, with its `3 * k` term in ω₂). The SSD is read from the k × k `comoment`
 * at (1, 1). Σλ = tr(S) and Σλ² = ‖S‖²_F for a symmetric S, so no eigen-decomposition is needed.
 */
export const sphericity = (comoment: Float64Array, k: number, nu: number): Sphericity => {
  const p = k - 1
  let trace = 0
  let frobenius = 0
  for (let j = 1; j < k; j++) {
    trace += comoment[j * k + j]!
    for (let l = 1; l < k; l++) frobenius += comoment[j * k + l]! ** 2
  }
  const ggEpsilon = (trace * trace) / (p * frobenius)
  const hfEpsilon = ((nu + 1) * p * ggEpsilon - 2) / (p * (nu - p * ggEpsilon))
  // With fewer residual degrees of freedom than contrasts the SSD is singular: no Mauchly test either.
  if (nu < p) return { ggEpsilon, hfEpsilon, mauchlyW: null, mauchlyP: null }
  const logW = logDeterminant(comoment, p, k + 1, k) - p * Math.log(trace / p)
  // A singular SSD (possible with few, tied subjects): R's log(det) is NaN or rounding noise; no test.
  if (logW === Number.NEGATIVE_INFINITY) return { ggEpsilon, hfEpsilon, mauchlyW: null, mauchlyP: null }
  const rho = 1 - (2 * p * p + p + 2) / (6 * p * nu)
  const omega2 =
    ((p + 2) * (p - 1) * (p - 2) * (2 * p ** 3 + 6 * p * p + 3 * k + 2)) / (288 * (nu * p * rho) ** 2)
  const z = -nu * rho * logW
  const f = (p * (p + 1)) / 2 - 1
  const p1 = chiSquareCdfUpper(z, f)
  const p2 = chiSquareCdfUpper(z, f + 4)
  return {
    ggEpsilon,
    hfEpsilon,
    mauchlyW: Math.exp(logW),
    mauchlyP: Math.min(1, Math.max(0, p1 + omega2 * (p2 - p1)))
  }
}
