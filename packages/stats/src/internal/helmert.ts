/**
 * Moments of repeated-measures data in the orthonormal basis Q = [1/√k, Helmert contrasts]:
 * w₀ = Σⱼ xⱼ / √k carries the subject level, wⱼ = (x₀ + … + xⱼ₋₁ − j·xⱼ)/√(j(j+1)) the contrasts.
 * Because Q is orthonormal, every sum of squares of the ANOVA is a sum of squares of w, and
 * accumulating in this basis avoids subtracting the (often large) subject variance later.
 */
export interface RotatedMoments {
  readonly n: number
  readonly k: number
  /** Means of w (length k). */
  readonly mean: Float64Array
  /** Centered cross-products of w, k × k row-major (upper triangle filled, mirrored). */
  readonly comoment: Float64Array
}

/** One pass (Welford co-moment updates) over a flat row-major n × k matrix, without per-row allocation. */
export const rotatedMoments = (values: Float64Array, k: number): RotatedMoments => {
  const n = values.length / k
  const scale = new Float64Array(k)
  for (let j = 1; j < k; j++) scale[j] = 1 / Math.sqrt(j * (j + 1))
  const root = 1 / Math.sqrt(k)
  const mean = new Float64Array(k)
  const m = new Float64Array(k * k)
  const delta = new Float64Array(k)
  for (let i = 0, base = 0; i < n; i++, base += k) {
    const inv = 1 / (i + 1)
    const weight = i * inv
    let prefix = values[base]!
    for (let j = 1; j < k; j++) {
      const x = values[base + j]!
      const w = (prefix - j * x) * scale[j]!
      prefix += x
      const d = w - mean[j]!
      delta[j] = d
      mean[j] = mean[j]! + d * inv
    }
    const d0 = prefix * root - mean[0]!
    delta[0] = d0
    mean[0] = mean[0]! + d0 * inv
    for (let j = 0; j < k; j++) {
      const dj = delta[j]! * weight
      const row = j * k
      for (let l = j; l < k; l++) m[row + l] = m[row + l]! + dj * delta[l]!
    }
  }
  for (let j = 0; j < k; j++) for (let l = 0; l < j; l++) m[j * k + l] = m[l * k + j]!
  return { n, k, mean, comoment: m }
}
