/**
 * log det of a symmetric positive semi-definite p × p matrix (row-major, read from `offset` with
 * row stride `stride`) by Cholesky; −Infinity when it is singular to working precision.
 */
export const logDeterminant = (a: Float64Array, p: number, offset: number, stride: number): number => {
  const l = new Float64Array(p * p)
  let logDet = 0
  for (let j = 0; j < p; j++) {
    let pivot = a[offset + j * stride + j]!
    for (let r = 0; r < j; r++) pivot -= l[j * p + r]! ** 2
    if (!(pivot > 0)) return Number.NEGATIVE_INFINITY
    const root = Math.sqrt(pivot)
    l[j * p + j] = root
    logDet += 2 * Math.log(root)
    for (let i = j + 1; i < p; i++) {
      let s = a[offset + i * stride + j]!
      for (let r = 0; r < j; r++) s -= l[i * p + r]! * l[j * p + r]!
      l[i * p + j] = s / root
    }
  }
  return logDet
}
