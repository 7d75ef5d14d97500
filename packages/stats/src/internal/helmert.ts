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
export const rotatedMoments = (values: Float64Array, k: number): RotatedMoments =>
  k === 3 ? rotatedMoments3(values) : rotatedMomentsK(values, k)

const rotatedMomentsK = (values: Float64Array, k: number): RotatedMoments => {
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

// The study's design (baseline, 3 and 6 months) unrolled into locals: no scratch arrays in the loop.
const rotatedMoments3 = (values: Float64Array): RotatedMoments => {
  const n = values.length / 3
  const s1 = Math.SQRT1_2
  const s2 = 1 / Math.sqrt(6)
  const s0 = 1 / Math.sqrt(3)
  let m0 = 0
  let m1 = 0
  let m2 = 0
  let c00 = 0
  let c01 = 0
  let c02 = 0
  let c11 = 0
  let c12 = 0
  let c22 = 0
  for (let i = 0, base = 0; i < n; i++, base += 3) {
    const x0 = values[base]!
    const x1 = values[base + 1]!
    const x2 = values[base + 2]!
    const inv = 1 / (i + 1)
    const d0 = (x0 + x1 + x2) * s0 - m0
    const d1 = (x0 - x1) * s1 - m1
    const d2 = (x0 + x1 - 2 * x2) * s2 - m2
    m0 += d0 * inv
    m1 += d1 * inv
    m2 += d2 * inv
    const e0 = d0 * i * inv
    const e1 = d1 * i * inv
    c00 += e0 * d0
    c01 += e0 * d1
    c02 += e0 * d2
    c11 += e1 * d1
    c12 += e1 * d2
    c22 += d2 * d2 * i * inv
  }
  return {
    n,
    k: 3,
    mean: Float64Array.of(m0, m1, m2),
    comoment: Float64Array.of(c00, c01, c02, c01, c11, c12, c02, c12, c22)
  }
}
