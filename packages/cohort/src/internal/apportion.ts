/**
 * Splits `n` into parts proportional to `weights` by largest remainder, so the parts sum to `n`
 * and, at the paper's n, reproduce its counts exactly.
 */
export const apportion = (n: number, weights: ReadonlyArray<number>): Array<number> => {
  const total = weights.reduce((s, w) => s + w, 0)
  const quotas = weights.map((w) => (n * w) / total)
  const parts = quotas.map(Math.floor)
  let left = n - parts.reduce((s, p) => s + p, 0)
  const order = quotas
    .map((q, i) => [q - Math.floor(q), i] as const)
    .sort((x, y) => y[0] - x[0] || x[1] - y[1])
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k]![1]]! += 1
  return parts
}

/** The count `k` of `n` whose percentage, rounded to `decimals`, is `percent` (nearest when none is). */
export const countFromPercent = (percent: number, n: number, decimals = 1): number => {
  const scale = 10 ** decimals
  let best = Math.round((percent / 100) * n)
  for (let k = 0; k <= n; k++) {
    if (Math.round(((100 * k) / n) * scale) / scale === percent) return k
    if (Math.abs((100 * k) / n - percent) < Math.abs((100 * best) / n - percent)) best = k
  }
  return best
}
