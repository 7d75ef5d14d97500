/** Bonferroni adjustment, as R's `p.adjust(p, "bonferroni")`: min(1, m·p). */
export const bonferroni = (p: ReadonlyArray<number>): Array<number> => p.map((x) => Math.min(1, p.length * x))

/** Holm's step-down adjustment, as R's `p.adjust(p, "holm")`: cummax over ascending p of (m − i + 1)·p, capped at 1. */
export const holm = (p: ReadonlyArray<number>): Array<number> => {
  const m = p.length
  // Stable ascending order, as R's `order` (ties keep their input order).
  const order = p.map((_, i) => i).sort((i, j) => p[i]! - p[j]! || i - j)
  const adjusted = new Array<number>(m)
  let running = 0
  order.forEach((index, rank) => {
    running = Math.max(running, (m - rank) * p[index]!)
    adjusted[index] = Math.min(1, running)
  })
  return adjusted
}
