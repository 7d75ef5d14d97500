import { choleskyInto, choleskyInverseInto } from "./cholesky.js"
import { symmetricEigen } from "./jacobiEigen.js"
import { remlAt } from "./reml.js"
import type { CovarianceModel } from "./visitFit.js"
import type { VisitSummary } from "./visitPatterns.js"

/** Satterthwaite denominator df: one per visit-vs-baseline contrast, and the F test's. */
export interface SatterthwaiteDf {
  readonly diffDf: Array<number>
  readonly df2: number
}

/** −∂²ℓ/∂θ² by central differences of the analytic gradient (as lmerTest differences the deviance). */
const information = (summary: VisitSummary, model: CovarianceModel, theta: Float64Array): Float64Array => {
  const q = theta.length
  const out = new Float64Array(q * q)
  const gradient = (t: Float64Array) => {
    const sigma = model.sigma(t)
    return model.chain(t, sigma, remlAt(summary, sigma)!.gradient)
  }
  for (let j = 0; j < q; j++) {
    const h = 1e-5 * Math.max(1, Math.abs(theta[j]!))
    const up = Float64Array.from(theta)
    const down = Float64Array.from(theta)
    up[j]! += h
    down[j]! -= h
    const [gu, gd] = [gradient(up), gradient(down)]
    for (let i = 0; i < q; i++) out[i * q + j] = -(gu[i]! - gd[i]!) / (2 * h)
  }
  for (let i = 0; i < q; i++)
    for (let j = 0; j < i; j++) out[i * q + j] = out[j * q + i] = (out[i * q + j]! + out[j * q + i]!) / 2
  return out
}

/** ∂Φ/∂θ_i = Φ (Σ_P n_P E_P' W_P (∂Σ_P/∂θ_i) W_P E_P) Φ for Φ = (X'V⁻¹X)⁻¹, one k × k matrix per θ_i. */
const meanCovarianceDerivatives = (
  summary: VisitSummary,
  sigma: Float64Array,
  phi: Float64Array,
  dSigma: ReadonlyArray<Float64Array>
): Array<Float64Array> => {
  const { k, patterns } = summary
  const inner = dSigma.map(() => new Float64Array(k * k))
  for (const { times, subjects: n } of patterns) {
    const m = times.length
    const block = Float64Array.from(
      { length: m * m },
      (_, at) => sigma[times[Math.floor(at / m)]! * k + times[at % m]!]!
    )
    const l = new Float64Array(m * m)
    choleskyInto(block, m, l)
    const w = new Float64Array(m * m)
    choleskyInverseInto(l, m, w)
    dSigma.forEach((d, i) => {
      for (let a = 0; a < m; a++)
        for (let b = 0; b < m; b++) {
          let s = 0
          for (let c = 0; c < m; c++)
            for (let e = 0; e < m; e++) s += w[a * m + c]! * d[times[c]! * k + times[e]!]! * w[e * m + b]!
          inner[i]![times[a]! * k + times[b]!]! += n * s
        }
    })
  }
  const product = (x: Float64Array, y: Float64Array) =>
    Float64Array.from({ length: k * k }, (_, at) => {
      let s = 0
      for (let r = 0; r < k; r++) s += x[Math.floor(at / k) * k + r]! * y[r * k + (at % k)]!
      return s
    })
  return inner.map((m) => product(product(phi, m), phi))
}

/** Satterthwaite's ν = 2 (c'Φc)² / (g' A g), g_i = c' ∂Φ/∂θ_i c, A = the inverse REML information. */
const contrastDf = (
  c: Float64Array,
  phi: Float64Array,
  dPhi: ReadonlyArray<Float64Array>,
  a: Float64Array,
  k: number
) => {
  const form = (m: Float64Array) => {
    let s = 0
    for (let r = 0; r < k; r++) for (let t = 0; t < k; t++) s += c[r]! * m[r * k + t]! * c[t]!
    return s
  }
  const v = form(phi)
  const g = dPhi.map(form)
  let gag = 0
  for (let i = 0; i < g.length; i++)
    for (let j = 0; j < g.length; j++) gag += g[i]! * a[i * g.length + j]! * g[j]!
  return (2 * v * v) / gag
}

/**
 * Satterthwaite df of each visit-vs-baseline contrast and of the F test over time, as lmerTest: the F
 * test's from the eigen-decomposed contrast covariance, 2E/(E − q) with E = Σ ν_m/(ν_m − 2) (2 if any ν_m ≤ 2).
 */
export const satterthwaite = (
  summary: VisitSummary,
  model: CovarianceModel,
  theta: Float64Array,
  phi: Float64Array,
  derivatives: (theta: Float64Array) => Array<Float64Array>
): SatterthwaiteDf => {
  const { k } = summary
  const q = k - 1
  const info = information(summary, model, theta)
  const p = theta.length
  const factor = new Float64Array(p * p)
  choleskyInto(info, p, factor)
  const a = new Float64Array(p * p)
  choleskyInverseInto(factor, p, a)
  const dPhi = meanCovarianceDerivatives(summary, model.sigma(theta), phi, derivatives(theta))
  const contrast = (j: number) =>
    Float64Array.from({ length: k }, (_, t) => (t === j + 1 ? 1 : t === 0 ? -1 : 0))
  const diffDf = Array.from({ length: q }, (_, j) => contrastDf(contrast(j), phi, dPhi, a, k))
  if (q === 1) return { diffDf, df2: diffDf[0]! }
  const lPhiL = new Float64Array(q * q)
  for (let r = 0; r < q; r++)
    for (let t = 0; t < q; t++)
      lPhiL[r * q + t] = phi[(r + 1) * k + t + 1]! - phi[r + 1]! - phi[t + 1]! + phi[0]!
  const { vectors } = symmetricEigen(lPhiL, q)
  const nu = Array.from({ length: q }, (_, m) => {
    const c = new Float64Array(k)
    for (let r = 0; r < q; r++) {
      c[r + 1]! += vectors[r * q + m]!
      c[0]! -= vectors[r * q + m]!
    }
    return contrastDf(c, phi, dPhi, a, k)
  })
  if (nu.every((v) => Math.abs(v - nu[0]!) < 1e-8)) return { diffDf, df2: nu.reduce((s, v) => s + v, 0) / q }
  if (nu.some((v) => v <= 2)) return { diffDf, df2: 2 }
  const e = nu.reduce((s, v) => s + v / (v - 2), 0)
  return { diffDf, df2: (2 * e) / (e - q) }
}
