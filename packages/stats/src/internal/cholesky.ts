/** Small dense symmetric positive-definite algebra, row-major m × m, for the mixed models. */

/**
 * Lower Cholesky factor of `a` (only its lower triangle is read) into `l`; its log determinant,
 * or −Infinity when `a` is not positive definite to working precision.
 */
export const choleskyInto = (a: Float64Array, m: number, l: Float64Array): number => {
  let logDet = 0
  for (let j = 0; j < m; j++) {
    let pivot = a[j * m + j]!
    for (let r = 0; r < j; r++) pivot -= l[j * m + r]! ** 2
    if (!(pivot > 0) || !Number.isFinite(pivot)) return Number.NEGATIVE_INFINITY
    const root = Math.sqrt(pivot)
    l[j * m + j] = root
    logDet += 2 * Math.log(root)
    for (let i = j + 1; i < m; i++) {
      let s = a[i * m + j]!
      for (let r = 0; r < j; r++) s -= l[i * m + r]! * l[j * m + r]!
      l[i * m + j] = s / root
      l[j * m + i] = 0
    }
  }
  return logDet
}

/** Solves (L L') x = b in place of `b`, given the lower Cholesky factor L. */
export const choleskySolve = (l: Float64Array, m: number, b: Float64Array): void => {
  for (let i = 0; i < m; i++) {
    let s = b[i]!
    for (let r = 0; r < i; r++) s -= l[i * m + r]! * b[r]!
    b[i] = s / l[i * m + i]!
  }
  for (let i = m - 1; i >= 0; i--) {
    let s = b[i]!
    for (let r = i + 1; r < m; r++) s -= l[r * m + i]! * b[r]!
    b[i] = s / l[i * m + i]!
  }
}

/** (L L')⁻¹ into `out`, given the lower Cholesky factor L. */
export const choleskyInverseInto = (l: Float64Array, m: number, out: Float64Array): void => {
  const column = new Float64Array(m)
  for (let j = 0; j < m; j++) {
    column.fill(0)
    column[j] = 1
    choleskySolve(l, m, column)
    for (let i = 0; i < m; i++) out[i * m + j] = column[i]!
  }
  for (let i = 0; i < m; i++)
    for (let j = 0; j < i; j++) out[i * m + j] = out[j * m + i] = (out[i * m + j]! + out[j * m + i]!) / 2
}
