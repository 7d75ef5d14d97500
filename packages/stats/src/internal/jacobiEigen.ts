/**
 * Eigenvalues and eigenvectors of a small symmetric q × q matrix (row-major) by cyclic Jacobi
 * rotations; eigenvector m is column m of `vectors`.
 */
export const symmetricEigen = (
  matrix: Float64Array,
  q: number
): { readonly values: Float64Array; readonly vectors: Float64Array } => {
  const a = Float64Array.from(matrix)
  const v = new Float64Array(q * q)
  for (let i = 0; i < q; i++) v[i * q + i] = 1
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0
    for (let i = 0; i < q; i++) for (let j = i + 1; j < q; j++) off += a[i * q + j]! ** 2
    if (off < 1e-30) break
    for (let p = 0; p < q; p++)
      for (let r = p + 1; r < q; r++) {
        const apr = a[p * q + r]!
        if (apr === 0) continue
        const theta = (a[r * q + r]! - a[p * q + p]!) / (2 * apr)
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1))
        const c = 1 / Math.sqrt(t * t + 1)
        const s = t * c
        for (let k = 0; k < q; k++) {
          const [akp, akr] = [a[k * q + p]!, a[k * q + r]!]
          a[k * q + p] = c * akp - s * akr
          a[k * q + r] = s * akp + c * akr
        }
        for (let k = 0; k < q; k++) {
          const [apk, ark] = [a[p * q + k]!, a[r * q + k]!]
          a[p * q + k] = c * apk - s * ark
          a[r * q + k] = s * apk + c * ark
        }
        for (let k = 0; k < q; k++) {
          const [vkp, vkr] = [v[k * q + p]!, v[k * q + r]!]
          v[k * q + p] = c * vkp - s * vkr
          v[k * q + r] = s * vkp + c * vkr
        }
      }
  }
  return { values: Float64Array.from({ length: q }, (_, i) => a[i * q + i]!), vectors: v }
}
